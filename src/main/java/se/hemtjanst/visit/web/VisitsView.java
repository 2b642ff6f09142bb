package se.hemtjanst.visit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.visit.application.CorrectionDraft;
import se.hemtjanst.visit.application.VisitService;
import se.hemtjanst.visit.domain.CorrectionWindow;
import se.hemtjanst.visit.domain.Deviation;
import se.hemtjanst.visit.domain.Visit;

/**
 * The provider manager's visit screen (visits/index.xhtml): today's visits live, the deviations with the days
 * left to correct them, and the correction dialog (the original is kept, with who and why).
 */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient VisitService visits;

    @Inject
    transient Clock clock;

    private LocalDate day;
    private transient List<Row> today;
    private transient List<Row> deviations;

    private Long editId;
    private String editClient;
    private LocalDateTime editArrival;
    private LocalDateTime editDeparture;
    private String editService;
    private String editReason;

    /** A visit as a table row (a bean: Faces EL reads getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String client;
        private final String staff;
        private final String service;
        private final String arrival;
        private final String departure;
        private final Integer minutes;
        private final String status;
        private final boolean manual;
        private final boolean approved;
        private final boolean declined;
        private final String deviations;
        private final long daysLeft;
        private final LocalDate visitDay;
        private final Instant arrivalAt;
        private final Instant departureAt;

        Row(Visit v, LocalDate today) {
            id = v.id();
            client = v.client().fullName();
            staff = v.staff();
            service = v.serviceCode();
            arrival = v.arrivalAt() == null ? "–" : TIME.format(v.arrivalAt().atZone(Visit.ZONE));
            departure = v.departureAt() == null ? "–" : TIME.format(v.departureAt().atZone(Visit.ZONE));
            minutes = v.minutes();
            status = Messages.text("visit.status." + v.status().name());
            manual = v.manual();
            approved = v.approvedBy() != null;
            declined = v.declined();
            deviations = v.deviations().stream().filter(d -> !d.resolved())
                    .map(d -> Messages.text("visit.deviation." + d.kind().name())).collect(Collectors.joining(", "));
            daysLeft = CorrectionWindow.daysLeft(today, v.correctBy());
            visitDay = v.visitDay();
            arrivalAt = v.arrivalAt();
            departureAt = v.departureAt();
        }

        public long getId() { return id; }
        public String getClient() { return client; }
        public String getStaff() { return staff; }
        public String getService() { return service; }
        public String getArrival() { return arrival; }
        public String getDeparture() { return departure; }
        public Integer getMinutes() { return minutes; }
        public String getStatus() { return status; }
        public boolean isManual() { return manual; }
        public boolean isApproved() { return approved; }
        public boolean isDeclined() { return declined; }
        public String getDeviations() { return deviations; }
        public long getDaysLeft() { return daysLeft; }
        public LocalDate getVisitDay() { return visitDay; }
    }

    public List<Row> getToday() {
        if (today == null) {
            LocalDate now = LocalDate.now(clock);
            today = visits.ofDay(getDay()).stream().map(v -> new Row(v, now)).toList();
        }
        return today;
    }

    public List<Row> getDeviations() {
        if (deviations == null) {
            LocalDate now = LocalDate.now(clock);
            deviations = visits.deviations().stream().map(v -> new Row(v, now)).toList();
        }
        return deviations;
    }

    /** The status column in exports: the status and whether the visit was registered by hand or declined. */
    public String statusExport(Row r) {
        return r.getStatus() + (r.isManual() ? " · " + Messages.text("visit.manual") : "")
                + (r.isDeclined() ? " · " + Messages.text("visit.declined") : "");
    }

    public String getDeviationsFileName() {
        return "avvikelser-" + LocalDate.now(clock);
    }

    public String getDayFileName() {
        return "besok-" + getDay();
    }

    /** The poll and the day picker: read again. */
    public void refresh() {
        today = null;
        deviations = null;
    }

    public void edit(Row row) {
        Visit v = visits.get(row.getId());
        editId = v.id();
        editClient = v.client().fullName() + " " + v.visitDay();
        editArrival = v.arrivalAt() == null ? v.departureAt().atZone(Visit.ZONE).toLocalDateTime()
                : v.arrivalAt().atZone(Visit.ZONE).toLocalDateTime();
        editDeparture = v.departureAt() == null ? editArrival : v.departureAt().atZone(Visit.ZONE).toLocalDateTime();
        editService = v.serviceCode();
        editReason = null;
    }

    public void saveCorrection() {
        CorrectionDraft d = new CorrectionDraft();
        d.arrival = editArrival == null ? null : editArrival.atZone(Visit.ZONE).toOffsetDateTime();
        d.departure = editDeparture == null ? null : editDeparture.atZone(Visit.ZONE).toOffsetDateTime();
        d.serviceCode = editService;
        d.reason = editReason;
        visits.correct(editId, d);
        Messages.info("visit.corrected");
        editId = null;
        refresh();
    }

    public void approve(Row row) {
        visits.approve(row.getId());
        Messages.info("visit.approved");
        refresh();
    }

    public LocalDate getDay() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        return day;
    }

    public void setDay(LocalDate day) { this.day = day; }
    public Long getEditId() { return editId; }
    public String getEditClient() { return editClient; }
    public LocalDateTime getEditArrival() { return editArrival; }
    public void setEditArrival(LocalDateTime v) { this.editArrival = v; }
    public LocalDateTime getEditDeparture() { return editDeparture; }
    public void setEditDeparture(LocalDateTime v) { this.editDeparture = v; }
    public String getEditService() { return editService; }
    public void setEditService(String v) { this.editService = v; }
    public String getEditReason() { return editReason; }
    public void setEditReason(String v) { this.editReason = v; }

    static String kindText(Deviation.Kind kind) {
        return Messages.text("visit.deviation." + kind.name());
    }
}
