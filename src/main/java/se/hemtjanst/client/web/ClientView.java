package se.hemtjanst.client.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;

/** One client's record (clients/client.xhtml?id=..); opening it is written to the access log. */
@Named
@RequestScoped
public class ClientView {

    @Inject
    ClientService clients;

    private Long id;
    private Client client;

    /** Loads on the view action, so a refusal becomes a message instead of a broken page. */
    public void load() {
        if (id != null) {
            client = clients.get(id);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Client getClient() { return client; }
    public String getPersonalIdentityNumber() { return client == null ? "" : client.personalIdentityNumber().formatted(); }
    public String getName() { return client == null ? "" : client.fullName(); }
    public String getAddress() {
        return client == null || client.street() == null ? "" : client.street() + ", " + client.postalCode() + " " + client.city();
    }
    public String getPhone() { return client == null ? "" : client.phone(); }
    public String getDistrict() { return client == null ? "" : client.district().name(); }
    public String getLifeStory() { return client == null ? null : client.lifeStory(); }
}
