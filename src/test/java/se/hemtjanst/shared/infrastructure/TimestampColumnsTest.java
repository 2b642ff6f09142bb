package se.hemtjanst.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TimestampColumns reads the same instants as {@code getTimestamp(column).toInstant()} (what the entities read),
 * checked on embedded Derby in memory with the JVM in Europe/Stockholm as on the server: every instant written as
 * the entities write it, over a whole year at an odd step and through both daylight-saving nights of 2026.
 */
class TimestampColumnsTest {

    private static final TimeZone STOCKHOLM = TimeZone.getTimeZone("Europe/Stockholm");

    private TimeZone before;

    @BeforeEach
    void stockholm() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(STOCKHOLM);
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theDaylightSavingNightsAsTheCalendarReadsThem() {
        TimestampColumns columns = new TimestampColumns(STOCKHOLM);
        // Summer time (UTC+2) and winter time (UTC+1).
        assertEquals(Instant.parse("2026-07-01T10:00:00Z"), columns.ofWallClock(wall("2026-07-01T12:00:00Z"), 0));
        assertEquals(Instant.parse("2026-11-30T22:59:59.123456789Z"),
                columns.ofWallClock(wall("2026-11-30T23:59:59.123Z"), 123_456_789));
        // 25 October 2026: 01:59 is still summer time; 02:00-03:00 comes twice, and a wall-clock time in it is read
        // as standard time (UTC+1).
        assertEquals(Instant.parse("2026-10-24T23:59:00Z"), columns.ofWallClock(wall("2026-10-25T01:59:00Z"), 0));
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), columns.ofWallClock(wall("2026-10-25T02:30:00Z"), 0));
        assertEquals(Instant.parse("2026-10-25T02:00:00Z"), columns.ofWallClock(wall("2026-10-25T03:00:00Z"), 0));
        // 29 March 2026: 02:00-03:00 does not exist; the calendar reads 02:30 with the standard offset.
        assertEquals(Instant.parse("2026-03-29T00:59:00Z"), columns.ofWallClock(wall("2026-03-29T01:59:00Z"), 0));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), columns.ofWallClock(wall("2026-03-29T02:30:00Z"), 0));
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), columns.ofWallClock(wall("2026-03-29T03:00:00Z"), 0));
        // Before 1970 too.
        assertEquals(Instant.parse("1960-01-01T11:00:00Z"), columns.ofWallClock(wall("1960-01-01T12:00:00Z"), 0));
    }

    @Test
    void derbyReadsTheSameInstantsAsTheEntities() throws SQLException {
        List<Instant> written = new ArrayList<>();
        // A year at a step of 1 h 7 min 13.5 s, so that every minute of the hour and both halves of a second occur.
        for (Instant t = Instant.parse("2026-01-01T00:00:00Z"); t.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
             t = t.plusMillis(4_033_500)) {
            written.add(t);
        }
        // The daylight-saving nights minute by minute (the October hour that comes twice, both times).
        for (Instant t = Instant.parse("2026-03-28T23:00:00Z"); t.isBefore(Instant.parse("2026-03-29T03:00:00Z"));
             t = t.plusSeconds(60)) {
            written.add(t);
        }
        for (Instant t = Instant.parse("2026-10-24T23:00:00Z"); t.isBefore(Instant.parse("2026-10-25T04:00:00Z"));
             t = t.plusSeconds(60)) {
            written.add(t);
        }
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:timestampColumns;create=true")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table t (id int primary key, seen_at timestamp)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                for (int i = 0; i < written.size(); i++) {
                    insert.setInt(1, i);
                    insert.setTimestamp(2, Timestamp.from(written.get(i)));
                    insert.addBatch();
                }
                insert.setInt(1, written.size());
                insert.setTimestamp(2, null);
                insert.addBatch();
                insert.executeBatch();
            }
            TimestampColumns columns = new TimestampColumns();
            int rows = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, seen_at from t order by id")) {
                while (r.next()) {
                    Timestamp entity = r.getTimestamp(2);
                    Instant read = columns.instant(r, 2);
                    if (entity == null) {
                        assertNull(read);
                    } else {
                        assertEquals(entity.toInstant(), read, "row " + r.getInt(1) + " written as "
                                + written.get(r.getInt(1)));
                    }
                    rows++;
                }
            }
            assertEquals(written.size() + 1, rows);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:timestampColumns;drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a drop with an exception.
            }
        }
    }

    /** The wall-clock time written as if in UTC: its milliseconds since 1970-01-01T00:00 of that wall clock. */
    private static long wall(String asIfUtc) {
        return Instant.parse(asIfUtc).toEpochMilli();
    }
}
