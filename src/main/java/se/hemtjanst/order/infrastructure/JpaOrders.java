package se.hemtjanst.order.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.Orders;
import se.hemtjanst.organization.domain.Provider;

/** Frame orders in JPA: one query per list, client and provider fetched with it. */
@ApplicationScoped
public class JpaOrders implements Orders {

    private static final String SELECT = "select o from FrameOrder o join fetch o.client c join fetch c.district"
            + " join fetch o.provider where ";

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Optional<FrameOrder> find(long id) {
        return Optional.ofNullable(em.find(FrameOrder.class, id));
    }

    @Override
    public FrameOrder add(FrameOrder order) {
        em.persist(order);
        return order;
    }

    @Override
    public Optional<Provider> provider(long providerId) {
        return Optional.ofNullable(em.find(Provider.class, providerId));
    }

    @Override
    public List<Provider> providers() {
        return em.createQuery("select p from Provider p order by p.name", Provider.class).getResultList();
    }

    @Override
    public List<FrameOrder> ofDistrict(long districtId, OrderStatus status, int max) {
        return list("c.district.id = :unit", districtId, status, max);
    }

    @Override
    public List<FrameOrder> ofProvider(long providerId, OrderStatus status, int max) {
        return list("o.provider.id = :unit and o.status in (se.hemtjanst.order.domain.OrderStatus.SENT,"
                        + " se.hemtjanst.order.domain.OrderStatus.ACKNOWLEDGED)",
                providerId, status, max);
    }

    @Override
    public List<FrameOrder> all(OrderStatus status, int max) {
        return list("1 = 1", null, status, max);
    }

    @Override
    public List<FrameOrder> ofClient(long clientId) {
        return list("c.id = :unit", clientId, null, 1000);
    }

    private List<FrameOrder> list(String scope, Long unit, OrderStatus status, int max) {
        TypedQuery<FrameOrder> q = em.createQuery(SELECT + scope + (status == null ? "" : " and o.status = :status")
                + " order by o.createdAt desc, o.id desc", FrameOrder.class);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        // The lists show each order's current version: fetch versions and their lines in batches, not per row.
        q.setHint("eclipselink.batch.type", "IN");
        q.setHint("eclipselink.batch", "o.versions");
        q.setHint("eclipselink.batch", "o.versions.services");
        q.setHint("eclipselink.batch", "o.versions.goals");
        return q.setMaxResults(max).getResultList();
    }
}
