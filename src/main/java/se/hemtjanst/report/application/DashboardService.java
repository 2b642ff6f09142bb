package se.hemtjanst.report.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.messaging.application.MessageService;
import se.hemtjanst.order.domain.OrderStatus;

/**
 * Read-only figures for the role dashboards, as a few aggregate queries (never a query per row). Each figure is
 * computed only for the roles it concerns and within the person's own unit.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class DashboardService {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ClientService clients;

    @Inject
    MessageService messages;

    public DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock);
        // Grouped rather than CASE WHEN on the boolean: EclipseLink prints booleans as 1/0 where it cannot bind,
        // which Derby rejects (see docs/architecture.md, "Persistence").
        long inFrame = 0;
        long outsideFrame = 0;
        for (Object[] row : em.createQuery("""
                        select s.inFrame, count(s) from ServiceType s
                        where s.validity.validFrom <= :today
                          and (s.validity.validTo is null or s.validity.validTo >= :today)
                        group by s.inFrame""", Object[].class)
                .setParameter("today", today)
                .getResultList()) {
            if (Boolean.TRUE.equals(row[0])) {
                inFrame = number(row[1]);
            } else {
                outsideFrame = number(row[1]);
            }
        }
        Account me = currentUser.account().orElseThrow();
        Long accounts = me.has(Role.ADMIN)
                ? em.createQuery("select count(a) from Account a", Long.class).getSingleResult() : null;
        Long awaiting = null;
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            awaiting = countSent("o.client.district.id = :unit", me.district().id());
        } else if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            awaiting = countSent("o.provider.id = :unit", me.provider().id());
        }
        Long unread = messages.hasMailbox() ? messages.unreadCount() : null;
        Long deviations = null;
        if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            deviations = em.createQuery("select count(distinct v.id) from Visit v join v.deviations d"
                            + " where v.provider.id = :provider and v.locked = :no and d.resolved = :no", Long.class)
                    .setParameter("provider", me.provider().id()).setParameter("no", false).getSingleResult();
        }
        // 110 % cases waiting for this person's side, still within their deadline.
        Long excess = null;
        if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            excess = em.createQuery("select count(c) from ExcessCaseRow c where c.providerId = :p"
                            + " and c.status = :detected and c.explainBy >= :today", Long.class)
                    .setParameter("p", me.provider().id())
                    .setParameter("detected", se.hemtjanst.billing.domain.ExcessStatus.DETECTED)
                    .setParameter("today", today).getSingleResult();
        } else if (me.has(Role.ASSESSOR) && me.district() != null) {
            excess = em.createQuery("select count(c) from ExcessCaseRow c where c.status = :explained"
                            + " and c.decideBy >= :today and c.clientId in (select cl.id from Client cl"
                            + " where cl.district.id = :d)", Long.class)
                    .setParameter("explained", se.hemtjanst.billing.domain.ExcessStatus.EXPLAINED)
                    .setParameter("today", today).setParameter("d", me.district().id()).getSingleResult();
        }
        return new DashboardFigures(inFrame, outsideFrame, clients.countInReach(), accounts,
                currentUser.getUnitName(), awaiting, unread, deviations, excess);
    }

    /** Orders sent and not yet acknowledged by the provider (new or changed). */
    private long countSent(String unitCondition, long unit) {
        return em.createQuery("select count(o) from FrameOrder o where " + unitCondition + " and o.status = :sent",
                        Long.class)
                .setParameter("unit", unit).setParameter("sent", OrderStatus.SENT).getSingleResult();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
