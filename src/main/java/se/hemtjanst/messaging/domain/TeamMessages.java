package se.hemtjanst.messaging.domain;

import java.util.List;
import java.util.Optional;
import se.hemtjanst.shared.domain.Page;

/** Repository of team messages. */
public interface TeamMessages {

    TeamMessage add(TeamMessage message);

    Optional<TeamMessage> find(long id);

    /** Messages to a mailbox, newest first, optionally only the unread. */
    Page<TeamMessage> to(Mailbox mailbox, boolean unreadOnly, int first, int size);

    long unreadCount(Mailbox mailbox);

    /** A client's messages sent from or to the mailbox, oldest first (a conversation). */
    List<TeamMessage> ofClient(long clientId, Mailbox mailbox);
}
