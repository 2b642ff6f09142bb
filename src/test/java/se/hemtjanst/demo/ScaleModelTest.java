package se.hemtjanst.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/** The scale data set is a pure function of the seed, and keeps the contract the benchmarks rely on. */
class ScaleModelTest {

    private final ScaleModel model = new ScaleModel(42, YearMonth.of(2026, 11), 16_000, 130);

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        ScaleModel again = new ScaleModel(42, YearMonth.of(2026, 11), 16_000, 130);
        ScaleModel other = new ScaleModel(43, YearMonth.of(2026, 11), 16_000, 130);
        for (int k : new int[] {0, 1, 129, 130, 7_777, 15_999}) {
            assertEquals(model.person(k), again.person(k));
            assertEquals(model.visits(k), again.visits(k));
            assertEquals(model.scanId(k), again.scanId(k));
        }
        assertNotEquals(model.visits(5), other.visits(5));
        assertNotEquals(model.scanId(5), other.scanId(5));
        // The first rows, pinned: a change here changes every benchmark's data set.
        assertEquals("192001011", model.person(0).personalIdentityNumber().substring(0, 9));
        assertEquals(Instant.parse("2026-11-01T06:00:00Z"),
                model.visits(0).get(0).arrival().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
    }

    @Test
    void contractOfProvidersTagsAndUsernames() {
        assertEquals(1, model.providerOf(0));
        assertEquals(130, model.providerOf(129));
        assertEquals(1, model.providerOf(130));
        assertEquals("050000000000FF", ScaleModel.tagUid(255));
        assertEquals("05000000003E7F", ScaleModel.tagUid(15_999));
        assertTrue(ScaleModel.ntag424(0));
        assertFalse(ScaleModel.ntag424(1));
        assertEquals("skala.p007.s03", ScaleModel.staffUsername(7, 3));
        assertEquals("skala.p130.chef", ScaleModel.managerUsername(130));
        assertEquals("skala.d13.handlaggare", ScaleModel.assessorUsername(13));
    }

    @Test
    void tagKeyIsTheFirst16BytesOfSha256OfSeedAndUid() throws Exception {
        byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                .digest("hemtjanst-scale-tag:42:05000000000000".getBytes(StandardCharsets.UTF_8)), 16);
        assertArrayEquals(expected, ScaleModel.fileReadKey(42, "05000000000000"));
        assertEquals(16, ScaleModel.fileReadKey(1, ScaleModel.tagUid(2)).length);
    }

    @Test
    void personalIdentityNumbersAreValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 16_000; k++) {
            String pin = model.person(k).personalIdentityNumber();
            assertEquals(pin, PersonalIdentityNumber.of12(pin).value());
            assertTrue(seen.add(pin), "duplicate " + pin);
        }
    }

    @Test
    void aMonthIsAboutAMillionVisitsAndTwoMillionScansWithCountersBelowTheLimit() {
        long visits = 0;
        long scans = 0;
        int maxScansPerTag = 0;
        Set<ScaleModel.Kind> kinds = new HashSet<>();
        for (int k = 0; k < 16_000; k += 7) {
            List<ScaleModel.GenVisit> month = model.visits(k);
            visits += month.size();
            int perTag = 0;
            for (ScaleModel.GenVisit v : month) {
                perTag += v.scans();
                kinds.add(v.kind());
                assertEquals(YearMonth.of(2026, 11), YearMonth.from(v.day()));
            }
            scans += perTag;
            maxScansPerTag = Math.max(maxScansPerTag, perTag);
        }
        long allVisits = visits * 7;
        long allScans = scans * 7;
        assertTrue(allVisits > 900_000 && allVisits < 1_150_000, "visits " + allVisits);
        assertTrue(allScans > 1_800_000 && allScans < 2_300_000, "scans " + allScans);
        assertTrue(maxScansPerTag < ScaleModel.COUNTER_LIMIT);
        assertEquals(Set.of(ScaleModel.Kind.values()), kinds);
    }

    @Test
    void scanIdsAreUniqueAndOrdered() {
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (long n = 0; n < 100_000; n++) {
            String id = model.scanId(n).toString();
            assertTrue(ids.add(id));
            assertTrue(id.compareTo(previous) > 0);
            assertEquals(36, id.length());
            previous = id;
        }
    }
}
