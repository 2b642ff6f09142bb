package se.hemtjanst.visit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.TagDecline;
import se.hemtjanst.visit.domain.TagStatus;
import se.hemtjanst.visit.domain.Tags;

/** Tags in JPA. */
@ApplicationScoped
public class JpaTags implements Tags {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Tag add(Tag tag) {
        em.persist(tag);
        return tag;
    }

    @Override
    public Optional<Tag> find(long id) {
        return Optional.ofNullable(em.find(Tag.class, id));
    }

    @Override
    public Optional<Tag> activeByUid(String uid) {
        return em.createQuery("select t from Tag t join fetch t.client where t.uid = :uid and t.status = :active",
                        Tag.class)
                .setParameter("uid", uid).setParameter("active", TagStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Tag> activeByUids(java.util.Collection<String> uids) {
        if (uids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Tag t join fetch t.client where t.uid in :uids and t.status = :active",
                        Tag.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("uids", se.hemtjanst.shared.infrastructure.InLists.padded(uids))
                .setParameter("active", TagStatus.ACTIVE).getResultList();
    }

    @Override
    public List<Tag> ofClient(long clientId) {
        return em.createQuery("select t from Tag t where t.client.id = :client order by t.registeredAt desc", Tag.class)
                .setParameter("client", clientId).getResultList();
    }

    @Override
    public Optional<TagDecline> decline(long clientId) {
        return Optional.ofNullable(em.find(TagDecline.class, clientId));
    }

    @Override
    public void addDecline(TagDecline decline) {
        em.persist(decline);
    }

    @Override
    public void removeDecline(long clientId) {
        decline(clientId).ifPresent(em::remove);
    }

    @Override
    public NavigableMap<Integer, Instant> countersSeen(long tagId, int around) {
        NavigableMap<Integer, Instant> seen = new TreeMap<>();
        for (Object[] row : em.createQuery("select s.sunCounter, s.deviceTime from Scan s where s.tag.id = :tag"
                        + " and s.sunCounter between :low and :high", Object[].class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("tag", tagId).setParameter("low", around - 1000).setParameter("high", around + 1000)
                .getResultList()) {
            seen.put((Integer) row[0], (Instant) row[1]);
        }
        return seen;
    }
}
