package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.AccessLogEntry;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.Page;

/**
 * Writes the access log in the caller's transaction (MANDATORY): if the log row cannot be written, the read or
 * change fails with it. Refusals are written in a transaction of their own, since the refused request rolls back.
 */
@Stateless
public class AccessLog {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Long clientId, AccessAction action, String detail) {
        em.persist(entry(clientId, action, detail));
    }

    /** One row per client shown in a list: a list of names and numbers is a read of each client's data. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordListed(Collection<Long> clientIds, String detail) {
        for (Long id : clientIds) {
            em.persist(entry(id, AccessAction.LIST, detail));
        }
    }

    /** A read or change made on someone's behalf in a batch: who, from which unit, through which channel. */
    public record Access(String username, String unitName, Long clientId, AccessAction action,
                         AccessLogEntry.Channel channel, String detail) {
    }

    /**
     * Rows for work done for several callers in one transaction (the scans of many phones, each authenticated on
     * its own request): each row names its own caller, not the thread's.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(List<Access> accesses) {
        java.time.Instant now = clock.instant();
        for (Access a : accesses) {
            em.persist(new AccessLogEntry(now, a.username(), a.unitName() == null ? "" : a.unitName(), a.clientId(),
                    a.action(), a.channel(), a.detail()));
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(Long clientId, String detail) {
        em.persist(entry(clientId, AccessAction.DENIED, detail));
    }

    /** For loggkontroll: the log of one client or one user, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<AccessLogEntry> search(Long clientId, String username, int first, int size) {
        if (clientId == null && (username == null || username.isBlank())) {
            throw new InvalidInputException("accessLog.filter.required", "clientId",
                    "Give clientId or username: the access log is searched per client or per user");
        }
        if (first < 0 || size < 1 || size > 500) {
            throw new InvalidInputException("paging.size.range", "size", "size must be between 1 and 500", 1, 500);
        }
        String user = username == null || username.isBlank() ? null : username.strip();
        // Built per filter: Derby cannot type a bare "? is null" parameter.
        String where = " where 1 = 1" + (clientId == null ? "" : " and e.clientId = :client")
                + (user == null ? "" : " and e.username = :user");
        TypedQuery<Long> count = em.createQuery("select count(e) from AccessLogEntry e" + where, Long.class);
        TypedQuery<AccessLogEntry> rows = em.createQuery(
                "select e from AccessLogEntry e" + where + " order by e.occurredAt desc, e.id desc", AccessLogEntry.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            if (clientId != null) {
                q.setParameter("client", clientId);
            }
            if (user != null) {
                q.setParameter("user", user);
            }
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    private AccessLogEntry entry(Long clientId, AccessAction action, String detail) {
        return new AccessLogEntry(clock.instant(), currentUser.username(), currentUser.getUnitName(), clientId, action,
                currentUser.channel(), detail);
    }
}
