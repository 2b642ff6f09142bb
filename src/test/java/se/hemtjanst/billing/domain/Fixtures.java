package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/** Small builders shared by the billing tests. */
final class Fixtures {

    static final BigDecimal DAY_RATE = new BigDecimal("400.00");
    static final BigDecimal OTHER_RATE = new BigDecimal("500.00");

    private Fixtures() {
    }

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DaytimeBand.ZONE);
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    static PerformedVisit visit(String code, String name, boolean inFrame, boolean lov, String start, long minutes) {
        ZonedDateTime s = at(start);
        return PerformedVisit.of(code, name, inFrame, lov, s, s.toInstant().plusSeconds(minutes * 60)
                .atZone(DaytimeBand.ZONE));
    }

    static PerformedVisit ram(String start, long minutes) {
        return visit("RAM", "RAM-tid", true, true, start, minutes);
    }

    static PerformedVisit morgon(String start, long minutes) {
        return visit("MORGON", "Morgonhjälp", true, true, start, minutes);
    }

    static PerformedVisit leds(String start, long minutes) {
        return visit("LEDS", "Ledsagning", false, true, start, minutes);
    }

    static PerformedVisit natt(String start, long minutes) {
        return visit("NATT", "Natthjälp", false, false, start, minutes);
    }

    static BillingRules.Builder rules(BillingModel model) {
        return BillingRules.builder(d("2017-01-01")).model(model).rates(DAY_RATE, OTHER_RATE);
    }

    static GrantedTime ramtid(String hoursPerMonth) {
        return new GrantedTime(List.of(new FrameOrderVersion(d("2016-01-01"), null, h(hoursPerMonth))), List.of());
    }

    static ExactHours minutes(long m) {
        return ExactHours.ofMinutes(m);
    }
}
