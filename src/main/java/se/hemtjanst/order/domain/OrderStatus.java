package se.hemtjanst.order.domain;

/** The life of a frame order: written, sent to the provider, acknowledged by the provider, ended. */
public enum OrderStatus {
    DRAFT, SENT, ACKNOWLEDGED, ENDED;

    /** The provider serves the client under this order. */
    public boolean active() {
        return this == SENT || this == ACKNOWLEDGED;
    }
}
