package se.hemtjanst.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.hemtjanst.report.application.FollowUpService;
import se.hemtjanst.report.application.FollowUpService.Level;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.shared.web.Option;

/**
 * Uppföljning (report/follow-up.xhtml): ordered versus performed time per month as a table and a chart for the
 * person's district, provider or the municipality; a month opens its clients, a client its visits — two clicks from
 * the overview to the visits. Individuppföljning below for assessors.
 */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Inject
    transient FollowUpService followUp;

    @Inject
    transient Clock clock;

    @Inject
    transient se.hemtjanst.identity.application.CurrentUser currentUser;

    /** "MUNICIPALITY", "DISTRICT:3", "PROVIDER:7" or "CLIENT:42". */
    private String subjectKey;
    private String subjectName;
    private String from;
    private String to;
    private List<FollowUpService.MonthFigures> months;
    private String selectedMonth;
    private List<FollowUpService.ClientFigures> clients;
    private Long selectedClientId;
    private String selectedClientName;
    private List<FollowUpService.VisitLine> visits;
    private LazyDataModel<FollowUpService.FollowUpCase> individual;
    private java.util.Map<String, String> staffPerClient;
    private List<FollowUpService.MonthFigures> reviewGrounds;
    private List<FollowUpService.StaffTime> staffTime;
    private String reviewNote;
    private boolean loaded;

    /** First render (f:viewAction): the person's own district or provider, the last six months. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        YearMonth now = YearMonth.now(clock);
        if (to == null || to.isBlank()) {
            to = now.toString();
        }
        if (from == null || from.isBlank()) {
            from = now.minusMonths(5).toString();
        }
        if (subjectKey == null || subjectKey.isBlank()) {
            FollowUpService.Subject s = followUp.defaultSubject();
            subjectKey = key(s.level(), s.id());
        }
        show();
    }

    public void show() {
        Level level = Level.valueOf(subjectKey.split(":")[0]);
        Long id = subjectKey.contains(":") ? Long.valueOf(subjectKey.split(":")[1]) : null;
        YearMonth f;
        YearMonth t;
        try {
            f = YearMonth.parse(from.strip());
            t = YearMonth.parse(to.strip());
        } catch (RuntimeException e) {
            Messages.error("followUpForm:from", "billing.month.required");
            return;
        }
        FollowUpService.Subject subject = followUp.subject(level, id);
        subjectName = subject.level() == Level.MUNICIPALITY ? Messages.text("followUp.municipality") : subject.name();
        months = followUp.months(level, id, f, t);
        staffPerClient = new java.util.HashMap<>();
        followUp.continuity(level, id, f, t).forEach(c -> staffPerClient.put(c.month().toString(),
                c.averageStaff() == null ? "–" : String.format(SWEDISH, "%.1f", c.averageStaff())));
        clients = null;
        visits = null;
        selectedMonth = null;
        selectedClientId = null;
        staffTime = null;
        if (level == Level.PROVIDER) {
            try {
                staffTime = followUp.staffTime(id, t);
            } catch (se.hemtjanst.shared.domain.ConflictException privateProvider) {
                staffTime = null;
            }
        }
        if (level == Level.CLIENT) {
            selectedClientId = id;
            selectedClientName = subject.name();
        }
    }

    /** Drill-down, click one: the clients behind a month (or, for one client, the visits). */
    public void openMonth(String month) {
        selectedMonth = month;
        visits = null;
        Level level = Level.valueOf(subjectKey.split(":")[0]);
        if (level == Level.CLIENT) {
            visits = followUp.visits(selectedClientId, YearMonth.parse(month));
            return;
        }
        Long id = subjectKey.contains(":") ? Long.valueOf(subjectKey.split(":")[1]) : null;
        clients = followUp.clients(level, id, YearMonth.parse(month));
        selectedClientId = null;
    }

    /** Drill-down, click two: the visits behind a client's month. */
    public void openClient(long clientId, String name) {
        selectedClientId = clientId;
        selectedClientName = name;
        visits = followUp.visits(clientId, YearMonth.parse(selectedMonth));
        reviewGrounds = currentUser.isProviderManager() ? followUp.reviewGrounds(clientId) : List.of();
        reviewNote = null;
    }

    /** The provider asks the assessor to review the order (only with grounds: two months beyond the limit). */
    public void requestReview() {
        followUp.requestReview(selectedClientId, reviewNote);
        Messages.info("followUp.review.sent", selectedClientName);
        reviewGrounds = List.of();
        reviewNote = null;
    }

    public boolean isReviewable() {
        return reviewGrounds != null && !reviewGrounds.isEmpty();
    }

    /** The share of staff time with clients in the last month shown (the city's own units only). */
    public List<FollowUpService.StaffTime> getStaffTime() { return staffTime; }

    public String staffTimeMonth() {
        return to == null ? "" : monthLabel(to.strip());
    }

    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }

    public List<Option> getSubjects() {
        List<Option> options = new java.util.ArrayList<>();
        if (subjectKey != null && subjectKey.startsWith(Level.CLIENT.name())) {
            options.add(new Option(subjectKey, Messages.text("followUp.level.CLIENT") + ": " + subjectName));
        }
        followUp.subjects().forEach(s -> options.add(new Option(key(s.level(), s.id()),
                s.level() == Level.MUNICIPALITY ? Messages.text("followUp.municipality")
                        : Messages.text("followUp.level." + s.level().name()) + ": " + s.name())));
        return options;
    }

    /** The months of a case in one line for the exports: "oktober 2026: -12,5 %; november 2026: +14,0 %". */
    public String monthsText(FollowUpService.FollowUpCase c) {
        return String.join("; ", c.months().stream().map(m -> monthLabel(m.month()) + ": "
                + percent(m.deviationPercent())).toList());
    }

    /** The individuppföljning list, 25 rows a page; only the rows shown (or exported) leave access-log rows. */
    public LazyDataModel<FollowUpService.FollowUpCase> getIndividual() {
        if (individual == null) {
            individual = new IndividualModel();
        }
        return individual;
    }

    private final class IndividualModel extends LazyDataModel<FollowUpService.FollowUpCase> {

        private static final long serialVersionUID = 1L;
        private transient List<FollowUpService.FollowUpCase> all;

        private List<FollowUpService.FollowUpCase> all() {
            if (all == null) {
                all = followUp.individualFollowUpPaged();
            }
            return all;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return all().size();
        }

        @Override
        public List<FollowUpService.FollowUpCase> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<FollowUpService.FollowUpCase> list = all();
            List<FollowUpService.FollowUpCase> page = List.copyOf(list.subList(Math.min(first, list.size()),
                    Math.min(first + pageSize, list.size())));
            followUp.listed(page.stream().map(FollowUpService.FollowUpCase::clientId).toList());
            return page;
        }

        @Override
        public String getRowKey(FollowUpService.FollowUpCase row) {
            return String.valueOf(row.clientId());
        }
    }

    /** The chart: ordered and performed hours per month, as Chart.js configuration. */
    public String getChart() {
        if (months == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder ordered = Json.createArrayBuilder();
        JsonArrayBuilder performed = Json.createArrayBuilder();
        for (FollowUpService.MonthFigures m : months) {
            labels.add(monthLabel(m.month()));
            ordered.add(m.ordered());
            performed.add(m.performed());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("followUp.ordered"))
                                        .add("data", ordered).add("backgroundColor", "#8fb8de"))
                                .add(Json.createObjectBuilder().add("label", Messages.text("followUp.performed"))
                                        .add("data", performed).add("backgroundColor", "#2e6da4"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", Messages.text("followUp.hours"))))))
                .build().toString();
    }

    public String monthLabel(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Messages.locale()) + " " + m.getYear();
    }

    public String monthLabel(String m) {
        return monthLabel(YearMonth.parse(m));
    }

    public String day(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE d MMM", Messages.locale()));
    }

    /** "+12,5 %" in Swedish, empty when nothing was ordered. */
    public String percent(BigDecimal p) {
        if (p == null) {
            return "–";
        }
        return (p.signum() > 0 ? "+" : "") + String.format(SWEDISH, "%.1f %%", p);
    }

    /** Staff continuity of a month: the average number of different staff per client, Swedish decimals. */
    public String staffPerClient(YearMonth m) {
        return staffPerClient == null ? "" : staffPerClient.getOrDefault(m.toString(), "–");
    }

    /** "21,9 %" in Swedish, "–" without shifts. */
    public String share(BigDecimal p) {
        return p == null ? "–" : String.format(SWEDISH, "%.1f %%", p);
    }

    public boolean isOutside(BigDecimal p) {
        return p == null || p.abs().compareTo(BigDecimal.TEN) > 0;
    }

    public String getFileName() {
        return "uppfoljning-" + subjectKey.replace(':', '-').toLowerCase(Locale.ROOT) + "-" + from + "-" + to;
    }

    private static String key(Level level, Long id) {
        return id == null ? level.name() : level.name() + ":" + id;
    }

    public String getSubjectKey() { return subjectKey; }
    public void setSubjectKey(String subjectKey) { this.subjectKey = subjectKey; }
    public String getSubjectName() { return subjectName; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public List<FollowUpService.MonthFigures> getMonths() { return months; }
    public String getSelectedMonth() { return selectedMonth; }
    public List<FollowUpService.ClientFigures> getClients() { return clients; }
    public Long getSelectedClientId() { return selectedClientId; }
    public String getSelectedClientName() { return selectedClientName; }
    public List<FollowUpService.VisitLine> getVisits() { return visits; }
}
