package se.hemtjanst.visit.domain;

/**
 * The thresholds of visit registration, from rule settings with validity dates.
 *
 * @param repeatWindowSeconds taps of the same kind by the same staff member at the same client within this window
 *                            count once
 * @param tooShortMinutes     a visit shorter than this is a deviation
 * @param tooLongMinutes      a visit longer than this is a deviation
 * @param maxClockSkewSeconds a device clock further than this from the server's is flagged
 * @param correctionDays      days (röda dagar not counted) the provider has to correct a visit
 */
public record VisitRules(int repeatWindowSeconds, int tooShortMinutes, int tooLongMinutes, int maxClockSkewSeconds,
                         int correctionDays) {

    public static final String REPEAT_WINDOW_SECONDS = "visit.repeatWindowSeconds";
    public static final String TOO_SHORT_MINUTES = "visit.tooShortMinutes";
    public static final String TOO_LONG_MINUTES = "visit.tooLongMinutes";
    public static final String MAX_CLOCK_SKEW_SECONDS = "visit.maxClockSkewSeconds";
    public static final String CORRECTION_DAYS = "visit.correctionDays";
}
