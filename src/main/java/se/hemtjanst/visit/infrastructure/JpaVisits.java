package se.hemtjanst.visit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.infrastructure.InLists;
import se.hemtjanst.visit.domain.Scan;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitCorrection;
import se.hemtjanst.visit.domain.VisitStatus;
import se.hemtjanst.visit.domain.Visits;

/** Visits, scans and corrections in JPA; every list is one query on an indexed column. */
@ApplicationScoped
public class JpaVisits implements Visits {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Visit add(Visit visit) {
        em.persist(visit);
        return visit;
    }

    @Override
    public Optional<Visit> find(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    @Override
    public Optional<Scan> scan(String scanId) {
        return em.createQuery("select s from Scan s where s.scanId = :id", Scan.class).setParameter("id", scanId)
                .getResultStream().findFirst();
    }

    @Override
    public Scan addScan(Scan scan) {
        em.persist(scan);
        return scan;
    }

    @Override
    public void flushAndAssignIds() {
        em.flush();
    }

    @Override
    public void addCorrection(VisitCorrection correction) {
        em.persist(correction);
    }

    @Override
    public List<VisitCorrection> corrections(long visitId) {
        return em.createQuery("select c from VisitCorrection c where c.visitId = :visit order by c.changedAt, c.id",
                VisitCorrection.class).setParameter("visit", visitId).getResultList();
    }

    @Override
    public List<Visit> openOf(Collection<String> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Visit v where v.staff in :staff and v.status = :open", Visit.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("staff", InLists.padded(staff)).setParameter("open", VisitStatus.OPEN).getResultList();
    }

    // Each a short range of an index, (staff, arrival_at) or (staff, departure_at): one OR of both columns made Derby
    // test every visit the staff member ever had.
    @Override
    public List<Visit> arrivedBetween(String staff, long clientId, Instant from, Instant to) {
        return between("v.arrivalAt", staff, clientId, from, to);
    }

    @Override
    public List<Visit> departedBetween(String staff, long clientId, Instant from, Instant to) {
        return between("v.departureAt", staff, clientId, from, to);
    }

    private List<Visit> between(String column, String staff, long clientId, Instant from, Instant to) {
        return em.createQuery("select v from Visit v where v.staff = :staff and " + column + " between :from and :to"
                        + " and v.client.id = :client", Visit.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("staff", staff).setParameter("client", clientId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Visit> overlapping(String staff, Instant from, Instant to, long exceptVisitId) {
        // Visits that departed after this one arrived: a short range of (staff, departure_at). arrival_at < :to alone
        // would be every earlier visit of the staff member, and Derby takes that index for two open ranges; a closed
        // range on departure_at (an overlapping visit ends within a day of this one's end: none lasts longer) is the
        // one it picks.
        return em.createQuery("select v from Visit v where v.staff = :staff and v.departureAt > :from"
                        + " and v.departureAt < :latest and v.arrivalAt < :to and v.id <> :except", Visit.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("staff", staff).setParameter("except", exceptVisitId)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("latest", to.plus(java.time.Duration.ofHours(25))).getResultList();
    }

    @Override
    public List<Scan> scans(Collection<String> scanIds) {
        if (scanIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Scan s where s.scanId in :ids", Scan.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("ids", InLists.padded(scanIds)).getResultList();
    }

    @Override
    public Provider provider(long providerId) {
        return em.getReference(Provider.class, providerId);
    }

    @Override
    public List<Visit> ofProviderOn(long providerId, LocalDate day) {
        return em.createQuery("select v from Visit v join fetch v.client where v.provider.id = :provider"
                        + " and v.visitDay = :day order by v.arrivalAt, v.id", Visit.class)
                .setParameter("provider", providerId).setParameter("day", day).getResultList();
    }

    @Override
    public List<Visit> withOpenDeviations(long providerId, int max) {
        // First the ids (a join: the provider's visits still open for correction, index ix_visit_provider_open,
        // each joined to its unresolved deviations by the deviation table's primary key), then those visits with
        // their clients. One statement with a subquery let Derby read every unresolved deviation of every provider
        // (IN) or probe badly per visit (correlated IN: seconds at Stockholm scale).
        List<Long> ids = new ArrayList<>();
        for (Object[] r : em.createQuery("select distinct v.id, v.correctBy from Visit v join v.deviations d"
                        + " where v.provider.id = :provider and v.locked = :no and d.resolved = :no"
                        + " order by v.correctBy, v.id", Object[].class)
                .setParameter("provider", providerId).setParameter("no", false).setMaxResults(max).getResultList()) {
            ids.add((Long) r[0]);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Visit> byId = new HashMap<>();
        for (Visit v : em.createQuery("select v from Visit v join fetch v.client where v.id in :ids", Visit.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(v.id(), v);
        }
        List<Visit> result = new ArrayList<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                result.add(byId.get(id));
            }
        });
        return result;
    }

    @Override
    public List<Visit> dueForLock(LocalDate today, int max) {
        return em.createQuery("select v from Visit v where v.locked = :no and v.correctBy < :today", Visit.class)
                .setParameter("no", false).setParameter("today", today).setMaxResults(max).getResultList();
    }
}
