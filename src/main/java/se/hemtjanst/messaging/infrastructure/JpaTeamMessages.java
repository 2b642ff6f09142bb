package se.hemtjanst.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.messaging.domain.Mailbox;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.messaging.domain.TeamMessages;
import se.hemtjanst.shared.domain.Page;

/** Team messages in JPA; the mailbox is part of every query (index ix_team_message_to). */
@ApplicationScoped
public class JpaTeamMessages implements TeamMessages {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public TeamMessage add(TeamMessage message) {
        em.persist(message);
        return message;
    }

    @Override
    public Optional<TeamMessage> find(long id) {
        return Optional.ofNullable(em.find(TeamMessage.class, id));
    }

    @Override
    public Page<TeamMessage> to(Mailbox mailbox, boolean unreadOnly, int first, int size) {
        String where = " where m.toKind = :kind and m.toUnitId = :unit" + (unreadOnly ? " and m.readAt is null" : "");
        TypedQuery<Long> count = em.createQuery("select count(m) from TeamMessage m" + where, Long.class);
        TypedQuery<TeamMessage> rows = em.createQuery("select m from TeamMessage m join fetch m.client" + where
                + " order by m.sentAt desc, m.id desc", TeamMessage.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("kind", mailbox.kind()).setParameter("unit", mailbox.unitId());
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    @Override
    public long unreadCount(Mailbox mailbox) {
        return em.createQuery("select count(m) from TeamMessage m where m.toKind = :kind and m.toUnitId = :unit"
                        + " and m.readAt is null", Long.class)
                .setParameter("kind", mailbox.kind()).setParameter("unit", mailbox.unitId()).getSingleResult();
    }

    @Override
    public List<TeamMessage> ofClient(long clientId, Mailbox mailbox) {
        return em.createQuery("select m from TeamMessage m left join fetch m.order where m.client.id = :client"
                        + " and ((m.toKind = :kind and m.toUnitId = :unit) or (m.fromKind = :kind and m.fromUnitId = :unit))"
                        + " order by m.sentAt, m.id", TeamMessage.class)
                .setParameter("client", clientId).setParameter("kind", mailbox.kind())
                .setParameter("unit", mailbox.unitId()).setMaxResults(500).getResultList();
    }
}
