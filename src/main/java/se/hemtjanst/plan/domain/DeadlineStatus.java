package se.hemtjanst.plan.domain;

/** An implementation plan against its signing deadline. */
public enum DeadlineStatus {
    /** Not signed; the deadline is more than {@link SigningDeadline#DUE_SOON_DAYS} days away. */
    OPEN,
    /** Not signed; the deadline is within {@link SigningDeadline#DUE_SOON_DAYS} days (today included). */
    DUE_SOON,
    /** Not signed and the deadline has passed. */
    OVERDUE,
    SIGNED,
    /** Signed, but after the deadline. */
    SIGNED_LATE;

    public boolean signed() {
        return this == SIGNED || this == SIGNED_LATE;
    }
}
