package se.hemtjanst.messaging.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.messaging.domain.Mailbox;
import se.hemtjanst.messaging.domain.MessageKind;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.messaging.domain.TeamMessages;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.Page;

/**
 * Messages between the team mailboxes of a district's assessors and a provider's managers, always about one
 * client within the sender's reach. An assessor writes to the provider of the client's order in force; a provider
 * writes to the client's district. Reading a conversation is a read of the client (access log).
 */
@Stateless
@RolesAllowed({Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class MessageService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    TeamMessages messages;

    @Inject
    ClientService clients;

    @Inject
    OrderService orders;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public TeamMessage send(long clientId, @NotNull MessageDraft draft) {
        Mailbox from = myMailbox();
        Client client = clients.get(clientId);
        MessageKind kind = kind(draft.kind);
        FrameOrder order = draft.orderId == null ? null : orders.get(draft.orderId);
        Mailbox to;
        if (from.kind() == Mailbox.Kind.PROVIDER) {
            to = Mailbox.district(client.district().id());
        } else {
            to = Mailbox.provider(recipientProvider(clientId, draft.providerId, order));
        }
        TeamMessage message = new TeamMessage(client, from, to, kind, order, lifeAreas(draft.lifeAreas),
                draft.subject, draft.body, currentUser.username(), clock.instant());
        messages.add(message);
        accessLog.record(clientId, AccessAction.CHANGE, "message sent: " + kind);
        return message;
    }

    /** The conversation about one client between my team and the other side, oldest first. */
    public List<TeamMessage> conversation(long clientId) {
        Mailbox mine = myMailbox();
        clients.get(clientId);
        return messages.ofClient(clientId, mine);
    }

    /** Opens the conversation on screen: the messages to my team in it count as read from now on. */
    public List<TeamMessage> openConversation(long clientId) {
        List<TeamMessage> conversation = conversation(clientId);
        Mailbox mine = myMailbox();
        for (TeamMessage m : conversation) {
            if (!m.isRead() && m.to().equals(mine)) {
                m.markRead(currentUser.username(), clock.instant());
            }
        }
        return conversation;
    }

    /** Whether the person has a team mailbox at all (assessors of a district, managers of a provider). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
    public boolean hasMailbox() {
        return currentUser.account().map(MessageService::mailboxOf).isPresent();
    }

    /** My team's inbox, newest first. */
    public Page<TeamMessage> inbox(boolean unreadOnly, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("paging.size.range", "size",
                    "size must be between 1 and " + MAX_PAGE_SIZE + " and first 0 or more", 1, MAX_PAGE_SIZE);
        }
        Page<TeamMessage> page = messages.to(myMailbox(), unreadOnly, first, size);
        accessLog.recordListed(page.rows().stream().map(m -> m.client().id()).distinct().toList(), "message inbox");
        return page;
    }

    /** How many messages the inbox holds (for paging); no client data, nothing logged. */
    public long inboxCount(boolean unreadOnly) {
        return messages.to(myMailbox(), unreadOnly, 0, 1).total();
    }

    /** Unread messages in my team's mailbox (for the dashboard); no client data, nothing logged. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
    public long unreadCount() {
        Account me = currentUser.account().orElse(null);
        Mailbox mine = me == null ? null : mailboxOf(me);
        return mine == null ? 0 : messages.unreadCount(mine);
    }

    public TeamMessage markRead(long messageId) {
        TeamMessage message = messages.find(messageId).orElseThrow(() ->
                new NotFoundException("message.notFound", "No message with id " + messageId, messageId));
        if (!message.to().equals(myMailbox())) {
            accessLog.recordDenied(message.client().id(), "read another team's message");
            throw new AccessDeniedException("message.notYours", "Message " + messageId
                    + " was not sent to your team's mailbox", messageId);
        }
        message.markRead(currentUser.username(), clock.instant());
        accessLog.record(message.client().id(), AccessAction.READ, "message read");
        return message;
    }

    private long recipientProvider(long clientId, Long providerId, FrameOrder order) {
        if (order != null) {
            return order.provider().id();
        }
        List<Long> serving = orders.ofClient(clientId).stream().filter(o -> o.status().active())
                .map(o -> o.provider().id()).distinct().toList();
        if (providerId != null) {
            if (!serving.contains(providerId)) {
                throw new InvalidInputException("message.provider.notServing", "providerId",
                        "Provider " + providerId + " has no order in force for client " + clientId);
            }
            return providerId;
        }
        if (serving.size() != 1) {
            throw new InvalidInputException(serving.isEmpty() ? "message.provider.none" : "message.provider.choose",
                    "providerId", serving.isEmpty() ? "Client " + clientId + " has no order in force, so no provider"
                            + " to write to" : "Client " + clientId + " has several providers; give providerId");
        }
        return serving.get(0);
    }

    private Mailbox myMailbox() {
        Mailbox mine = mailboxOf(currentUser.account().orElseThrow());
        if (mine == null) {
            throw new AccessDeniedException("message.noMailbox", "Your account belongs to no team mailbox");
        }
        return mine;
    }

    static Mailbox mailboxOf(Account me) {
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            return Mailbox.district(me.district().id());
        }
        if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            return Mailbox.provider(me.provider().id());
        }
        return null;
    }

    private static MessageKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return MessageKind.GENERAL;
        }
        try {
            return MessageKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("message.kind.invalid", "kind",
                    "kind is GENERAL, CHANGED_NEEDS or REVIEW_REQUEST, was '" + kind + "'");
        }
    }

    private static Set<LifeArea> lifeAreas(List<String> names) {
        Set<LifeArea> areas = EnumSet.noneOf(LifeArea.class);
        for (String n : names == null ? List.<String>of() : names) {
            try {
                areas.add(LifeArea.valueOf(n.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("order.goal.lifeArea.required", "lifeAreas",
                        "Unknown life area '" + n + "'; use one of " + java.util.Arrays.toString(LifeArea.values()));
            }
        }
        return areas;
    }
}
