package se.hemtjanst.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.hemtjanst.messaging.application.MessageService;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.web.Messages;

/** The team's inbox (messages/index.xhtml): a lazy table, unread only by default; a row opens the client. */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient MessageService messages;

    private boolean unreadOnly = true;
    private final LazyDataModel<MessageRow> model = new InboxModel();

    /** A row of the inbox (a bean: Faces EL reads getters). */
    public static final class MessageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long clientId;
        private final String clientName;
        private final String sentAt;
        private final String kind;
        private final String subject;
        private final String sentBy;
        private final boolean read;

        MessageRow(TeamMessage m) {
            id = m.id();
            clientId = m.client().id();
            clientName = m.client().fullName();
            sentAt = STAMP.format(m.sentAt());
            kind = Messages.text("message.kind." + m.kind().name());
            subject = m.subject();
            sentBy = m.sentBy();
            read = m.isRead();
        }

        public long getId() { return id; }
        public long getClientId() { return clientId; }
        public String getClientName() { return clientName; }
        public String getSentAt() { return sentAt; }
        public String getKind() { return kind; }
        public String getSubject() { return subject; }
        public String getSentBy() { return sentBy; }
        public boolean isRead() { return read; }
    }

    private final class InboxModel extends LazyDataModel<MessageRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) messages.inboxCount(unreadOnly);
        }

        @Override
        public List<MessageRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            Page<TeamMessage> page = messages.inbox(unreadOnly, first, Math.min(pageSize, MessageService.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.rows().stream().map(MessageRow::new).toList();
        }

        @Override
        public String getRowKey(MessageRow row) {
            return String.valueOf(row.getId());
        }
    }

    public LazyDataModel<MessageRow> getModel() { return model; }
    public boolean isUnreadOnly() { return unreadOnly; }
    public void setUnreadOnly(boolean unreadOnly) { this.unreadOnly = unreadOnly; }
}
