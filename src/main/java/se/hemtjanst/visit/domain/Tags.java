package se.hemtjanst.visit.domain;

import java.util.List;
import java.util.Optional;

/** Repository of tags and tag declines. */
public interface Tags {

    Tag add(Tag tag);

    Optional<Tag> find(long id);

    /** The active tag with this UID, if any (a UID is active on one tag at a time). */
    Optional<Tag> activeByUid(String uid);

    /** The active tags with these UIDs, with their clients (a batch of scans); reads what is committed. */
    List<Tag> activeByUids(java.util.Collection<String> uids);

    List<Tag> ofClient(long clientId);

    Optional<TagDecline> decline(long clientId);

    void addDecline(TagDecline decline);

    void removeDecline(long clientId);

    /** The SUN counters already seen on a tag, with the device time of their scan (for the offline-queue rule). */
    java.util.NavigableMap<Integer, java.time.Instant> countersSeen(long tagId, int around);
}
