package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.Properties;
import se.hemtjanst.billing.domain.BillingCalculator;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ClientMonth;
import se.hemtjanst.billing.domain.ClientSettlement;
import se.hemtjanst.billing.domain.SettlementLine;
import se.hemtjanst.billing.infrastructure.BillingInputs;
import se.hemtjanst.billing.infrastructure.Settlement;
import se.hemtjanst.billing.infrastructure.SettlementPartitions;
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

    /** The month's settlement of every provider, partitioned in groups of providers. */
    public static final String JOB_ALL = "monthly-settlement-all";

    private static final Logger LOG = Logger.getLogger(SettlementService.class.getName());

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

    @Resource
    SessionContext context;

    /** This bean through the container, so that its own calls get their own transactions. */
    private SettlementService self() {
        return context.getBusinessObject(SettlementService.class);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    /**
     * Starts (or runs again) the month's settlement. The run's row is committed first (a transaction of its own) and
     * the batch job started only then: a job started inside the creating transaction could read before the commit,
     * find no settlement (PostgreSQL does not wait for the uncommitted row) and die, leaving the run RUNNING. This
     * method's own transaction never touches the row. (Not NOT_SUPPORTED: a refusal thrown through a local
     * transaction is logged by Liberty as an error, WLTC0017E.)
     */
    public Settlement start(long providerId, YearMonth month) {
        Settlement prepared = self().prepare(providerId, month);
        Properties params = new Properties();
        params.setProperty("settlementId", String.valueOf(prepared.id()));
        params.setProperty("month", month.toString());
        return self().launched(prepared.id(), () -> BatchRuntime.getJobOperator().start(JOB, params));
    }

    /**
     * The month's settlement of every provider in one job ({@code monthly-settlement-all}), partitioned in groups of
     * providers ({@code SettlementPartitions}): what system administration does each month, one click instead of one
     * per provider. Providers whose month is closed or still running are left as they are and reported. As with
     * {@link #start}, the runs' rows are committed before the job starts.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public MonthRun startMonth(YearMonth month) {
        MonthRun prepared = self().prepareMonth(month);
        if (prepared.started().isEmpty()) {
            return prepared;
        }
        List<Long> ids = prepared.started().stream().map(Settlement::id).toList();
        Properties params = new Properties();
        params.setProperty(SettlementPartitions.SETTLEMENT_IDS,
                String.join(",", ids.stream().map(String::valueOf).toList()));
        params.setProperty("month", month.toString());
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(JOB_ALL, params);
        } catch (RuntimeException e) {
            self().markFailed(ids);
            throw e;
        }
        self().recordExecution(ids, execution);
        return new MonthRun(month, self().settlements(ids), prepared.skipped());
    }

    /** A month's run of every provider: the settlements started, and those left as they were (closed or running). */
    public record MonthRun(YearMonth month, List<Settlement> started, List<Settlement> skipped) {
    }

    /**
     * Checks and commits the month's runs of every provider (RUNNING, with the month's billing model) in one
     * transaction: all of them or none.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MonthRun prepareMonth(YearMonth month) {
        checkEnded(month);
        BillingRules monthRules = rules.forMonth(month);
        Map<Long, Settlement> existing = new java.util.HashMap<>();
        for (Settlement s : em.createQuery("select s from Settlement s where s.billedMonth = :m", Settlement.class)
                .setParameter("m", month.toString()).getResultList()) {
            existing.put(s.providerId(), s);
        }
        List<Settlement> started = new ArrayList<>();
        List<Settlement> skipped = new ArrayList<>();
        Map<Long, JobFacts> jobs = new java.util.HashMap<>();
        for (Long providerId : em.createQuery("select p.id from Provider p order by p.id", Long.class)
                .getResultList()) {
            Settlement settlement = existing.get(providerId);
            if (settlement == null) {
                settlement = new Settlement(providerId, month, currentUser.username(), clock.instant());
                em.persist(settlement);
            } else if (settlement.status() == Settlement.Status.CLOSED
                    || settlement.status() == Settlement.Status.RUNNING && !jobGone(settlement, jobs)) {
                skipped.add(settlement);
                continue;
            } else {
                if (settlement.status() == Settlement.Status.RUNNING) {
                    settlement.failed();
                }
                settlement.restart(currentUser.username(), clock.instant());
            }
            settlement.ruledBy(monthRules.model());
            started.add(settlement);
        }
        em.flush();
        LOG.info(() -> "Settlement of " + month + " for every provider prepared by " + currentUser.username() + ": "
                + started.size() + " started, " + skipped.size() + " closed or running left as they are");
        return new MonthRun(month, started, skipped);
    }

    /** The job's execution id on each of the month run's settlements (see {@link #recordExecution(long, long)}). */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExecution(List<Long> settlementIds, long execution) {
        em.createQuery("update Settlement s set s.jobExecutionId = :e where s.id in :ids")
                .setHint(Settlement.BIND, "true")
                .setParameter("e", execution).setParameter("ids", settlementIds).executeUpdate();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(List<Long> settlementIds) {
        em.createQuery("update Settlement s set s.status = :failed where s.id in :ids")
                .setHint(Settlement.BIND, "true")
                .setParameter("failed", Settlement.Status.FAILED).setParameter("ids", settlementIds).executeUpdate();
    }

    /** The settlements as they are now, in the order of the ids. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Settlement> settlements(List<Long> ids) {
        Map<Long, Settlement> byId = new java.util.HashMap<>();
        for (Settlement s : em.createQuery("select s from Settlement s where s.id in :ids", Settlement.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(s.id(), s);
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The job's start, after the run's row is committed; a start that fails marks the run FAILED. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement launched(long settlementId, java.util.function.LongSupplier startJob) {
        long execution;
        try {
            execution = startJob.getAsLong();
        } catch (RuntimeException e) {
            self().markFailed(settlementId);
            throw e;
        }
        self().recordExecution(settlementId, execution);
        return self().get(settlementId);
    }

    /**
     * The job's execution id, by a bulk update (EclipseLink advances the row's version with it): the job may already
     * be writing the row in transactions of its own, which is why the job writes its total, progress and result by
     * bulk updates too, never through a versioned row read earlier.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExecution(long settlementId, long execution) {
        em.createQuery("update Settlement s set s.jobExecutionId = :e where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("e", execution).setParameter("id", settlementId).executeUpdate();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long settlementId) {
        em.find(Settlement.class, settlementId).failed();
    }

    /** Checks and commits the run's row (RUNNING, with the month's billing model), before any job is started. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Settlement prepare(long providerId, YearMonth month) {
        checkEnded(month);
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
            if (jobGone(settlement)) {
                // Shown as RUNNING, but its job ended without saying so or died with the server: run it again.
                settlement.failed();
            }
            settlement.restart(currentUser.username(), clock.instant());
        }
        // The job's reader counts the clients when it has read them (SettlementClientReader): counting them here
        // would read the provider's month twice.
        settlement.ruledBy(monthRules.model());
        em.flush();
        return settlement;
    }

    private void checkEnded(YearMonth month) {
        if (month == null || !month.isBefore(YearMonth.now(clock))) {
            throw new InvalidInputException("billing.settlement.monthNotEnded", "month",
                    "Only a month that has ended can be settled", month);
        }
    }

    /** A settlement with its progress; a failed job shows as FAILED. */
    public Settlement get(long id) {
        Settlement s = own(id);
        if (jobGone(s)) {
            s.failed();
        }
        return s;
    }

    /**
     * Whether a settlement shown as RUNNING has no live job: its job failed or was stopped, or the batch runtime
     * does not know the execution as this settlement's (a server restart in between). Such a run is shown as FAILED
     * and can be started again.
     */
    private static boolean jobGone(Settlement s) {
        return jobGone(s, new java.util.HashMap<>());
    }

    /**
     * As {@link #jobGone(Settlement)}, asking the batch runtime once per execution: the month's run of every
     * provider is one execution for 133 settlements, and the in-memory job repository answers each question by
     * going through every step execution it holds (a list of the month asked it 266 times a poll).
     */
    private static boolean jobGone(Settlement s, Map<Long, JobFacts> known) {
        if (s.status() != Settlement.Status.RUNNING || s.jobExecutionId() == null) {
            return false;
        }
        JobFacts job = known.computeIfAbsent(s.jobExecutionId(), SettlementService::jobFacts);
        if (!job.settlementIds().contains(String.valueOf(s.id()))) {
            return true;
        }
        BatchStatus status = job.status();
        return status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || status == BatchStatus.STOPPED;
    }

    /** The settlements an execution runs and its status; none for an execution the runtime does not know. */
    private record JobFacts(java.util.Set<String> settlementIds, BatchStatus status) {
    }

    private static JobFacts jobFacts(long execution) {
        try {
            java.util.Properties params = BatchRuntime.getJobOperator().getParameters(execution);
            if (params == null) {
                return new JobFacts(java.util.Set.of(), null);
            }
            java.util.Set<String> ids = new java.util.HashSet<>(
                    SettlementPartitions.ids(params.getProperty(SettlementPartitions.SETTLEMENT_IDS)));
            if (params.getProperty("settlementId") != null) {
                ids.add(params.getProperty("settlementId"));
            }
            return new JobFacts(ids, BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus());
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            return new JobFacts(java.util.Set.of(), null);
        }
    }

    /**
     * Whether the batch runtime knows the execution as this settlement's. The job repository is kept in memory: after
     * a server restart it forgets earlier executions and counts from 1 again, so a stored id may be unknown or
     * belong to another settlement's job.
     */
    private static boolean executionOf(long settlementId, long execution) {
        return jobFacts(execution).settlementIds().contains(String.valueOf(settlementId));
    }

    private static boolean ofMonthRun(long execution) {
        return JOB_ALL.equals(BatchRuntime.getJobOperator().getJobExecution(execution).getJobName());
    }

    /** Runs a failed settlement on from its last checkpoint (from the start if the runtime no longer knows it). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement restart(long id) {
        // Checked in a transaction of its own: this one must hold no lock on the row, which the steps below update
        // in transactions of their own.
        Settlement failed = self().failedRun(id);
        Long failedExecution = failed.jobExecutionId();
        if (failedExecution == null || !executionOf(id, failedExecution) || ofMonthRun(failedExecution)) {
            // The batch runtime forgot the run (a server restart): no checkpoint to go on from, so it starts over.
            // A provider of the month's run of every provider starts over alone: restarting that job would run every
            // provider whose partition failed, not only this one.
            return start(failed.providerId(), failed.month());
        }
        return self().launched(id, () -> BatchRuntime.getJobOperator().restart(failedExecution, new Properties()));
    }

    /** The settlement, if it is the caller's to see and has failed. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Settlement failedRun(long id) {
        Settlement s = own(id);
        if (s.status() != Settlement.Status.FAILED) {
            throw new ConflictException("billing.settlement.notFailed", null, "Only a failed settlement is restarted");
        }
        em.detach(s);
        return s;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Settlement close(long id) {
        Settlement s = own(id);
        s.close(currentUser.username(), clock.instant());
        return s;
    }

    /**
     * Corrections after closing (an unlocked and corrected visit, a changed pause): the month is computed again
     * with the rules it was closed under, and every difference to what was settled so far becomes an adjustment
     * line with the reason, who and when. The closed lines never change. Nothing to adjust gives no lines.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SettlementRow> adjust(long id, String reason) {
        Settlement s = own(id);
        if (reason == null || reason.isBlank() || reason.strip().length() > 400) {
            throw new InvalidInputException("billing.adjustment.reason", "reason",
                    "An adjustment needs a reason of at most 400 characters");
        }
        if (s.status() != Settlement.Status.CLOSED) {
            throw new ConflictException("billing.adjustment.notClosed", null,
                    "Only a closed settlement is adjusted; run this one again instead");
        }
        BillingRules monthRules = rules.forMonth(s.month());
        Map<String, SettlementRow> now = new LinkedHashMap<>();
        for (Map.Entry<Long, ClientMonth> e : inputs.forProvider(s.providerId(), s.month(), null).entrySet()) {
            ClientSettlement settled = BillingCalculator.settle(e.getValue(), monthRules);
            if (!settled.isFinal()) {
                throw new ConflictException("billing.settlement.openVisits", null, settled.unlockedVisits()
                        + " visits of the month are open for correction; adjust when they are locked",
                        settled.unlockedVisits());
            }
            for (SettlementLine line : settled.lines()) {
                SettlementRow row = new SettlementRow(id, e.getKey(), line);
                now.put(row.key(), row);
            }
        }
        Map<String, SettlementRow> before = new LinkedHashMap<>();
        for (SettlementRow r : lines(id)) {
            before.merge(r.key(), r, SettlementRow::plus);
        }
        String note = reason.strip() + " (" + currentUser.username() + ", "
                + LocalDate.now(clock) + ")";
        List<SettlementRow> added = new ArrayList<>();
        for (SettlementRow current : now.values()) {
            SettlementRow settled = before.getOrDefault(current.key(), SettlementRow.zeroLike(current));
            if (!current.sameFigures(settled)) {
                added.add(SettlementRow.adjustment(current, settled, note));
            }
        }
        for (SettlementRow settled : before.values()) {
            if (!now.containsKey(settled.key())) {
                added.add(SettlementRow.adjustment(SettlementRow.zeroLike(settled), settled, note));
            }
        }
        added.forEach(em::persist);
        if (!added.isEmpty()) {
            LOG.info(() -> "Settlement " + id + " adjusted with " + added.size() + " lines by "
                    + currentUser.username());
        }
        return added;
    }

    /** The sum of the adjustment lines per settlement, for the settlements the person sees (one query). */
    public Map<Long, java.math.BigDecimal> adjustmentAmounts(List<Settlement> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.math.BigDecimal> sums = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select r.settlementId, sum(r.amount) from SettlementRow r"
                        + " where r.adjustment = :yes and r.settlementId in :ids group by r.settlementId", Object[].class)
                .setParameter("yes", true).setParameter("ids", of.stream().map(Settlement::id).toList())
                .getResultList()) {
            sums.put((Long) r[0], (java.math.BigDecimal) r[1]);
        }
        return sums;
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
        List<Settlement> found = q.setMaxResults(500).getResultList();
        // As for one settlement: a run whose job failed shows as FAILED, so that a client polling the month's list
        // stops waiting for it (and may start it again).
        Map<Long, JobFacts> jobs = new java.util.HashMap<>();
        for (Settlement s : found) {
            if (jobGone(s, jobs)) {
                s.failed();
            }
        }
        return found;
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
