package se.hemtjanst.visit.application;

/**
 * A tag to mount: its UID (14 hex), kind PLAIN_UID or NTAG424, for NTAG424 its SDM file-read key (32 hex; stored
 * encrypted, never returned), and where in the home it sits.
 */
public class TagDraft {
    public String uid;
    public String kind;
    public String fileReadKey;
    public String placement;
}
