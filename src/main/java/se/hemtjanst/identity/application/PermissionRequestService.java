package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.PermissionRequest;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * Permission requests and the end of an employment, for REST and the screens alike. Any signed-in person applies
 * for a role in a unit and withdraws their own pending request; a manager of the unit (see {@link PermissionRequest})
 * approves or rejects; ending an employment takes every role and ends every token and device session at once.
 * Every step goes to the security log.
 */
@Stateless
@PermitAll
public class PermissionRequestService {

    private static final Logger LOG = Logger.getLogger(PermissionRequestService.class.getName());

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    /** A request as both sides see it, and whether the caller may decide or withdraw it. */
    public record RequestView(long id, String requester, String requesterName, Role role, String unitKind,
                              long unitId, String unitName, String motivation, PermissionRequest.Status status,
                              String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt,
                              boolean mine, boolean decidable) {
        static RequestView of(PermissionRequest r, Account me) {
            boolean mine = r.isRequester(me);
            boolean pending = r.status() == PermissionRequest.Status.PENDING;
            return new RequestView(r.id(), r.requester().username(), r.requester().displayName(), r.role(),
                    r.provider() != null ? "PROVIDER" : "DISTRICT",
                    r.provider() != null ? r.provider().id() : r.district().id(), r.unitName(), r.motivation(),
                    r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(), r.createdAt(), mine,
                    pending && !mine && r.managedBy(me));
        }
    }

    /** A unit one can apply to: a district (for assessors) or a provider (for managers and staff). */
    public record Unit(String kind, long id, String name) {
    }

    public List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        em.createQuery("select d from District d order by d.name", District.class).getResultList()
                .forEach(d -> units.add(new Unit("DISTRICT", d.id(), d.name())));
        em.createQuery("select p from Provider p order by p.name", Provider.class).getResultList()
                .forEach(p -> units.add(new Unit("PROVIDER", p.id(), p.name())));
        return units;
    }

    public RequestView apply(Role role, Long unitId, String motivation, String address) {
        Account me = me();
        if (unitId == null) {
            throw new InvalidInputException("permission.unit.invalid", "unitId", "Give the unit (district or provider id)");
        }
        District district = role == Role.ASSESSOR ? em.find(District.class, unitId) : null;
        Provider provider = role != null && role != Role.ASSESSOR && role != Role.ADMIN
                ? em.find(Provider.class, unitId) : null;
        if (role != null && role != Role.ADMIN && district == null && provider == null) {
            throw new InvalidInputException("permission.unit.unknown", "unitId", "No such district or provider");
        }
        PermissionRequest request = new PermissionRequest(me, role, district, provider, motivation, clock.instant());
        boolean alreadyPending = em.createQuery("select count(r) from PermissionRequest r where r.requester = :me"
                        + " and r.role = :role and r.status = :pending"
                        + (district != null ? " and r.district = :unit" : " and r.provider = :unit"), Long.class)
                .setParameter("me", me).setParameter("role", role)
                .setParameter("pending", PermissionRequest.Status.PENDING)
                .setParameter("unit", district != null ? district : provider).getSingleResult() > 0;
        if (alreadyPending) {
            throw new ConflictException("permission.pending.duplicate", "role",
                    "You already have a pending request for this role in this unit");
        }
        em.persist(request);
        em.flush();
        securityLog.record(Kind.PERMISSION_REQUESTED, me.username(), me.username(), address,
                "request " + request.id() + ": " + role + " at " + request.unitName());
        return RequestView.of(request, me);
    }

    /** The caller's own requests and the pending ones the caller may decide, newest first. */
    public List<RequestView> visible() {
        Account me = me();
        List<PermissionRequest> found = new ArrayList<>(em.createQuery("select r from PermissionRequest r"
                + " where r.requester = :me order by r.createdAt desc, r.id desc", PermissionRequest.class)
                .setParameter("me", me).getResultList());
        if (me.has(Role.ADMIN) || me.has(Role.PROVIDER_MANAGER)) {
            var q = em.createQuery("select r from PermissionRequest r where r.status = :pending"
                    + " and r.requester <> :me" + (me.has(Role.ADMIN) ? "" : " and r.provider = :provider")
                    + " order by r.createdAt, r.id", PermissionRequest.class)
                    .setParameter("pending", PermissionRequest.Status.PENDING).setParameter("me", me);
            if (!me.has(Role.ADMIN)) {
                q.setParameter("provider", me.provider());
            }
            found.addAll(q.getResultList());
        }
        return found.stream().map(r -> RequestView.of(r, me)).toList();
    }

    public RequestView approve(long id, String note, String address) {
        return decide(id, true, note, address);
    }

    public RequestView reject(long id, String note, String address) {
        return decide(id, false, note, address);
    }

    private RequestView decide(long id, boolean approve, String note, String address) {
        Account me = me();
        PermissionRequest request = find(id);
        try {
            request.decide(me, approve, note, clock.instant());
        } catch (AccessDeniedException refused) {
            LOG.warning(() -> "Permission request " + id + " refused to '" + SecurityLog.sanitize(me.username())
                    + "': " + refused.getMessage());
            throw refused;
        }
        securityLog.record(approve ? Kind.PERMISSION_APPROVED : Kind.PERMISSION_REJECTED,
                request.requester().username(), me.username(), address,
                "request " + id + ": " + request.role() + " at " + request.unitName());
        return RequestView.of(request, me);
    }

    public RequestView withdraw(long id, String address) {
        Account me = me();
        PermissionRequest request = find(id);
        if (!request.isRequester(me)) {
            throw new AccessDeniedException("permission.withdraw.notOwn", "Only the requester withdraws a request");
        }
        request.withdraw(me.username(), clock.instant());
        securityLog.record(Kind.PERMISSION_WITHDRAWN, me.username(), me.username(), address, "request " + id);
        return RequestView.of(request, me);
    }

    /**
     * The employment ends (ADMIN, or a PROVIDER_MANAGER for people of their own provider, never themselves): every
     * role goes, the account is disabled, every API token and device session ends at once and pending requests
     * are withdrawn.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PROVIDER_MANAGER_NAME})
    public Account endEmployment(String username, String reason, String address) {
        Account me = me();
        Account account = accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new NotFoundException("account.notFound", "No account " + username));
        if (account.username().equals(me.username())) {
            throw new AccessDeniedException("employment.end.self", "Someone else ends your own employment");
        }
        boolean ownProvider = me.has(Role.PROVIDER_MANAGER) && me.provider() != null && account.provider() != null
                && me.provider().id().equals(account.provider().id()) && !account.has(Role.ADMIN);
        if (!me.has(Role.ADMIN) && !ownProvider) {
            throw new AccessDeniedException("employment.end.notManager",
                    "Only an administrator or a manager of the person's provider ends the employment");
        }
        // Checked after the access checks: someone else's people get 403/404, never a hint about the input.
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("employment.end.reason", "reason",
                    "Say why the employment ends (it is kept in the security log)");
        }
        Instant now = clock.instant();
        String roles = account.roles().toString();
        account.endEmployment();
        AccountAdministration.endAccess(accounts, account, now);
        em.createQuery("select r from PermissionRequest r where r.requester = :a and r.status = :pending",
                        PermissionRequest.class).setParameter("a", account)
                .setParameter("pending", PermissionRequest.Status.PENDING).getResultList()
                .forEach(r -> r.withdraw(me.username(), now));
        securityLog.record(Kind.EMPLOYMENT_ENDED, account.username(), me.username(), address,
                "roles " + roles + " removed, tokens and device sessions ended: " + reason.strip());
        return account;
    }

    private PermissionRequest find(long id) {
        PermissionRequest r = em.find(PermissionRequest.class, id);
        if (r == null) {
            throw new NotFoundException("permission.notFound", "No permission request " + id);
        }
        return r;
    }

    private Account me() {
        return accounts.byUsername(currentUser.username())
                .orElseThrow(() -> new AccessDeniedException("auth.required", "Sign in first"));
    }
}
