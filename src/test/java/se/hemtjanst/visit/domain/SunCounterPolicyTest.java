package se.hemtjanst.visit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.visit.domain.SunCounterPolicy.Decision.ACCEPT;
import static se.hemtjanst.visit.domain.SunCounterPolicy.Decision.ACCEPT_OFFLINE_GAP;
import static se.hemtjanst.visit.domain.SunCounterPolicy.Decision.MANUAL_REVIEW;
import static se.hemtjanst.visit.domain.SunCounterPolicy.Decision.REPLAY;

import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SunCounterPolicyTest {

    static final Instant T3 = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant T7 = Instant.parse("2026-03-02T12:00:00Z");

    /** Counters 3 and 7 seen (as in V6 with 5 still in a phone's offline queue). */
    static TreeMap<Integer, Instant> seen3and7() {
        TreeMap<Integer, Instant> seen = new TreeMap<>();
        seen.put(3, T3);
        seen.put(7, T7);
        return seen;
    }

    static TreeMap<Integer, Instant> seen3and5and7() {
        TreeMap<Integer, Instant> seen = seen3and7();
        seen.put(5, Instant.parse("2026-03-02T10:00:00Z"));
        return seen;
    }

    @Test
    void firstScanOfATagIsAccepted() {
        assertEquals(ACCEPT, SunCounterPolicy.decide(null, new TreeMap<>(), 3, false, null));
        assertEquals(ACCEPT, SunCounterPolicy.decide(null, null, 0, true, T3));
    }

    @Test
    void higherCounterIsAcceptedOnlineAndOffline() {
        assertEquals(ACCEPT, SunCounterPolicy.decide(7, seen3and7(), 8, false, null));
        assertEquals(ACCEPT, SunCounterPolicy.decide(7, seen3and7(), 100, true, T7.plusSeconds(60)));
    }

    @Test
    void resubmittingCounter5After7OnlineIsAReplay() {
        // V6: 3, 5 and 7 all arrived; sending tap 5's URL again is the classic replay.
        assertEquals(REPLAY, SunCounterPolicy.decide(7, seen3and5and7(), 5, false, null));
        // Also when 5 itself never arrived: an online scan cannot carry an old counter.
        assertEquals(REPLAY, SunCounterPolicy.decide(7, seen3and7(), 5, false, null));
    }

    @Test
    void aSeenCounterIsAReplayEvenFromTheOfflineQueue() {
        Instant t5 = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(REPLAY, SunCounterPolicy.decide(7, seen3and5and7(), 5, true, t5));
        assertEquals(REPLAY, SunCounterPolicy.decide(7, seen3and7(), 7, false, null));
        assertEquals(REPLAY, SunCounterPolicy.decide(7, seen3and7(), 3, true, T3));
        // The highest counter is a replay even if the map does not list it.
        assertEquals(REPLAY, SunCounterPolicy.decide(7, new TreeMap<>(), 7, true, T7));
    }

    @Test
    void offlineScanInTheGapWithAFittingTimeIsAccepted() {
        assertEquals(ACCEPT_OFFLINE_GAP,
                SunCounterPolicy.decide(7, seen3and7(), 5, true, Instant.parse("2026-03-02T10:00:00Z")));
        // Below the lowest seen counter there is no lower neighbour: only the upper bound applies.
        assertEquals(ACCEPT_OFFLINE_GAP, SunCounterPolicy.decide(7, seen3and7(), 1, true, T3.minusSeconds(60)));
    }

    @Test
    void offlineScanWhoseTimeDoesNotFitGoesToManualReview() {
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 5, true, T7.plusSeconds(1)));
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 5, true, T3.minusSeconds(1)));
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 1, true, T3.plusSeconds(1)));
    }

    @Test
    void neighbourTimesThemselvesDoNotFitBecauseTheBoundsAreStrict() {
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 5, true, T3));
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 5, true, T7));
    }

    @Test
    void offlineScanWithoutTimeOrWithoutAHigherNeighbourGoesToManualReview() {
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, seen3and7(), 5, true, null));
        // The map lacks the higher neighbour, so the time cannot be checked.
        TreeMap<Integer, Instant> only3 = new TreeMap<>();
        only3.put(3, T3);
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, only3, 5, true, T3.plusSeconds(60)));
        assertEquals(MANUAL_REVIEW, SunCounterPolicy.decide(7, null, 5, true, T3.plusSeconds(60)));
    }

    @Test
    void counterMustBeTwentyFourBits() {
        assertThrows(IllegalArgumentException.class, () -> SunCounterPolicy.decide(null, null, -1, false, null));
        assertThrows(IllegalArgumentException.class,
                () -> SunCounterPolicy.decide(null, null, 0x1000000, false, null));
        assertEquals(ACCEPT, SunCounterPolicy.decide(null, null, 0xFFFFFF, false, null));
    }
}
