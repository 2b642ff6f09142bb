package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.billing.domain.ExcessCase;
import se.hemtjanst.billing.infrastructure.ExcessCaseRow;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * The 110 % workflow: the provider explains time over the limit by the explanation deadline (or it is not paid);
 * the assessor of the client's district approves or rejects by the decision deadline (or it is paid). Every step
 * is in the access log with who and when; the deadline outcomes are recorded by the nightly timer.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class ExcessService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    ExcessDeadlineTimer deadlines;

    /** The cases the person handles: the provider's own, or the district's clients' (assessor); newest first. */
    public List<ExcessCaseRow> cases() {
        Account me = currentUser.account().orElseThrow();
        List<ExcessCaseRow> rows;
        if (me.has(Role.ADMIN)) {
            rows = em.createQuery("select c from ExcessCaseRow c order by c.billedMonth desc, c.id", ExcessCaseRow.class)
                    .setMaxResults(1000).getResultList();
        } else if (me.has(Role.ASSESSOR) && me.district() != null) {
            rows = em.createQuery("select c from ExcessCaseRow c where c.clientId in (select cl.id from Client cl"
                            + " where cl.district.id = :d) order by c.billedMonth desc, c.id", ExcessCaseRow.class)
                    .setParameter("d", me.district().id()).setMaxResults(1000).getResultList();
        } else if (me.provider() != null) {
            rows = em.createQuery("select c from ExcessCaseRow c where c.providerId = :p"
                    + " order by c.billedMonth desc, c.id", ExcessCaseRow.class)
                    .setParameter("p", me.provider().id()).setMaxResults(1000).getResultList();
        } else {
            rows = List.of();
        }
        accessLog.recordListed(rows.stream().map(ExcessCaseRow::clientId).distinct().toList(), "110 % cases");
        return rows;
    }

    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public ExcessCaseRow explain(long caseId, String explanation) {
        ExcessCaseRow row = find(caseId);
        Account me = currentUser.account().orElseThrow();
        if (me.provider() == null || me.provider().id() != row.providerId()) {
            accessLog.recordDenied(row.clientId(), "explain another provider's 110 % case");
            throw new AccessDeniedException("billing.otherProvider", "Case " + caseId + " is another provider's");
        }
        ExcessCase next = row.toCase().explain(explanation, LocalDate.now(clock));
        row.apply(next, me.username());
        accessLog.record(row.clientId(), AccessAction.CHANGE, "110 % explained");
        return row;
    }

    @RolesAllowed(Role.ASSESSOR_NAME)
    public ExcessCaseRow decide(long caseId, Boolean approve, String note) {
        ExcessCaseRow row = find(caseId);
        Client client = clients.inReach(row.clientId());
        if (approve == null) {
            throw new InvalidInputException("billing.excess.approve.required", "approve", "approve is true or false");
        }
        ExcessCase current = row.toCase();
        ExcessCase next = approve ? current.approve(note, LocalDate.now(clock))
                : current.reject(note, LocalDate.now(clock));
        row.apply(next, currentUser.username());
        accessLog.record(client.id(), AccessAction.CHANGE, "110 % " + (approve ? "approved" : "rejected"));
        return row;
    }

    /** Records the outcomes of passed deadlines now instead of waiting for the night (support, tests). */
    @RolesAllowed(Role.ADMIN_NAME)
    public int advanceDeadlines() {
        return deadlines.advance(LocalDate.now(clock));
    }

    private ExcessCaseRow find(long id) {
        ExcessCaseRow row = em.find(ExcessCaseRow.class, id);
        if (row == null) {
            throw new NotFoundException("billing.excess.notFound", "No 110 % case with id " + id, id);
        }
        return row;
    }
}
