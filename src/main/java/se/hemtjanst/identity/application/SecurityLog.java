package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.SecurityEvent;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * The security log: every failed login, refused request and lockout, and the ADMIN's TOTP resets, in the table
 * {@code security_event} and in the server log as a WARNING (never SEVERE: a guessed password is not a server
 * error). Written in a transaction of its own, since the refused request usually rolls back; a log row that cannot
 * be written never turns a refusal into a 500.
 */
@Stateless
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());
    private static final Set<Kind> QUIET = EnumSet.of(Kind.DEVICE_SESSION_STARTED, Kind.DEVICE_SESSION_ENDED,
            Kind.TOTP_ENROLLED, Kind.ACCOUNT_CREATED, Kind.PERMISSION_REQUESTED, Kind.PERMISSION_WITHDRAWN);

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Kind kind, String username, String actor, String sourceIp, String detail) {
        String who = sanitize(username);
        if (QUIET.contains(kind)) {
            LOG.info(() -> "Security: " + kind + " user='" + who + "' ip=" + sanitize(sourceIp) + " " + detail);
        } else {
            LOG.warning(() -> "Security: " + kind + " user='" + who + "' by='" + sanitize(actor) + "' ip="
                    + sanitize(sourceIp) + " " + detail);
        }
        em.persist(new SecurityEvent(clock.instant(), kind, who, actor, sourceIp, detail));
    }

    /** Newest first, for the ADMIN's review; by username or everything recent. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SecurityEvent> search(String username, int size) {
        if (size < 1 || size > 500) {
            throw new InvalidInputException("paging.size.range", "size", "size must be between 1 and 500", 1, 500);
        }
        boolean byUser = username != null && !username.isBlank();
        var q = em.createQuery("select e from SecurityEvent e" + (byUser ? " where e.username = :u" : "")
                + " order by e.occurredAt desc, e.id desc", SecurityEvent.class);
        if (byUser) {
            q.setParameter("u", username.strip());
        }
        return q.setMaxResults(size).getResultList();
    }

    static String sanitize(String s) {
        if (s == null) {
            return null;
        }
        String cut = s.length() > 60 ? s.substring(0, 60) : s;
        return cut.replaceAll("[^\\p{Alnum}._@:-]", "?");
    }
}
