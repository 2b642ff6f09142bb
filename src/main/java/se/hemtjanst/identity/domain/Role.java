package se.hemtjanst.identity.domain;

/** The roles of the product; their names are the security role names used by the container. */
public enum Role {
    /** Biståndshandläggare: writes frame orders in their own district. */
    ASSESSOR,
    /** Enhetschef hos utföraren: accepts orders, keeps plans, corrects visits, reads reports. */
    PROVIDER_MANAGER,
    /** Hemtjänstpersonal: visits clients and registers visits from the phone. */
    STAFF,
    /** Systemförvaltning: catalogue, rates, rules, accounts. */
    ADMIN;

    public static final String ASSESSOR_NAME = "ASSESSOR";
    public static final String PROVIDER_MANAGER_NAME = "PROVIDER_MANAGER";
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
}
