package se.hemtjanst.client.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.hemtjanst.client.application.ClientDraft;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.shared.web.Messages;

/**
 * Registering a client or changing the client's details (clients/edit.xhtml[?id=..]); the assessor's own
 * district. On a conflict with someone else's change the input stays in the form.
 */
@Named
@ViewScoped
public class ClientEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientService clients;

    private Long id;
    private boolean loaded;
    private final ClientDraft draft = new ClientDraft();

    public void load() {
        if (id == null || loaded) {
            return;
        }
        Client c = clients.get(id);
        draft.personalIdentityNumber = c.personalIdentityNumber().formatted();
        draft.firstName = c.firstName();
        draft.lastName = c.lastName();
        draft.street = c.street();
        draft.postalCode = c.postalCode();
        draft.city = c.city();
        draft.phone = c.phone();
        draft.email = c.email();
        draft.nextOfKinName = c.nextOfKinName();
        draft.nextOfKinPhone = c.nextOfKinPhone();
        draft.lifeStory = c.lifeStory();
        draft.expectedVersion = c.version();
        loaded = true;
    }

    public String save() {
        Client saved = id == null ? clients.create(draft) : clients.update(id, draft);
        Messages.infoAfterRedirect(id == null ? "clients.created" : "clients.saved", saved.fullName());
        return "/clients/client?faces-redirect=true&id=" + saved.id();
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClientDraft getDraft() { return draft; }
    public String getPersonalIdentityNumber() { return draft.personalIdentityNumber; }
    public void setPersonalIdentityNumber(String v) { draft.personalIdentityNumber = v; }
    public String getFirstName() { return draft.firstName; }
    public void setFirstName(String v) { draft.firstName = v; }
    public String getLastName() { return draft.lastName; }
    public void setLastName(String v) { draft.lastName = v; }
    public String getStreet() { return draft.street; }
    public void setStreet(String v) { draft.street = v; }
    public String getPostalCode() { return draft.postalCode; }
    public void setPostalCode(String v) { draft.postalCode = v; }
    public String getCity() { return draft.city; }
    public void setCity(String v) { draft.city = v; }
    public String getPhone() { return draft.phone; }
    public void setPhone(String v) { draft.phone = v; }
    public String getEmail() { return draft.email; }
    public void setEmail(String v) { draft.email = v; }
    public String getNextOfKinName() { return draft.nextOfKinName; }
    public void setNextOfKinName(String v) { draft.nextOfKinName = v; }
    public String getNextOfKinPhone() { return draft.nextOfKinPhone; }
    public void setNextOfKinPhone(String v) { draft.nextOfKinPhone = v; }
    public String getLifeStory() { return draft.lifeStory; }
    public void setLifeStory(String v) { draft.lifeStory = v; }
}
