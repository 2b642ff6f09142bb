package se.hemtjanst.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.visit.domain.VisitRules;

/** The visit thresholds valid on a day, from the rule settings. */
@ApplicationScoped
public class VisitRulesReader {

    @Inject
    RuleService rules;

    public VisitRules on(LocalDate day) {
        return new VisitRules(value(VisitRules.REPEAT_WINDOW_SECONDS, day), value(VisitRules.TOO_SHORT_MINUTES, day),
                value(VisitRules.TOO_LONG_MINUTES, day), value(VisitRules.MAX_CLOCK_SKEW_SECONDS, day),
                value(VisitRules.CORRECTION_DAYS, day));
    }

    private int value(String key, LocalDate day) {
        return Integer.parseInt(rules.valueOn(key, day));
    }
}
