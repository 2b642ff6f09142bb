package se.hemtjanst.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import se.hemtjanst.billing.application.SettlementService;
import se.hemtjanst.billing.application.TimunderlagService;
import se.hemtjanst.billing.infrastructure.Settlement;
import se.hemtjanst.shared.web.Messages;

/**
 * Monthly settlements (billing/settlements.xhtml): system administration starts a provider's month and follows
 * the batch job's progress bar; a calculated settlement is closed for good. Providers see their own.
 */
@Named
@ViewScoped
public class SettlementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SettlementService settlements;

    @Inject
    transient TimunderlagService timunderlag;

    @Inject
    transient Clock clock;

    private Long providerId;
    private String month;

    /** A settlement as a row (a bean: Faces EL reads getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long providerId;
        private final String provider;
        private final String month;
        private final String status;
        private final int progress;
        private final BigDecimal amount;
        private final boolean running;
        private final boolean closable;
        private final boolean adjustable;
        private final BigDecimal adjustments;

        Row(Settlement s, String provider, BigDecimal adjustments) {
            id = s.id();
            providerId = s.providerId();
            this.provider = provider;
            month = s.month().toString();
            status = Messages.text("billing.settlement.status." + s.status().name());
            progress = s.clientsTotal() == 0 ? (s.status() == Settlement.Status.RUNNING ? 0 : 100)
                    : Math.min(100, s.clientsDone() * 100 / s.clientsTotal());
            amount = s.amount();
            running = s.status() == Settlement.Status.RUNNING;
            closable = s.status() == Settlement.Status.CALCULATED;
            adjustable = s.status() == Settlement.Status.CLOSED;
            this.adjustments = adjustments;
        }

        public long getId() { return id; }
        public long getProviderId() { return providerId; }
        public String getProvider() { return provider; }
        public String getMonth() { return month; }
        public String getStatus() { return status; }
        public int getProgress() { return progress; }
        public BigDecimal getAmount() { return amount; }
        public boolean isRunning() { return running; }
        public boolean isClosable() { return closable; }
        public boolean isAdjustable() { return adjustable; }
        public BigDecimal getAdjustments() { return adjustments; }
    }

    private transient List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            var names = new java.util.HashMap<Long, String>();
            timunderlag.providers().forEach(p -> names.put(p.id(), p.name()));
            // Only a running settlement is asked about its batch job (it may have failed).
            List<Settlement> list = settlements.list(null);
            var adjusted = settlements.adjustmentAmounts(list);
            rows = list.stream().map(s -> new Row(s.status() == Settlement.Status.RUNNING
                    ? settlements.get(s.id()) : s, names.getOrDefault(s.providerId(), String.valueOf(s.providerId())),
                    adjusted.get(s.id()))).toList();
        }
        return rows;
    }

    /** The poll: read the progress again. */
    public void refresh() {
        rows = null;
    }

    public boolean isAnyRunning() {
        return getRows().stream().anyMatch(Row::isRunning);
    }

    public List<TimunderlagView.Option> getProviders() {
        return timunderlag.providers().stream().map(p -> new TimunderlagView.Option(p.id(), p.name())).toList();
    }

    public void start() {
        Settlement s = settlements.start(providerId, YearMonth.parse(getMonth()));
        Messages.info("billing.settlement.started", s.month());
        rows = null;
    }

    /** The month for every provider: one job, one click. */
    public void startAll() {
        SettlementService.MonthRun run = settlements.startMonth(YearMonth.parse(getMonth()));
        Messages.info("billing.settlement.startedAll", run.month(), run.started().size(), run.skipped().size());
        rows = null;
    }

    public void close(Row row) {
        settlements.close(row.getId());
        Messages.info("billing.settlement.closedInfo", row.getMonth());
        rows = null;
    }

    private Long adjustingId;
    private String adjustmentReason;

    public void prepareAdjustment(Row row) {
        adjustingId = row.getId();
        adjustmentReason = null;
    }

    public void adjust() {
        int added = settlements.adjust(adjustingId, adjustmentReason).size();
        if (added == 0) {
            Messages.info("billing.adjustment.nothing");
        } else {
            Messages.info("billing.adjustment.added", added);
        }
        adjustingId = null;
        rows = null;
    }

    public String getAdjustmentReason() { return adjustmentReason; }
    public void setAdjustmentReason(String adjustmentReason) { this.adjustmentReason = adjustmentReason; }

    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).minusMonths(1).toString();
        }
        return month;
    }
    public void setMonth(String month) { this.month = month; }
}
