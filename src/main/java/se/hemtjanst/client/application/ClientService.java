package se.hemtjanst.client.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.client.domain.ClientEnded;
import se.hemtjanst.client.domain.ClientScope;
import se.hemtjanst.client.domain.Clients;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/**
 * Reading clients, limited to the person's reach (see {@link ClientScope}) and written to the access log in the
 * same transaction: a list logs every client it shows, a refusal is logged too.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class ClientService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    Clients clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    Event<ClientEnded> ended;

    public Page<Client> search(String text, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("paging.size.range", "size",
                    "size must be between 1 and " + MAX_PAGE_SIZE + " and first 0 or more", 1, MAX_PAGE_SIZE);
        }
        Page<Client> page = clients.search(scope(), text, first, size);
        accessLog.recordListed(page.rows().stream().map(Client::id).toList(),
                text == null || text.isBlank() ? "list" : "search");
        return page;
    }

    /** How many clients the person reaches; shows no client data, so nothing is logged. */
    public long countInReach() {
        return clients.search(scope(), null, 0, 1).total();
    }

    public Client get(long id) {
        Client client = reachable(id, "read outside reach");
        accessLog.record(id, AccessAction.READ, null);
        return client;
    }

    /**
     * The client, if within the person's reach; a refusal is logged. Logs nothing else: the caller records what it
     * does with the client (e.g. a scan creates a visit).
     */
    public Client inReach(long id) {
        return reachable(id, "outside reach");
    }

    /**
     * For a batch of scans from many phones: which providers serve each client (an active order). Reach is then
     * checked per scan against the scanning person's own provider, as {@link #inReach} does for one; the caller
     * logs what it does with each client, and each refusal.
     */
    @RolesAllowed(Role.STAFF_NAME)
    public java.util.Map<Long, java.util.Set<Long>> providersServing(java.util.Collection<Long> clientIds) {
        return clients.providersServing(clientIds);
    }

    /** A new client in the assessor's own district (system administration names the district). */
    @RolesAllowed({Role.ASSESSOR_NAME, Role.ADMIN_NAME})
    public Client create(@NotNull @Valid ClientDraft draft) {
        Account me = currentUser.account().orElseThrow();
        District district;
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            district = me.district();
        } else if (draft.districtId != null) {
            district = clients.district(draft.districtId).orElseThrow(() -> new InvalidInputException(
                    "client.district.unknown", "districtId", "No district with id " + draft.districtId));
        } else {
            throw new InvalidInputException("client.district.required", "districtId", "districtId is required");
        }
        if (draft.personalIdentityNumber == null || draft.personalIdentityNumber.isBlank()) {
            throw new InvalidInputException("client.pin.required", "personalIdentityNumber",
                    "personalIdentityNumber is required (ÅÅÅÅMMDD-NNNN)");
        }
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse(draft.personalIdentityNumber, LocalDate.now(clock));
        if (clients.existsWithNumber(pin)) {
            throw new ConflictException("client.pin.exists", "personalIdentityNumber",
                    "A client with this personal identity number already exists; search for it instead");
        }
        Client client = new Client(pin, draft.firstName, draft.lastName, district);
        apply(client, draft);
        clients.add(client);
        accessLog.record(client.id(), AccessAction.CREATE, "client");
        return client;
    }

    /** Changes name, address and contact details; the assessor of the client's district only. */
    @RolesAllowed({Role.ASSESSOR_NAME, Role.ADMIN_NAME})
    public Client update(long id, @NotNull @Valid ClientDraft draft) {
        Client client = reachable(id, "change outside reach");
        checkVersion(client, draft.expectedVersion);
        client.rename(draft.firstName, draft.lastName);
        apply(client, draft);
        accessLog.record(id, AccessAction.CHANGE, "client details");
        return client;
    }

    /** The life story is written with the client, often by the provider's contact person. */
    public Client writeLifeStory(long id, String lifeStory, Long expectedVersion) {
        Client client = reachable(id, "write life story outside reach");
        // Both required (after the access check, so outsiders still get 403): a body without lifeStory used to erase
        // the story, and one without expectedVersion overwrote a colleague's text written meanwhile.
        if (lifeStory == null) {
            throw new InvalidInputException("client.lifeStory.required", "lifeStory",
                    "lifeStory is required (\"\" to clear it)");
        }
        if (expectedVersion == null) {
            throw new InvalidInputException("client.expectedVersion.required", "expectedVersion",
                    "expectedVersion is required: the client's version from GET, so a change made meanwhile is not "
                            + "overwritten");
        }
        checkVersion(client, expectedVersion);
        client.writeLifeStory(lifeStory == null || lifeStory.isBlank() ? null : lifeStory.strip());
        accessLog.record(id, AccessAction.CHANGE, "life story");
        return client;
    }

    /**
     * The client is no longer served: orders end (which disconnects the provider) and tags are detached, in this
     * same transaction; the history stays readable.
     */
    @RolesAllowed({Role.ASSESSOR_NAME, Role.ADMIN_NAME})
    public Client end(long id, LocalDate endDate, String reason) {
        Client client = reachable(id, "end outside reach");
        client.end(endDate, reason, currentUser.username());
        ended.fire(new ClientEnded(id, endDate, reason.strip(), currentUser.username()));
        accessLog.record(id, AccessAction.END, "client ended: " + reason.strip());
        return client;
    }

    private void apply(Client client, ClientDraft draft) {
        client.moveTo(blankToNull(draft.street), blankToNull(draft.postalCode), blankToNull(draft.city));
        client.changeContact(draft.phone, draft.email, draft.nextOfKinName, draft.nextOfKinPhone);
        if (draft.lifeStory != null) {
            client.writeLifeStory(draft.lifeStory.isBlank() ? null : draft.lifeStory.strip());
        }
    }

    private static void checkVersion(Client client, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != client.version()) {
            throw new ConflictException("client.changedByOther", null, "Client " + client.id()
                    + " was changed by someone else (version " + client.version() + ", you had " + expectedVersion
                    + "); reload and apply your change again");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Client reachable(long id, String deniedDetail) {
        Client client = clients.find(id).orElseThrow(() ->
                new NotFoundException("client.notFound", "No client with id " + id, id));
        if (!clients.inScope(scope(), id)) {
            accessLog.recordDenied(id, deniedDetail);
            throw new AccessDeniedException("client.outsideReach",
                    "Client " + id + " is outside your district or provider", id);
        }
        return client;
    }

    /** The clients the current person reaches. */
    ClientScope scope() {
        Account me = currentUser.account().orElse(null);
        if (me == null) {
            return ClientScope.none();
        }
        if (me.has(Role.ADMIN)) {
            return ClientScope.all();
        }
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            return ClientScope.district(me.district().id());
        }
        if ((me.has(Role.PROVIDER_MANAGER) || me.has(Role.STAFF)) && me.provider() != null) {
            return ClientScope.provider(me.provider().id());
        }
        return ClientScope.none();
    }
}
