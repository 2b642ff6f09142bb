package se.hemtjanst.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.domain.AccessLogEntry;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.shared.web.Messages;

/**
 * Loggkontroll (admin/access-log.xhtml): system administration searches the access log by client (personal
 * identity number) or by user, pages through it lazily and exports it to CSV, Excel or PDF.
 */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The export reads the whole result in pages of this size. */
    private static final int CHUNK = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient AccessLog accessLog;

    @Inject
    transient ClientService clients;

    @Inject
    transient Clock clock;

    private String personalIdentityNumber;
    private String username;
    private Long clientId;
    private String clientName;
    private boolean searched;
    private LazyDataModel<Row> model;

    @PostConstruct
    void init() {
        model = new Model();
    }

    /** A log row (a bean: Faces EL reads getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String when;
        private final String user;
        private final String unit;
        private final String client;
        private final String action;
        private final String channel;
        private final String detail;

        Row(AccessLogEntry e) {
            id = e.id();
            when = WHEN.format(e.occurredAt());
            user = e.username();
            unit = e.unitName() == null ? "" : e.unitName();
            client = e.clientId() == null ? "" : String.valueOf(e.clientId());
            action = Messages.text("accessLog.action." + e.action().name());
            channel = e.channel().name();
            detail = e.detail() == null ? "" : e.detail();
        }

        public long getId() { return id; }
        public String getWhen() { return when; }
        public String getUser() { return user; }
        public String getUnit() { return unit; }
        public String getClient() { return client; }
        public String getAction() { return action; }
        public String getChannel() { return channel; }
        public String getDetail() { return detail; }
    }

    private final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return searched ? (int) accessLog.search(clientId, username, 0, 1).total() : 0;
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!searched) {
                return List.of();
            }
            // A page on screen, or everything at once for the exporters: read in chunks the service allows.
            List<Row> rows = new ArrayList<>();
            int at = first;
            long total;
            do {
                Page<AccessLogEntry> page = accessLog.search(clientId, username, at, Math.min(CHUNK, pageSize - rows.size()));
                total = page.total();
                page.rows().forEach(e -> rows.add(new Row(e)));
                at += page.rows().size();
                if (page.rows().isEmpty()) {
                    break;
                }
            } while (rows.size() < pageSize && at < total);
            setRowCount((int) total);
            return rows;
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.getId());
        }
    }

    public void search() {
        clientId = null;
        clientName = null;
        searched = false;
        String number = personalIdentityNumber == null ? "" : personalIdentityNumber.strip();
        String user = username == null ? "" : username.strip();
        if (number.isEmpty() && user.isEmpty()) {
            Messages.error("accessLogForm:pin", "accessLog.filter.required");
            return;
        }
        if (!number.isEmpty()) {
            PersonalIdentityNumber pin;
            try {
                pin = PersonalIdentityNumber.parse(number, LocalDate.now(clock));
            } catch (InvalidInputException e) {
                Messages.error("accessLogForm:pin", e.messageKey());
                return;
            }
            Page<Client> found = clients.search(pin.formatted(), 0, 2);
            if (found.rows().isEmpty()) {
                Messages.error("accessLogForm:pin", "accessLog.client.notFound");
                return;
            }
            Client c = found.rows().get(0);
            clientId = c.id();
            clientName = c.firstName() + " " + c.lastName() + " (" + c.personalIdentityNumber().formatted() + ")";
        }
        username = user.isEmpty() ? null : user;
        searched = true;
    }

    public String getFileName() {
        return "loggkontroll-" + (clientId != null ? "brukare-" + clientId : "")
                + (username != null ? (clientId != null ? "-" : "") + "anvandare-" + username.replaceAll("[^A-Za-z0-9.]+", "-") : "");
    }

    public LazyDataModel<Row> getModel() { return model; }
    public boolean isSearched() { return searched; }
    public String getClientName() { return clientName; }
    public String getPersonalIdentityNumber() { return personalIdentityNumber; }
    public void setPersonalIdentityNumber(String personalIdentityNumber) { this.personalIdentityNumber = personalIdentityNumber; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}
