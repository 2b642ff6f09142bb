package se.hemtjanst.visit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.visit.domain.CorrectionWindow;
import se.hemtjanst.visit.domain.ManualReason;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitCorrection;
import se.hemtjanst.visit.domain.VisitRules;
import se.hemtjanst.visit.domain.Visits;

/**
 * The provider's side of visits: today's visits, the deviation list with the days left, manual registration and
 * its approval, and corrections within the window (each kept with the original, who and why). After the window a
 * visit is locked for billing; only system administration unlocks it, audited.
 */
@Stateless
@RolesAllowed({Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class VisitService {

    public static final int MAX_LIST = 1000;

    @Inject
    Visits visits;

    @Inject
    ClientService clients;

    @Inject
    CatalogService catalog;

    @Inject
    Accounts accounts;

    @Inject
    VisitRulesReader rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The provider's visits of a day (live on the provider's screen). */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public List<Visit> ofDay(LocalDate day) {
        List<Visit> result = visits.ofProviderOn(myProvider(), day);
        accessLog.recordListed(result.stream().map(v -> v.client().id()).distinct().toList(), "visits " + day);
        return result;
    }

    /** Visits with unresolved deviations, the nearest deadline first. */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public List<Visit> deviations() {
        List<Visit> result = visits.withOpenDeviations(myProvider(), MAX_LIST);
        accessLog.recordListed(result.stream().map(v -> v.client().id()).distinct().toList(), "deviations");
        return result;
    }

    public Visit get(long visitId) {
        Visit visit = ownVisit(visitId);
        accessLog.record(visit.client().id(), AccessAction.READ, "visit " + visitId);
        return visit;
    }

    public List<VisitCorrection> history(long visitId) {
        ownVisit(visitId);
        return visits.corrections(visitId);
    }

    /** Outside the home, no tag, a declined tag or a failed phone: registered by hand, shown as manual. */
    public Visit registerManually(ManualVisitDraft draft) {
        if (draft == null || draft.clientId == null) {
            throw new InvalidInputException("visit.client.required", "clientId", "clientId is required");
        }
        Account me = currentUser.account().orElseThrow();
        long provider = myProvider();
        String staff = me.username();
        if (me.has(Role.PROVIDER_MANAGER) && draft.staff != null && !draft.staff.isBlank()) {
            Account other = accounts.byUsername(draft.staff.strip()).orElseThrow(() -> new InvalidInputException(
                    "visit.staff.unknown", "staff", "No staff member " + draft.staff));
            if (other.provider() == null || other.provider().id() != provider || !other.has(Role.STAFF)) {
                throw new InvalidInputException("visit.staff.unknown", "staff",
                        draft.staff + " is not a staff member of your provider");
            }
            staff = other.username();
        }
        Client client = clients.inReach(draft.clientId);
        String service = draft.serviceCode == null || draft.serviceCode.isBlank() ? ScanService.RAM_SERVICE
                : draft.serviceCode.strip().toUpperCase(Locale.ROOT);
        if (draft.arrival == null || draft.departure == null) {
            throw new InvalidInputException("visit.times.required", "arrival", "arrival and departure are required");
        }
        if (draft.note != null && draft.note.length() > 480) {
            throw new InvalidInputException("visit.manualNote.size", "note",
                    "note is at most 480 characters (it is also quoted in the visit's history)");
        }
        LocalDate day = draft.arrival.atZoneSameInstant(Visit.ZONE).toLocalDate();
        catalog.validOn(service, day);
        Visit visit = visits.add(Visit.manual(client, me.provider(), staff, service, draft.arrival.toInstant(),
                draft.departure.toInstant(), reason(draft.reasonCode), draft.note, Boolean.TRUE.equals(draft.declined),
                rules.on(day)));
        visits.flushAndAssignIds();
        visits.addCorrection(new VisitCorrection(visit.id(), "MANUAL", null, visit.arrivalAt() + ".."
                + visit.departureAt(), visit.manualReason().name() + (visit.manualNote() == null ? ""
                : ": " + visit.manualNote()), me.username(), clock.instant()));
        accessLog.record(client.id(), AccessAction.CREATE, "manual visit " + visit.manualReason());
        return visit;
    }

    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public Visit approve(long visitId) {
        Visit visit = ownVisit(visitId);
        visit.approve(currentUser.username(), clock.instant());
        visits.addCorrection(new VisitCorrection(visitId, "APPROVED", null, null, "Manuell registrering godkänd",
                currentUser.username(), clock.instant()));
        accessLog.record(visit.client().id(), AccessAction.CHANGE, "manual visit approved");
        return visit;
    }

    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public Visit correct(long visitId, CorrectionDraft draft) {
        Visit visit = ownVisit(visitId);
        if (draft == null || draft.reason == null || draft.reason.strip().length() < 5) {
            throw new InvalidInputException("visit.correction.reason", "reason",
                    "A correction needs the reason (at least 5 characters)");
        }
        if (draft.arrival == null || draft.departure == null) {
            throw new InvalidInputException("visit.times.required", "arrival", "arrival and departure are required");
        }
        String service = draft.serviceCode == null || draft.serviceCode.isBlank() ? visit.serviceCode()
                : draft.serviceCode.strip().toUpperCase(Locale.ROOT);
        catalog.validOn(service, visit.visitDay());
        VisitRules visitRules = rules.on(visit.visitDay());
        List<String[]> changes = visit.correct(draft.arrival.toInstant(), draft.departure.toInstant(), service,
                draft.declined == null ? visit.declined() : draft.declined, LocalDate.now(clock), visitRules);
        for (String[] c : changes) {
            visits.addCorrection(new VisitCorrection(visitId, c[0], c[1], c[2], draft.reason.strip(),
                    currentUser.username(), clock.instant()));
        }
        accessLog.record(visit.client().id(), AccessAction.CHANGE, "visit corrected");
        return visit;
    }

    /** Audited: opens a locked visit for correction again for {@code days} more days. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Visit unlock(long visitId, String reason, int days) {
        Visit visit = visits.find(visitId).orElseThrow(() -> notFound(visitId));
        if (reason == null || reason.strip().length() < 10) {
            throw new InvalidInputException("visit.unlock.reason", "reason",
                    "Unlocking a visit needs the reason (at least 10 characters)");
        }
        if (days < 1 || days > 31) {
            throw new InvalidInputException("visit.unlock.days", "days", "days must be 1-31");
        }
        LocalDate until = CorrectionWindow.lastDay(LocalDate.now(clock), days);
        visit.unlock(until, LocalDate.now(clock));
        visits.addCorrection(new VisitCorrection(visitId, "UNLOCKED", "locked", "open until " + until,
                reason.strip(), currentUser.username(), clock.instant()));
        accessLog.record(visit.client().id(), AccessAction.CHANGE, "visit unlocked");
        return visit;
    }

    private Visit ownVisit(long visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> notFound(visitId));
        Account me = currentUser.account().orElseThrow();
        boolean mine = me.provider() != null && visit.provider().id().equals(me.provider().id())
                && (me.has(Role.PROVIDER_MANAGER) || visit.staff().equals(me.username()));
        if (!mine) {
            accessLog.recordDenied(visit.client().id(), "visit of another provider or staff member");
            throw new AccessDeniedException("visit.notYours", "Visit " + visitId + " is not your provider's", visitId);
        }
        return visit;
    }

    private long myProvider() {
        Account me = currentUser.account().orElseThrow();
        if (me.provider() == null) {
            throw new AccessDeniedException("scan.noProvider", "Your account belongs to no provider");
        }
        return me.provider().id();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("visit.notFound", "No visit with id " + id, id);
    }

    private static ManualReason reason(String code) {
        try {
            return code == null ? null : ManualReason.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("visit.manualReason.required", "reasonCode",
                    "reasonCode is OUTSIDE_HOME, TAG_DECLINED, NO_TAG, PHONE_FAILURE or OTHER");
        }
    }
}
