package se.hemtjanst.catalog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.NotFoundException;

/** Reads rule settings as they were valid on a given day. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class RuleService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

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
