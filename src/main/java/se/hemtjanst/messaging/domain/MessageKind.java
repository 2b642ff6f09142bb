package se.hemtjanst.messaging.domain;

/** What a message is about; the kinds with rules of their own are validated when written. */
public enum MessageKind {
    /** Anything about the client. */
    GENERAL,
    /** The provider reports that the client's needs have changed: refers to the order, says what changed. */
    CHANGED_NEEDS,
    /** The provider asks for a review of the order (ramtid and performed time differ for months). */
    REVIEW_REQUEST
}
