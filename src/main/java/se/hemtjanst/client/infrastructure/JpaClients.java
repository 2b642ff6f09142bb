package se.hemtjanst.client.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.client.domain.ClientScope;
import se.hemtjanst.client.domain.Clients;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/**
 * Clients in JPA. The scope is part of every query (one count and one page query), so a list can never show a
 * client outside the person's reach. The provider scope reads the frame orders' heads (read side only).
 */
@ApplicationScoped
public class JpaClients implements Clients {

    private static final String ACTIVE_ORDER_OF_PROVIDER = "exists (select o from FrameOrder o where o.client = c"
            + " and o.provider.id = :unit and o.status in (se.hemtjanst.order.domain.OrderStatus.SENT,"
            + " se.hemtjanst.order.domain.OrderStatus.ACKNOWLEDGED))";

    private static final List<OrderStatus> ACTIVE_ORDER_STATUSES = List.of(OrderStatus.SENT, OrderStatus.ACKNOWLEDGED);

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Page<Client> search(ClientScope scope, String text, int first, int size) {
        if (scope.kind() == ClientScope.Kind.NONE) {
            return new Page<>(List.of(), 0);
        }
        String where = " where " + scopeCondition(scope);
        // LIKE wildcards typed by a user are not search text; a number may be typed with or without its dash.
        String cleaned = text == null ? "" : text.replace("%", "").replace("_", "").strip();
        String digits = cleaned.replace("-", "").replace(" ", "");
        if (!cleaned.isEmpty()) {
            where += " and (lower(concat(concat(c.firstName, ' '), c.lastName)) like :text"
                    + " or lower(c.lastName) like :text or c.personalIdentityNumberDigits like :digits)";
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Client c" + where, Long.class);
        TypedQuery<Client> rows = em.createQuery("select c from Client c join fetch c.district" + where
                + " order by c.lastName, c.firstName, c.id", Client.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            if (scope.unitId() != null) {
                q.setParameter("unit", scope.unitId());
            }
            if (!cleaned.isEmpty()) {
                q.setParameter("text", "%" + cleaned.toLowerCase(Locale.ROOT) + "%");
                q.setParameter("digits", "%" + digits + "%");
            }
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    @Override
    public Optional<Client> find(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    @Override
    public boolean inScope(ClientScope scope, long clientId) {
        if (scope.kind() == ClientScope.Kind.NONE) {
            return false;
        }
        if (scope.kind() == ClientScope.Kind.PROVIDER) {
            // Every scan asks this. The same rule as the list's EXISTS, without the subquery: EclipseLink writes a
            // query with a subquery with its parameters as literals on Derby, which Derby then compiles anew for
            // each client and provider (a fifth of a scan's time at Stockholm scale).
            return em.createQuery("select count(o) from FrameOrder o where o.client.id = :id"
                            + " and o.provider.id = :unit and o.status in :active", Long.class)
                    .setParameter("id", clientId).setParameter("unit", scope.unitId())
                    .setParameter("active", ACTIVE_ORDER_STATUSES).getSingleResult() > 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(c) from Client c where c.id = :id and "
                + scopeCondition(scope), Long.class).setParameter("id", clientId);
        if (scope.unitId() != null) {
            q.setParameter("unit", scope.unitId());
        }
        return q.getSingleResult() > 0;
    }

    @Override
    public Client add(Client client) {
        em.persist(client);
        return client;
    }

    @Override
    public boolean existsWithNumber(PersonalIdentityNumber number) {
        return em.createQuery("select count(c) from Client c where c.personalIdentityNumber = :pin", Long.class)
                .setParameter("pin", number).getSingleResult() > 0;
    }

    @Override
    public Optional<District> district(long districtId) {
        return Optional.ofNullable(em.find(District.class, districtId));
    }

    private static String scopeCondition(ClientScope scope) {
        return switch (scope.kind()) {
            case ALL -> "1 = 1";
            case DISTRICT -> "c.district.id = :unit";
            case PROVIDER -> ACTIVE_ORDER_OF_PROVIDER;
            case NONE -> "1 = 0";
        };
    }

    @Override
    public java.util.Map<Long, java.util.Set<Long>> providersServing(java.util.Collection<Long> clientIds) {
        java.util.Map<Long, java.util.Set<Long>> serving = new java.util.HashMap<>();
        if (clientIds.isEmpty()) {
            return serving;
        }
        for (Object[] r : em.createQuery("select o.client.id, o.provider.id from FrameOrder o"
                        + " where o.client.id in :ids and o.status in :active", Object[].class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("ids", se.hemtjanst.shared.infrastructure.InLists.padded(clientIds))
                .setParameter("active", ACTIVE_ORDER_STATUSES).getResultList()) {
            serving.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]);
        }
        return serving;
    }
}
