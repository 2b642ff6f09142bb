package se.hemtjanst.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.shared.application.ReferenceCache;
import se.hemtjanst.shared.application.ReferenceDataChanged;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.visit.domain.VisitRules;

/**
 * The visit thresholds valid on a day, from the rule settings, and the check that a service code is in the
 * catalogue on a day. Every scan needs both (six queries), and they change only when system administration
 * schedules a rule or edits the catalogue, so they are cached per day and forgotten when such a change commits.
 */
@ApplicationScoped
public class VisitRulesReader {

    @Inject
    RuleService rules;

    @Inject
    CatalogService catalog;

    private final ReferenceCache<LocalDate, VisitRules> byDay = new ReferenceCache<>();
    private final ReferenceCache<String, Boolean> validServices = new ReferenceCache<>();

    public VisitRules on(LocalDate day) {
        return byDay.get(day, d -> new VisitRules(value(VisitRules.REPEAT_WINDOW_SECONDS, d),
                value(VisitRules.TOO_SHORT_MINUTES, d), value(VisitRules.TOO_LONG_MINUTES, d),
                value(VisitRules.MAX_CLOCK_SKEW_SECONDS, d), value(VisitRules.CORRECTION_DAYS, d)));
    }

    /** Refuses a service code not in the catalogue on that day (as {@link CatalogService#validOn}). */
    public void requireService(String code, LocalDate day) {
        // Asked without a refusal from the catalogue's service: an exception thrown by that bean would mark the
        // caller's transaction for rollback, and a batch of scans must go on past one unknown code.
        if (!validServices.get(code + "|" + day, k -> catalog.existsOn(code, day))) {
            throw new InvalidInputException("catalog.service.notValid", "services", "No catalogue service '" + code
                    + "' is valid on " + day, code, day);
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReferenceDataChanged change) {
        byDay.invalidate();
        validServices.invalidate();
    }

    private int value(String key, LocalDate day) {
        return Integer.parseInt(rules.valueOn(key, day));
    }
}
