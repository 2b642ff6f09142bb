package se.hemtjanst.catalog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import se.hemtjanst.catalog.domain.RuleKey;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.ValidityPeriod;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.application.ReferenceDataChanged;

/** Reads rule settings as they were valid on a given day. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class RuleService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ReferenceDataChanged> changed;

    @Inject
    Clock clock;

    /** Every setting, by key and date: what applied, applies and will apply. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RuleSetting> all() {
        return em.createQuery("select r from RuleSetting r order by r.key, r.validity.validFrom", RuleSetting.class)
                .getResultList();
    }

    /**
     * A new value from a day on: the value in force until then ends the day before. Only from today on — a rule
     * change never rewrites what already applied — and never before a value already scheduled.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public RuleSetting schedule(String key, String value, LocalDate validFrom) {
        RuleKey ruleKey = RuleKey.of(key).orElseThrow(() -> new InvalidInputException("rule.key.unknown", "key",
                "Unknown rule setting '" + key + "'"));
        String normalized = ruleKey.normalize(value);
        LocalDate today = LocalDate.now(clock);
        if (validFrom == null || validFrom.isBefore(today)) {
            throw new InvalidInputException("rule.validFrom.past", "validFrom",
                    "validFrom must be today (" + today + ") or later: a rule change never rewrites the past", today);
        }
        // Two administrators scheduling at once: the unique (key, valid_from) and the version of the ended row
        // make the second one fail instead of leaving overlapping values.
        List<RuleSetting> existing = em.createQuery("select r from RuleSetting r where r.key = :key"
                + " order by r.validity.validFrom", RuleSetting.class).setParameter("key", key).getResultList();
        for (RuleSetting r : existing) {
            if (!r.validity().validFrom().isBefore(validFrom)) {
                throw new ConflictException("rule.laterScheduled", "validFrom", "A value of " + key + " from "
                        + r.validity().validFrom() + " is already scheduled; choose a later date", r.validity().validFrom());
            }
            if (r.validity().validTo() == null || !r.validity().validTo().isBefore(validFrom)) {
                r.endBefore(validFrom);
            }
        }
        RuleSetting created = new RuleSetting(key, normalized, ValidityPeriod.from(validFrom));
        em.persist(created);
        changed.fire(new ReferenceDataChanged("rule-settings"));
        return created;
    }

    /** The value of a setting on a day; a missing setting is a configuration error the caller must see. */
    public String valueOn(String key, LocalDate day) {
        return em.createQuery("""
                        select r from RuleSetting r where r.key = :key and r.validity.validFrom <= :day
                          and (r.validity.validTo is null or r.validity.validTo >= :day)""", RuleSetting.class)
                .setParameter("key", key)
                .setParameter("day", day)
                .getResultStream().findFirst()
                .map(RuleSetting::value)
                .orElseThrow(() -> new NotFoundException("rule.missing",
                        "No rule setting '" + key + "' is valid on " + day + "; ask system administration", key, day));
    }
}
