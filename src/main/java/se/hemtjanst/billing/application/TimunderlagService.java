package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.BillingCalculator;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ClientMonth;
import se.hemtjanst.billing.domain.ClientSettlement;
import se.hemtjanst.billing.domain.TimunderlagLov;
import se.hemtjanst.billing.infrastructure.BillingInputs;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * The Timunderlag LOV per provider and month, computed from the orders and visits with the month's billing rules.
 * A provider's managers see their own; system administration sees every provider's. The clients in it are
 * written to the access log.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.PROVIDER_MANAGER_NAME})
public class TimunderlagService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    BillingInputs inputs;

    @Inject
    BillingRulesService rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    public TimunderlagReport forProvider(Long providerId, YearMonth month) {
        return report(provider(providerId), month, null);
    }

    /** One client's part of the report: the same computation, so the same figures as in the whole. */
    public TimunderlagReport forClient(Long providerId, long clientId, YearMonth month) {
        return report(provider(providerId), month, clientId);
    }

    /** The providers the person may report on (their own, or every one for system administration). */
    public List<Provider> providers() {
        Account me = currentUser.account().orElseThrow();
        if (me.has(Role.ADMIN)) {
            return em.createQuery("select p from Provider p order by p.name", Provider.class).getResultList();
        }
        return me.provider() == null ? List.of() : List.of(me.provider());
    }

    private TimunderlagReport report(Provider provider, YearMonth month, Long clientId) {
        if (month == null) {
            throw new InvalidInputException("billing.month.required", "month", "month is YYYY-MM");
        }
        BillingRules monthRules = rules.forMonth(month);
        Map<Long, ClientMonth> months = inputs.forProvider(provider.id(), month, clientId);
        List<ClientSettlement> settlements = months.values().stream()
                .map(cm -> BillingCalculator.settle(cm, monthRules)).toList();
        accessLog.recordListed(List.copyOf(months.keySet()), "timunderlag " + month);
        int unlocked = settlements.stream().mapToInt(s -> s.unlockedVisits()).sum();
        return new TimunderlagReport(provider.id(), provider.name(), month, months.size(), unlocked,
                TimunderlagLov.of(month, settlements));
    }

    private Provider provider(Long providerId) {
        Account me = currentUser.account().orElseThrow();
        Long id = providerId != null ? providerId : me.provider() == null ? null : me.provider().id();
        if (id == null) {
            throw new InvalidInputException("billing.provider.required", "provider", "provider is required");
        }
        if (!me.has(Role.ADMIN) && (me.provider() == null || !me.provider().id().equals(id))) {
            throw new AccessDeniedException("billing.otherProvider", "You may only see your own provider's figures");
        }
        Provider p = em.find(Provider.class, id);
        if (p == null) {
            throw new NotFoundException("billing.provider.notFound", "No provider with id " + id, id);
        }
        return p;
    }
}
