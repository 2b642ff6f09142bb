package se.hemtjanst.plan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.plan.domain.Plans;

/**
 * Plans in JPA. The follow-up list is one query over the orders in force with their plan (left join on the
 * order id) and the order's newest version number; no content document is read for it.
 */
@ApplicationScoped
public class JpaPlans implements Plans {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Optional<ImplementationPlan> ofOrder(long orderId) {
        return em.createQuery("select p from ImplementationPlan p where p.orderId = :order", ImplementationPlan.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    @Override
    public Optional<ImplementationPlan> ofOrderForChange(long orderId) {
        // No ORDER BY here: Derby cannot lock rows of an ordered result.
        return em.createQuery("select p from ImplementationPlan p where p.orderId = :order", ImplementationPlan.class)
                .setParameter("order", orderId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public ImplementationPlan add(ImplementationPlan plan) {
        em.persist(plan);
        return plan;
    }

    @Override
    public PlanRevision add(PlanRevision revision) {
        em.persist(revision);
        return revision;
    }

    @Override
    public List<Long> ordersInForce(long clientId, Long providerId) {
        TypedQuery<Long> q = em.createQuery("select o.id from FrameOrder o where o.client.id = :client"
                + (providerId == null ? "" : " and o.provider.id = :provider")
                + " and o.status in :active order by o.createdAt desc, o.id desc", Long.class)
                .setParameter("client", clientId)
                .setParameter("active", List.of(OrderStatus.SENT, OrderStatus.ACKNOWLEDGED));
        if (providerId != null) {
            q.setParameter("provider", providerId);
        }
        return q.getResultList();
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw changedByOther();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two people starting the same order's plan at once: the unique order_id (or the database's deadlock
            // detection) lets one of them win.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                        || t instanceof java.sql.SQLTransactionRollbackException
                        || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40")))) {
                    throw changedByOther();
                }
            }
            throw e;
        }
    }

    private static se.hemtjanst.shared.domain.ConflictException changedByOther() {
        return new se.hemtjanst.shared.domain.ConflictException("plan.changedByOther", null,
                "The plan was changed or started by someone else meanwhile; reload it and apply your change again");
    }

    @Override
    public List<PlanRevision> revisions(long planId) {
        return em.createQuery("select r from PlanRevision r where r.plan.id = :plan order by r.id desc",
                PlanRevision.class).setParameter("plan", planId).getResultList();
    }

    @Override
    public List<PlanRow> ofOrdersInForce(Long providerId, Long districtId, int max) {
        String scope = providerId != null ? "o.provider.id = :unit" : "c.district.id = :unit";
        TypedQuery<Object[]> q = em.createQuery("select o.id, c.id, c.firstName, c.lastName, pr.name,"
                + " o.validity.validFrom, (select max(v.versionNo) from OrderVersion v where v.order = o),"
                + " p.id, p.orderVersionNo, p.signedOn, p.revisedAt"
                + " from FrameOrder o join o.client c join o.provider pr"
                + " left join ImplementationPlan p on p.orderId = o.id"
                + " where " + scope + " and o.status in :active"
                + " order by o.validity.validFrom, o.id", Object[].class);
        q.setParameter("unit", providerId != null ? providerId : districtId);
        q.setParameter("active", List.of(OrderStatus.SENT, OrderStatus.ACKNOWLEDGED));
        return q.setMaxResults(max).getResultList().stream().map(r -> new PlanRow(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), r[2] + " " + r[3], (String) r[4],
                (LocalDate) r[5], r[6] == null ? 0 : ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).longValue(), r[8] == null ? null : ((Number) r[8]).intValue(),
                (LocalDate) r[9], (Instant) r[10])).toList();
    }

    @Override
    public PlanCounts countsOfOrdersInForce(Long providerId, Long districtId) {
        // Counted in the database rather than listed: the list's query reads every order in force of the unit with
        // a max-version subquery each (a heap scan of all orders on Derby; docs/benchmarks.md, "Derby query plans").
        String scope = providerId != null ? "o.provider.id = :unit" : "c.district.id = :unit";
        Long unit = providerId != null ? providerId : districtId;
        List<OrderStatus> active = List.of(OrderStatus.SENT, OrderStatus.ACKNOWLEDGED);
        java.util.Map<LocalDate, Long> unsigned = new java.util.TreeMap<>();
        for (Object[] r : em.createQuery("select o.validity.validFrom, count(o) from FrameOrder o join o.client c"
                        + " left join ImplementationPlan p on p.orderId = o.id"
                        + " where " + scope + " and o.status in :active and p.signedOn is null"
                        + " group by o.validity.validFrom", Object[].class)
                .setParameter("unit", unit).setParameter("active", active).getResultList()) {
            unsigned.put((LocalDate) r[0], ((Number) r[1]).longValue());
        }
        // The list's own condition (the plan's order version below the order's newest), counted in the database.
        long review = em.createQuery("select count(o) from FrameOrder o join o.client c, ImplementationPlan p"
                        + " where p.orderId = o.id and " + scope + " and o.status in :active and p.orderVersionNo"
                        + " < (select max(v.versionNo) from OrderVersion v where v.order = o)", Long.class)
                .setParameter("unit", unit).setParameter("active", active).getSingleResult();
        return new PlanCounts(unsigned, review);
    }
}
