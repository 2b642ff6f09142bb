package se.hemtjanst.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.Pause;
import se.hemtjanst.order.domain.VersionDiff;
import se.hemtjanst.shared.web.Messages;

/**
 * One frame order (orders/order.xhtml?id=..): its status and the actions it allows the person (send, change,
 * end for the assessor; acknowledge for the provider), every version, and what changed between two versions.
 */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient OrderService orders;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private Long id;
    private boolean available;
    private transient FrameOrder order;
    private Integer shown;
    private Integer diffFrom;
    private Integer diffTo;
    private LocalDate endDay;
    private String endReason;

    /** A row of a table; Faces EL reads getters. */
    public static final class Row implements Serializable {
        private final String label;
        private final String before;
        private final String after;
        private final String kind;

        Row(String label, String before, String after, String kind) {
            this.label = label;
            this.before = before;
            this.after = after;
            this.kind = kind;
        }

        public String getLabel() { return label; }
        public String getBefore() { return before; }
        public String getAfter() { return after; }
        public String getKind() { return kind; }
    }

    public void load() {
        if (id == null) {
            return;
        }
        order = orders.get(id);
        available = true;
        int current = order.currentVersion() == null ? 0 : order.currentVersion().versionNo();
        if (shown == null) {
            shown = current;
        }
        if (diffTo == null) {
            diffTo = current;
            diffFrom = Math.max(1, current - 1);
        }
        if (endDay == null) {
            endDay = LocalDate.now(clock);
        }
    }

    private FrameOrder order() {
        if (order == null && id != null && available) {
            order = orders.get(id);
        }
        return order;
    }

    public String send() {
        orders.send(id);
        Messages.infoAfterRedirect("order.sent", order().provider().name());
        return reload();
    }

    public String acknowledge() {
        orders.acknowledge(id);
        Messages.infoAfterRedirect("order.acknowledged");
        return reload();
    }

    public String end() {
        orders.end(id, endDay, endReason);
        Messages.infoAfterRedirect("order.ended");
        return reload();
    }

    private String reload() {
        return "/orders/order?faces-redirect=true&id=" + id;
    }

    public boolean isCanSend() {
        return currentUser.isAssessor() && order() != null && order().status() == OrderStatus.DRAFT;
    }

    public boolean isCanChange() {
        return currentUser.isAssessor() && order() != null && order().status() != OrderStatus.ENDED;
    }

    public boolean isCanAcknowledge() {
        return currentUser.isProviderManager() && order() != null && order().status() == OrderStatus.SENT;
    }

    public FrameOrder getOrder() { return order(); }

    public String getStatus() {
        return order() == null ? "" : Messages.text("order.status." + order().status().name());
    }

    public String getValidity() {
        FrameOrder o = order();
        return o == null ? "" : o.validity().validFrom() + " – " + (o.validity().validTo() == null ? ""
                : o.validity().validTo());
    }

    public String getAcknowledged() {
        FrameOrder o = order();
        return o == null || o.acknowledgedAt() == null ? "" : o.acknowledgedBy() + ", " + STAMP.format(o.acknowledgedAt());
    }

    public List<OrderVersion> getVersions() {
        if (order() == null) {
            return List.of();
        }
        List<OrderVersion> newestFirst = new ArrayList<>(order().versions());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String stamp(OrderVersion v) {
        return STAMP.format(v.createdAt());
    }

    public OrderVersion getShownVersion() {
        return order() == null ? null : order().versions().stream().filter(v -> v.versionNo() == shown)
                .findFirst().orElse(order().currentVersion());
    }

    public String hours(BigDecimal h) {
        if (h == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(h);
    }

    /** How a service is granted, in the reader's words: "2 gånger per dag", "mån, tor", "4,00 tim/mån". */
    public String grant(OrderedService s) {
        if (!s.inFrame()) {
            return Messages.text("order.grant.ownHours", hours(s.ownHours()));
        }
        String text = switch (s.frequencyKind()) {
            case ON_WEEKDAYS -> s.weekdays().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Messages.locale()))
                    .collect(Collectors.joining(", "));
            default -> Messages.text("order.grant." + s.frequencyKind().name(), s.frequencyCount());
        };
        return text + (s.visitGroup() == null ? "" : " · " + Messages.text("order.visitGroup") + " " + s.visitGroup());
    }

    public String lifeArea(OrderGoal goal) {
        return Messages.text("lifeArea." + goal.lifeArea().name());
    }

    public List<Pause> getPauses() {
        return order() == null ? List.of() : order().pauses();
    }

    /** What changed from diffFrom to diffTo, one readable row per change. */
    public List<Row> getChanges() {
        if (order() == null || diffFrom == null || diffTo == null || order().versions().size() < 2) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (VersionDiff.Change c : orders.diff(id, diffFrom, diffTo)) {
            rows.add(new Row(label(c), render(c.getBefore()), render(c.getAfter()),
                    Messages.text("order.diff." + c.getKind().name())));
        }
        return rows;
    }

    private String label(VersionDiff.Change c) {
        String subject = Messages.text("order.diff." + c.getSubject().name());
        if (c.getSubject() == VersionDiff.Subject.SERVICE) {
            OrderedService s = (OrderedService) (c.getAfter() != null ? c.getAfter() : c.getBefore());
            return subject + ": " + s.serviceName();
        }
        if (c.getSubject() == VersionDiff.Subject.GOAL) {
            return subject + ": " + Messages.text("lifeArea." + c.getKey());
        }
        return subject;
    }

    private String render(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof OrderedService s) {
            return grant(s);
        }
        if (value instanceof BigDecimal b) {
            return hours(b) + " " + Messages.text("order.hoursShort");
        }
        return value.toString();
    }

    public List<Integer> getVersionNumbers() {
        return order() == null ? List.of() : order().versions().stream().map(OrderVersion::versionNo).toList();
    }

    public String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Messages.locale() == null ? Locale.ROOT : Messages.locale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getShown() { return shown; }
    public void setShown(Integer shown) { this.shown = shown; }
    public Integer getDiffFrom() { return diffFrom; }
    public void setDiffFrom(Integer diffFrom) { this.diffFrom = diffFrom; }
    public Integer getDiffTo() { return diffTo; }
    public void setDiffTo(Integer diffTo) { this.diffTo = diffTo; }
    public LocalDate getEndDay() { return endDay; }
    public void setEndDay(LocalDate endDay) { this.endDay = endDay; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
}
