package se.hemtjanst.client.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.client.domain.ClientScope;
import se.hemtjanst.client.domain.Clients;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.Page;

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
        Client client = clients.find(id).orElseThrow(() ->
                new NotFoundException("client.notFound", "No client with id " + id, id));
        if (!clients.inScope(scope(), id)) {
            accessLog.recordDenied(id, "read outside reach");
            throw new AccessDeniedException("client.outsideReach",
                    "Client " + id + " is outside your district or provider", id);
        }
        accessLog.record(id, AccessAction.READ, null);
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
