package se.hemtjanst.identity.domain;

/** What was done with a client's data, for the access log. */
public enum AccessAction {
    /** The client appeared in a list or search result (name and personal identity number were shown). */
    LIST,
    /** The client's record was opened. */
    READ,
    CREATE,
    CHANGE,
    END,
    /** Access was refused: the client is outside the person's district or provider. */
    DENIED
}
