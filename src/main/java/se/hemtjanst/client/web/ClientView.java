package se.hemtjanst.client.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.messaging.application.MessageDraft;
import se.hemtjanst.messaging.application.MessageService;
import se.hemtjanst.messaging.domain.Mailbox;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.shared.web.Option;

/**
 * One client's record (clients/client.xhtml?id=..): details, life story, the client's orders and the conversation
 * with the other side's team mailbox. Opening it is written to the access log; so is every change.
 */
@Named
@ViewScoped
public class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient ClientService clients;

    @Inject
    transient OrderService orders;

    @Inject
    transient MessageService messages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private Long id;
    private boolean available;
    private transient Client client;
    private transient List<FrameOrder> clientOrders;
    private transient List<TeamMessage> conversation;

    private String lifeStoryText;
    private long clientVersion;
    private LocalDate endDate;
    private String endReason;
    private String messageKind = "GENERAL";
    private Long messageOrderId;
    private List<String> messageLifeAreas = new ArrayList<>();
    private String messageSubject;
    private String messageBody;

    /** Loads on the view action, so a refusal becomes a message instead of a broken page. */
    public void load() {
        if (id == null) {
            return;
        }
        client = clients.get(id);
        available = true;
        lifeStoryText = client.lifeStory();
        clientVersion = client.version();
        endDate = LocalDate.now(clock);
        clientOrders = currentUser.isStaff() && !currentUser.isProviderManager() ? List.of() : orders.ofClient(id);
        conversation = messages.hasMailbox() ? messages.openConversation(id) : List.of();
        if (!getActiveOrders().isEmpty()) {
            messageOrderId = Long.valueOf(getActiveOrders().get(0).getValue());
        }
    }

    private Client client() {
        // Only a client that was shown once is read again (after the view was restored); a refusal stays a refusal.
        if (client == null && id != null && available) {
            client = clients.get(id);
        }
        return client;
    }

    public String saveLifeStory() {
        clients.writeLifeStory(id, lifeStoryText == null ? "" : lifeStoryText, clientVersion);
        return reload("clients.lifeStory.saved");
    }

    public String end() {
        clients.end(id, endDate, endReason);
        return reload("clients.ended");
    }

    public String sendMessage() {
        MessageDraft d = new MessageDraft();
        d.kind = messageKind;
        d.orderId = "GENERAL".equals(messageKind) ? null : messageOrderId;
        d.lifeAreas = "CHANGED_NEEDS".equals(messageKind) ? messageLifeAreas : List.of();
        d.subject = messageSubject;
        d.body = messageBody;
        messages.send(id, d);
        return reload("message.sent");
    }

    private String reload(String messageKey) {
        Messages.infoAfterRedirect(messageKey);
        return "/clients/client?faces-redirect=true&id=" + id;
    }

    public boolean isCanEdit() {
        return currentUser.isAssessor() && client() != null && client().isActive();
    }

    public boolean isCanWriteLifeStory() {
        return (currentUser.isAssessor() || currentUser.isProviderManager()) && client() != null && client().isActive();
    }

    public boolean isMailbox() {
        return messages.hasMailbox();
    }

    public boolean isCanMessage() {
        return messages.hasMailbox() && client() != null && client().isActive();
    }

    public List<FrameOrder> getOrders() {
        return clientOrders == null ? List.of() : clientOrders;
    }

    public List<Option> getActiveOrders() {
        return getOrders().stream().filter(o -> o.status().active())
                .map(o -> new Option(String.valueOf(o.id()), Messages.text("order.title") + " " + o.id() + " – "
                        + o.provider().name())).toList();
    }

    public List<Option> getLifeAreas() {
        return Arrays.stream(LifeArea.values()).map(a -> new Option(a.name(), Messages.text("lifeArea." + a.name())))
                .toList();
    }

    public List<TeamMessage> getConversation() {
        return conversation == null ? List.of() : conversation;
    }

    public String orderStatus(FrameOrder o) {
        return Messages.text("order.status." + o.status().name());
    }

    public String stamp(TeamMessage m) {
        return STAMP.format(m.sentAt());
    }

    public boolean outgoing(TeamMessage m) {
        boolean assessorSide = m.from().kind() == Mailbox.Kind.DISTRICT;
        return currentUser.isAssessor() == assessorSide;
    }

    public String kindText(TeamMessage m) {
        return Messages.text("message.kind." + m.kind().name());
    }

    public String lifeAreasText(TeamMessage m) {
        return String.join(", ", m.lifeAreas().stream().map(a -> Messages.text("lifeArea." + a.name())).toList());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Client getClient() { return client(); }
    public String getPersonalIdentityNumber() { return client() == null ? "" : client().personalIdentityNumber().formatted(); }
    public String getName() { return client() == null ? "" : client().fullName(); }
    public String getAddress() {
        Client c = client();
        return c == null || c.street() == null ? "" : c.street() + ", " + c.postalCode() + " " + c.city();
    }
    public String getPhone() { return client() == null ? "" : client().phone(); }
    public String getDistrict() { return client() == null ? "" : client().district().name(); }
    public String getLifeStory() { return client() == null ? null : client().lifeStory(); }
    public String getLifeStoryText() { return lifeStoryText; }
    public void setLifeStoryText(String lifeStoryText) { this.lifeStoryText = lifeStoryText; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
    public String getMessageKind() { return messageKind; }
    public void setMessageKind(String messageKind) { this.messageKind = messageKind; }
    public Long getMessageOrderId() { return messageOrderId; }
    public void setMessageOrderId(Long messageOrderId) { this.messageOrderId = messageOrderId; }
    public List<String> getMessageLifeAreas() { return messageLifeAreas; }
    public void setMessageLifeAreas(List<String> messageLifeAreas) { this.messageLifeAreas = messageLifeAreas; }
    public String getMessageSubject() { return messageSubject; }
    public void setMessageSubject(String messageSubject) { this.messageSubject = messageSubject; }
    public String getMessageBody() { return messageBody; }
    public void setMessageBody(String messageBody) { this.messageBody = messageBody; }
}
