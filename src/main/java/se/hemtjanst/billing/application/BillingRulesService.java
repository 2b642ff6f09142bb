package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import se.hemtjanst.billing.domain.BillingModel;
import se.hemtjanst.billing.domain.BillingRulebook;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.HolidayTreatment;
import se.hemtjanst.billing.domain.TimeBand;
import se.hemtjanst.billing.infrastructure.BillingRulesRow;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * The billing rules as data with validity by whole months. ADMIN schedules new rules from a month that has not
 * begun; the rules in force end with the month before. A closed month is never touched: rules are chosen by
 * month, and only future months can get new ones.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class BillingRulesService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** What an administrator schedules. */
    public static class Draft {
        /** YYYY-MM: the first month the rules govern. */
        public String fromMonth;
        /** PERFORMED_TIME or ORDERED_TIME. */
        public String model;
        public BigDecimal limitPercent;
        public BigDecimal daytimeRate;
        public BigDecimal otherRate;
        public Integer explanationDay;
        public Integer decisionDay;
        public Boolean declinedVisitsUnpaid;
        /** PUBLIC_HOLIDAYS (default) or PUBLIC_HOLIDAYS_AND_EVES: which days are not daytime. */
        public String holidays;
    }

    public List<BillingRulesRow> all() {
        return em.createQuery("select r from BillingRulesRow r order by r.validFrom", BillingRulesRow.class)
                .getResultList();
    }

    public BillingRulebook rulebook() {
        return new BillingRulebook(all().stream().map(BillingRulesRow::toRules).toList());
    }

    /** The rules governing a month, or a refusal that names what system administration must do. */
    public BillingRules forMonth(YearMonth month) {
        return rulebook().find(month).orElseThrow(() -> new NotFoundException("billing.rules.missing",
                "No billing rules govern " + month + "; system administration must enter them", month));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public BillingRulesRow schedule(Draft d) {
        if (d == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        YearMonth from;
        try {
            from = YearMonth.parse(d.fromMonth == null ? "" : d.fromMonth.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("billing.rules.fromMonth", "fromMonth", "fromMonth is YYYY-MM");
        }
        if (!from.isAfter(YearMonth.now(clock))) {
            throw new ConflictException("billing.rules.closedMonth", "fromMonth", "New rules can govern "
                    + YearMonth.now(clock).plusMonths(1) + " at the earliest: a month that has begun keeps its rules",
                    YearMonth.now(clock).plusMonths(1));
        }
        BillingModel model;
        HolidayTreatment holidays;
        try {
            model = BillingModel.valueOf(d.model == null ? "" : d.model.strip().toUpperCase(Locale.ROOT));
            holidays = d.holidays == null ? HolidayTreatment.PUBLIC_HOLIDAYS
                    : HolidayTreatment.valueOf(d.holidays.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("billing.rules.model", "model",
                    "model is PERFORMED_TIME or ORDERED_TIME; holidays PUBLIC_HOLIDAYS or PUBLIC_HOLIDAYS_AND_EVES");
        }
        positive(d.limitPercent, "limitPercent", new BigDecimal("100"), new BigDecimal("200"));
        positive(d.daytimeRate, "daytimeRate", BigDecimal.ONE, new BigDecimal("10000"));
        positive(d.otherRate, "otherRate", BigDecimal.ONE, new BigDecimal("10000"));
        int explanation = d.explanationDay == null ? 10 : d.explanationDay;
        int decision = d.decisionDay == null ? 20 : d.decisionDay;
        if (explanation < 1 || explanation > 28 || decision <= explanation || decision > 28) {
            throw new InvalidInputException("billing.rules.days", "explanationDay",
                    "explanationDay and decisionDay are days 1-28 of the following month, the decision after the explanation");
        }
        LocalDate first = from.atDay(1);
        List<BillingRulesRow> rows = all();
        for (BillingRulesRow r : rows) {
            if (!r.validFrom().isBefore(first)) {
                throw new ConflictException("billing.rules.laterExists", "fromMonth", "Rules from "
                        + r.validFrom() + " are already scheduled; choose a later month");
            }
            if (r.validTo() == null || !r.validTo().isBefore(first)) {
                r.endBefore(first);
            }
        }
        BillingRules rules = BillingRules.builder(first).model(model).limitPercent(d.limitPercent)
                .rates(d.daytimeRate, d.otherRate).deadlineDays(explanation, decision)
                .declinedVisitsUnpaid(d.declinedVisitsUnpaid == null || d.declinedVisitsUnpaid)
                .daytimeBand(new se.hemtjanst.billing.domain.DaytimeBand(
                        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                        java.time.LocalTime.of(7, 0), java.time.LocalTime.of(22, 0), holidays))
                .orderedTimeBand(TimeBand.DAYTIME).build();
        BillingRulesRow row = new BillingRulesRow(rules, currentUser.username(), clock.instant());
        em.persist(row);
        return row;
    }

    private static void positive(BigDecimal value, String field, BigDecimal min, BigDecimal max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
            throw new InvalidInputException("billing.rules.range", field,
                    field + " must be between " + min + " and " + max + " with at most 2 decimals", field, min, max);
        }
    }
}
