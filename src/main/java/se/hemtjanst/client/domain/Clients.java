package se.hemtjanst.client.domain;

import java.util.Optional;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.shared.domain.Page;

/** Repository of clients; every query is limited to a {@link ClientScope}. */
public interface Clients {

    /** Clients within the scope whose name or personal identity number contains the text, by name. */
    Page<Client> search(ClientScope scope, String text, int first, int size);

    Optional<Client> find(long id);

    boolean inScope(ClientScope scope, long clientId);

    Client add(Client client);

    boolean existsWithNumber(PersonalIdentityNumber number);

    Optional<District> district(long districtId);

    /** For each client, the providers with an active order for it (sent or acknowledged): one query for many. */
    java.util.Map<Long, java.util.Set<Long>> providersServing(java.util.Collection<Long> clientIds);
}
