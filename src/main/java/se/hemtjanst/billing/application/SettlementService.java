package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.infrastructure.BillingInputs;
import se.hemtjanst.billing.infrastructure.Settlement;
import se.hemtjanst.billing.infrastructure.SettlementRow;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * The monthly settlement per provider, run as the Jakarta Batch job {@code monthly-settlement}: started (or run
 * again, until closed) by system administration for a month that has ended, followed with its progress, closed
 * for good. The provider's managers read their own settlements.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.PROVIDER_MANAGER_NAME})
public class SettlementService {

    public static final String JOB = "monthly-settlement";

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    BillingInputs inputs;

    @Inject
    BillingRulesService rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement start(long providerId, YearMonth month) {
        if (month == null || !month.isBefore(YearMonth.now(clock))) {
            throw new InvalidInputException("billing.settlement.monthNotEnded", "month",
                    "Only a month that has ended can be settled", month);
        }
        if (em.find(Provider.class, providerId) == null) {
            throw new NotFoundException("billing.provider.notFound", "No provider with id " + providerId, providerId);
        }
        BillingRules monthRules = rules.forMonth(month);
        Settlement settlement = em.createQuery("select s from Settlement s where s.providerId = :p and s.billedMonth = :m",
                        Settlement.class).setParameter("p", providerId).setParameter("m", month.toString())
                .getResultStream().findFirst().orElse(null);
        if (settlement == null) {
            settlement = new Settlement(providerId, month, currentUser.username(), clock.instant());
            em.persist(settlement);
        } else {
            settlement.restart(currentUser.username(), clock.instant());
        }
        em.flush();
        int clients = inputs.forProvider(providerId, month, null).size();
        Properties params = new Properties();
        params.setProperty("settlementId", String.valueOf(settlement.id()));
        params.setProperty("month", month.toString());
        long execution = BatchRuntime.getJobOperator().start(JOB, params);
        settlement.started(execution, clients, monthRules.model());
        return settlement;
    }

    /** A settlement with its progress; a failed job shows as FAILED. */
    public Settlement get(long id) {
        Settlement s = own(id);
        if (s.status() == Settlement.Status.RUNNING && s.jobExecutionId() != null) {
            JobOperator operator = BatchRuntime.getJobOperator();
            BatchStatus status = operator.getJobExecution(s.jobExecutionId()).getBatchStatus();
            if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || status == BatchStatus.STOPPED) {
                s.failed();
            }
        }
        return s;
    }

    /** Runs a failed settlement on from its last checkpoint. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement restart(long id) {
        Settlement s = own(id);
        if (s.status() != Settlement.Status.FAILED) {
            throw new ConflictException("billing.settlement.notFailed", null, "Only a failed settlement is restarted");
        }
        long execution = BatchRuntime.getJobOperator().restart(s.jobExecutionId(), new Properties());
        s.started(execution, s.clientsTotal(), s.model());
        return s;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement close(long id) {
        Settlement s = own(id);
        s.close(currentUser.username(), clock.instant());
        return s;
    }

    public List<SettlementRow> lines(long id) {
        own(id);
        return em.createQuery("select r from SettlementRow r where r.settlementId = :s order by r.clientId, r.id",
                SettlementRow.class).setParameter("s", id).getResultList();
    }

    public List<Settlement> list(YearMonth month) {
        Account me = currentUser.account().orElseThrow();
        String where = me.has(Role.ADMIN) ? "1 = 1" : "s.providerId = :p";
        var q = em.createQuery("select s from Settlement s where " + where
                + (month == null ? "" : " and s.billedMonth = :m") + " order by s.billedMonth desc, s.providerId",
                Settlement.class);
        if (!me.has(Role.ADMIN)) {
            q.setParameter("p", me.provider() == null ? -1L : me.provider().id());
        }
        if (month != null) {
            q.setParameter("m", month.toString());
        }
        return q.setMaxResults(500).getResultList();
    }

    private Settlement own(long id) {
        Settlement s = em.find(Settlement.class, id);
        if (s == null) {
            throw new NotFoundException("billing.settlement.notFound", "No settlement with id " + id, id);
        }
        Account me = currentUser.account().orElseThrow();
        if (!me.has(Role.ADMIN) && (me.provider() == null || me.provider().id() != s.providerId())) {
            throw new AccessDeniedException("billing.otherProvider", "Settlement " + id + " is another provider's");
        }
        return s;
    }
}
