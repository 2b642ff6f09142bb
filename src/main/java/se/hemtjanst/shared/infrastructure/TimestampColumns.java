package se.hemtjanst.shared.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * Reads TIMESTAMP columns (instants stored as the JVM zone's wall-clock time, see {@link InstantConverter}) to the
 * same instants as {@code getTimestamp(column).toInstant()}, for reads of a million rows.
 * <p>
 * Both drivers turn a wall-clock time into an instant by setting its fields on a lenient {@link GregorianCalendar}
 * of the JVM's zone. PostgreSQL's driver does that for every value: a fifth of the month's settlement on PostgreSQL
 * (JFR, 8 December). Here the driver reads the wall-clock time in UTC, which it does without a calendar, and the
 * zone's offset is found once per wall-clock hour with the drivers' own calendar arithmetic, so the results are the
 * same, in the daylight-saving nights too: the hour that comes twice in October is read as standard time, as the
 * calendar does. The zone's offsets change on whole hours (Europe/Stockholm), so one offset holds for a whole hour.
 * <p>
 * Not thread-safe: one per query (the drivers change the calendar they are given).
 */
public final class TimestampColumns {

    private static final long HOUR = 3_600_000L;

    private final Calendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    private final Calendar zone;
    private final Map<Long, Long> offsetByHour = new HashMap<>();

    /** For the JVM's zone, the one the drivers use for {@code getTimestamp(column)}. */
    public TimestampColumns() {
        this(TimeZone.getDefault());
    }

    TimestampColumns(TimeZone zone) {
        this.zone = new GregorianCalendar(zone);
    }

    /** The column's instant, or null. */
    public Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp wall = row.getTimestamp(column, utc);
        return wall == null ? null : ofWallClock(wall.getTime(), wall.getNanos());
    }

    /**
     * The instant of a wall-clock time given as milliseconds since 1970-01-01T00:00 of that wall clock, with the
     * fraction of its second in nanoseconds.
     */
    Instant ofWallClock(long wallMillis, int nanos) {
        long hour = Math.floorDiv(wallMillis, HOUR);
        long offset = offsetByHour.computeIfAbsent(hour, this::offsetOf);
        return Instant.ofEpochSecond(Math.floorDiv(wallMillis - offset, 1000L), nanos);
    }

    /** The zone's offset in the wall-clock hour, as the drivers' calendar arithmetic finds it. */
    private long offsetOf(long hour) {
        long wall = hour * HOUR;
        utc.setTimeInMillis(wall);
        zone.clear();
        zone.set(Calendar.ERA, utc.get(Calendar.ERA));
        zone.set(utc.get(Calendar.YEAR), utc.get(Calendar.MONTH), utc.get(Calendar.DAY_OF_MONTH),
                utc.get(Calendar.HOUR_OF_DAY), 0, 0);
        zone.set(Calendar.MILLISECOND, 0);
        return wall - zone.getTimeInMillis();
    }
}
