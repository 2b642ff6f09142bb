package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The billing rules of a municipality for whole months: model, limit, hourly rates per time band, deadlines for
 * time over the limit, and whether declined visits are paid. Rules are data with a validity: a change is new rules
 * from a month, never an edit. Validity runs in whole months (from the 1st, to the last day of a month, or open),
 * so exactly one set of rules governs every day of a billed month, and a month once closed keeps its rules
 * ({@link BillingRulebook}).
 *
 * @param validFrom            first day of the first month the rules govern (the 1st of a month)
 * @param validTo              last day of the last month, or null when open-ended
 * @param model                {@link BillingModel#PERFORMED_TIME} or {@link BillingModel#ORDERED_TIME}
 * @param limitPercent         the share of granted time paid without explanation, e.g. 110; performed time up to
 *                             and including exactly this share is within the limit
 * @param hourlyRates          SEK per hour for every {@link TimeBand} (timersättning)
 * @param daytimeBand          which minutes are daytime
 * @param explanationDay       day of the following month by which the provider must explain excess time
 * @param decisionDay          day of the following month by which the assessor must decide, after explanationDay
 * @param deadlineShift        what happens to a deadline on a day off
 * @param declinedVisitsUnpaid true (Stockholm from 2017-01-01): a declined visit counts as a visit with 0 paid
 *                             time; false: its recorded minutes are paid as performed time
 * @param frameServiceCode     the service code visits counting against ramtid are tied to ("RAM", RAM-tid)
 * @param orderedTimeBand      under {@link BillingModel#ORDERED_TIME}, the band whose rate pays the granted
 *                             ramtid (granted time has no time of day)
 */
public record BillingRules(LocalDate validFrom, LocalDate validTo, BillingModel model, BigDecimal limitPercent,
                           Map<TimeBand, BigDecimal> hourlyRates, DaytimeBand daytimeBand, int explanationDay,
                           int decisionDay, DeadlineShift deadlineShift, boolean declinedVisitsUnpaid,
                           String frameServiceCode, TimeBand orderedTimeBand) {

    public BillingRules {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(limitPercent, "limitPercent");
        Objects.requireNonNull(hourlyRates, "hourlyRates");
        Objects.requireNonNull(daytimeBand, "daytimeBand");
        Objects.requireNonNull(deadlineShift, "deadlineShift");
        Objects.requireNonNull(frameServiceCode, "frameServiceCode");
        Objects.requireNonNull(orderedTimeBand, "orderedTimeBand");
        if (validFrom.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("billing rules start on the 1st of a month, not " + validFrom);
        }
        if (validTo != null && (validTo.isBefore(validFrom)
                || !validTo.equals(YearMonth.from(validTo).atEndOfMonth()))) {
            throw new IllegalArgumentException("billing rules end on the last day of a month on or after "
                    + validFrom + ", not " + validTo);
        }
        if (limitPercent.compareTo(BigDecimal.valueOf(100)) < 0) {
            throw new IllegalArgumentException("the limit is at least 100 % of granted time");
        }
        for (TimeBand band : TimeBand.values()) {
            BigDecimal rate = hourlyRates.get(band);
            if (rate == null || rate.signum() < 0) {
                throw new IllegalArgumentException("an hourly rate of 0 or more is needed for " + band);
            }
        }
        hourlyRates = Map.copyOf(new EnumMap<>(hourlyRates));
        if (explanationDay < 1 || explanationDay > 31 || decisionDay < 1 || decisionDay > 31
                || decisionDay <= explanationDay) {
            throw new IllegalArgumentException("deadline days are 1-31 and the decision comes after the explanation");
        }
        if (frameServiceCode.isBlank()) {
            throw new IllegalArgumentException("frameServiceCode is required");
        }
    }

    public static Builder builder(LocalDate validFrom) {
        return new Builder(validFrom);
    }

    public Builder toBuilder() {
        return new Builder(validFrom).validTo(validTo).model(model).limitPercent(limitPercent)
                .rate(TimeBand.DAYTIME, hourlyRates.get(TimeBand.DAYTIME))
                .rate(TimeBand.OTHER_TIME, hourlyRates.get(TimeBand.OTHER_TIME)).daytimeBand(daytimeBand)
                .deadlineDays(explanationDay, decisionDay).deadlineShift(deadlineShift)
                .declinedVisitsUnpaid(declinedVisitsUnpaid).frameServiceCode(frameServiceCode)
                .orderedTimeBand(orderedTimeBand);
    }

    /** Whether these rules govern every day of the month. */
    public boolean governs(YearMonth month) {
        return !validFrom.isAfter(month.atDay(1)) && (validTo == null || !validTo.isBefore(month.atEndOfMonth()));
    }

    public BigDecimal rate(TimeBand band) {
        return hourlyRates.get(band);
    }

    /**
     * The deadlines for time over the limit in {@code billedMonth}. Each is the configured day of the following
     * month, clamped to that month's last day (day 31 in April is 30 April), then moved by {@link #deadlineShift}
     * (a Saturday deadline under {@link DeadlineShift#NEXT_WORKING_DAY} is the Monday after, or later when that is
     * a holiday, possibly in the month after). Should the moved explanation deadline reach the decision deadline,
     * the decision deadline becomes the next (working) day after it, so the assessor always has a day to decide.
     */
    public ExcessDeadlines deadlinesFor(YearMonth billedMonth) {
        YearMonth following = billedMonth.plusMonths(1);
        LocalDate explainBy = deadlineShift.apply(following.atDay(Math.min(explanationDay, following.lengthOfMonth())));
        LocalDate decideBy = deadlineShift.apply(following.atDay(Math.min(decisionDay, following.lengthOfMonth())));
        if (!decideBy.isAfter(explainBy)) {
            decideBy = deadlineShift.apply(explainBy.plusDays(1));
        }
        return new ExcessDeadlines(billedMonth, explainBy, decideBy);
    }

    /** Collects rules with sensible Stockholm-like defaults; rates have no default. */
    public static final class Builder {
        private final LocalDate validFrom;
        private LocalDate validTo;
        private BillingModel model = BillingModel.PERFORMED_TIME;
        private BigDecimal limitPercent = BigDecimal.valueOf(110);
        private final Map<TimeBand, BigDecimal> rates = new EnumMap<>(TimeBand.class);
        private DaytimeBand daytimeBand = DaytimeBand.weekdaysSevenToTwentyTwo();
        private int explanationDay = 10;
        private int decisionDay = 20;
        private DeadlineShift deadlineShift = DeadlineShift.NEXT_WORKING_DAY;
        private boolean declinedVisitsUnpaid = true;
        private String frameServiceCode = "RAM";
        private TimeBand orderedTimeBand = TimeBand.DAYTIME;

        private Builder(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public Builder validTo(LocalDate validTo) {
            this.validTo = validTo;
            return this;
        }

        public Builder model(BillingModel model) {
            this.model = model;
            return this;
        }

        public Builder limitPercent(BigDecimal limitPercent) {
            this.limitPercent = limitPercent;
            return this;
        }

        public Builder rate(TimeBand band, BigDecimal sekPerHour) {
            rates.put(band, sekPerHour);
            return this;
        }

        public Builder rates(BigDecimal daytime, BigDecimal otherTime) {
            return rate(TimeBand.DAYTIME, daytime).rate(TimeBand.OTHER_TIME, otherTime);
        }

        public Builder daytimeBand(DaytimeBand daytimeBand) {
            this.daytimeBand = daytimeBand;
            return this;
        }

        public Builder deadlineDays(int explanationDay, int decisionDay) {
            this.explanationDay = explanationDay;
            this.decisionDay = decisionDay;
            return this;
        }

        public Builder deadlineShift(DeadlineShift deadlineShift) {
            this.deadlineShift = deadlineShift;
            return this;
        }

        public Builder declinedVisitsUnpaid(boolean declinedVisitsUnpaid) {
            this.declinedVisitsUnpaid = declinedVisitsUnpaid;
            return this;
        }

        public Builder frameServiceCode(String frameServiceCode) {
            this.frameServiceCode = frameServiceCode;
            return this;
        }

        public Builder orderedTimeBand(TimeBand orderedTimeBand) {
            this.orderedTimeBand = orderedTimeBand;
            return this;
        }

        public BillingRules build() {
            return new BillingRules(validFrom, validTo, model, limitPercent, rates, daytimeBand, explanationDay,
                    decisionDay, deadlineShift, declinedVisitsUnpaid, frameServiceCode, orderedTimeBand);
        }
    }
}
