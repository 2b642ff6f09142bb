package se.hemtjanst.visit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The replay rule for SUN read counters (step 10 of the verification). The tag raises its counter at every
 * tap, so a counter can only be used once per tag; an attacker who saw one URL can resend it but cannot make a
 * new one. Phones that were offline queue scans and send them later, possibly after newer scans of the same
 * tag reached the server, so a lower counter is not automatically a replay. The rule, in order:
 * <ol>
 *   <li>The counter was already seen for this tag, or equals the highest seen: {@link Decision#REPLAY}
 *       ({@code (tag, ctr)} is unique forever).</li>
 *   <li>No counter seen yet, or higher than the highest seen: {@link Decision#ACCEPT}.</li>
 *   <li>Lower than the highest seen and sent online: {@link Decision#REPLAY}. A live tap always reads a fresh,
 *       higher counter, so an old one arriving online is a resent URL.</li>
 *   <li>Lower, unseen, from the device's offline queue, and its device time lies strictly after the scan time of
 *       the nearest lower seen counter (if any) and strictly before that of the nearest higher seen counter:
 *       {@link Decision#ACCEPT_OFFLINE_GAP}. Counter order and time order agree, as they must for real taps.</li>
 *   <li>Otherwise (lower, offline, but the time is missing or does not fit): {@link Decision#MANUAL_REVIEW}.
 *       Device clocks can be wrong, so a person decides rather than the scan being silently lost.</li>
 * </ol>
 * Pure function, no state. Counters are 24-bit and never wrap here: 16.7 million taps outlast any tag's use.
 */
public final class SunCounterPolicy {

    /** Outcome for one scan's counter. */
    public enum Decision {
        /** A new, higher counter. */
        ACCEPT,
        /** Already used, or an old counter sent online: refuse. */
        REPLAY,
        /** An older counter from an offline queue that fits in time between its neighbours: accept. */
        ACCEPT_OFFLINE_GAP,
        /** An older counter from an offline queue whose time does not fit: keep for a person to decide. */
        MANUAL_REVIEW
    }

    private SunCounterPolicy() {
    }

    /**
     * @param highestSeen      highest counter accepted for this tag so far, or null when none
     * @param seen             counters already stored for this tag with their scan times (null or empty when
     *                         none); must hold at least the neighbours of {@code counter}, else a lower offline
     *                         counter goes to manual review
     * @param counter          the new scan's counter, 0..16 777 215
     * @param fromOfflineQueue whether the phone sent the scan from its offline queue
     * @param deviceTime       the scan time on the phone; only used for offline scans, may be null otherwise
     */
    public static Decision decide(Integer highestSeen, NavigableMap<Integer, Instant> seen, int counter,
                                  boolean fromOfflineQueue, Instant deviceTime) {
        if (counter < 0 || counter > SunPayload.MAX_COUNTER) {
            throw new IllegalArgumentException("counter must be within 0.." + SunPayload.MAX_COUNTER);
        }
        if (seen != null && seen.containsKey(counter)) {
            return Decision.REPLAY;
        }
        if (highestSeen == null || counter > highestSeen) {
            return Decision.ACCEPT;
        }
        if (counter == highestSeen || !fromOfflineQueue) {
            return Decision.REPLAY;
        }
        return fitsBetweenNeighbours(seen, counter, deviceTime)
                ? Decision.ACCEPT_OFFLINE_GAP
                : Decision.MANUAL_REVIEW;
    }

    private static boolean fitsBetweenNeighbours(NavigableMap<Integer, Instant> seen, int counter, Instant time) {
        if (time == null || seen == null) {
            return false;
        }
        Map.Entry<Integer, Instant> higher = seen.higherEntry(counter);
        // Without the higher neighbour's time there is nothing to check the claim against.
        if (higher == null || higher.getValue() == null || !time.isBefore(higher.getValue())) {
            return false;
        }
        Map.Entry<Integer, Instant> lower = seen.lowerEntry(counter);
        // No lower neighbour: this is the oldest known tap, bounded only from above.
        return lower == null || (lower.getValue() != null && time.isAfter(lower.getValue()));
    }
}
