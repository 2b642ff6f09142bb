package se.hemtjanst.catalog.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * The rule settings system administration may change, each with the range a value must lie in. A value is
 * checked here before it is scheduled, so a typing error can never reach the calculation support or billing.
 */
public enum RuleKey {

    /** Percent taken off the shorter services of a shared visit (calculation support). */
    COORDINATION_GAIN_PERCENT(RuleSetting.COORDINATION_GAIN_PERCENT, new BigDecimal("0"), new BigDecimal("50"), 2),
    /** Minutes added to a visit that holds a single service (calculation support). */
    SINGLE_SERVICE_EXTRA_MINUTES(RuleSetting.SINGLE_SERVICE_EXTRA_MINUTES, BigDecimal.ZERO, new BigDecimal("60"), 0),
    /** Taps of the same kind by one staff member at one client within this many seconds count once. */
    VISIT_REPEAT_WINDOW_SECONDS("visit.repeatWindowSeconds", BigDecimal.ZERO, new BigDecimal("900"), 0),
    /** A visit shorter than this (minutes) is a deviation. */
    VISIT_TOO_SHORT_MINUTES("visit.tooShortMinutes", BigDecimal.ZERO, new BigDecimal("120"), 0),
    /** A visit longer than this (minutes) is a deviation. */
    VISIT_TOO_LONG_MINUTES("visit.tooLongMinutes", BigDecimal.ONE, new BigDecimal("1440"), 0),
    /** A phone clock further than this (seconds) from the server's is flagged. */
    VISIT_MAX_CLOCK_SKEW_SECONDS("visit.maxClockSkewSeconds", BigDecimal.ZERO, new BigDecimal("86400"), 0),
    /** Days (röda dagar not counted) the provider has to correct a visit. */
    VISIT_CORRECTION_DAYS("visit.correctionDays", BigDecimal.ZERO, new BigDecimal("31"), 0),
    /** Individuppföljning: performed time deviating more than this percent from the ordered time... */
    FOLLOW_UP_DEVIATION_PERCENT("followUp.deviationPercent", BigDecimal.ONE, new BigDecimal("100"), 0),
    /** ...for this many months in a row lists the client for the assessor. */
    FOLLOW_UP_MONTHS_IN_ROW("followUp.monthsInRow", BigDecimal.ONE, new BigDecimal("12"), 0);

    private final String key;
    private final BigDecimal min;
    private final BigDecimal max;
    private final int scale;

    RuleKey(String key, BigDecimal min, BigDecimal max, int scale) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.scale = scale;
    }

    public String key() { return key; }
    public BigDecimal min() { return min; }
    public BigDecimal max() { return max; }

    public static Optional<RuleKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The value in its stored form (plain decimal), or a Swedish-keyed refusal naming the range. */
    public String normalize(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rule.value.range", "value", key + " must be a number between " + min
                    + " and " + max, min, max);
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > scale) {
            throw new InvalidInputException("rule.value.range", "value", key + " must be between " + min + " and "
                    + max + " with at most " + scale + " decimals", min, max);
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
