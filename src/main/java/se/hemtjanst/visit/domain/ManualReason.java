package se.hemtjanst.visit.domain;

/** Why a visit was registered by hand instead of by a tag. */
public enum ManualReason {
    /** The visit started or ended outside the home (e.g. ledsagning, shopping). */
    OUTSIDE_HOME,
    /** The client has declined a tag. */
    TAG_DECLINED,
    /** No tag mounted yet, or the tag is broken or missing. */
    NO_TAG,
    /** The phone failed (battery, NFC, app). */
    PHONE_FAILURE,
    /** Anything else; the note says what. */
    OTHER
}
