package se.hemtjanst.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.billing.application.ExcessService;
import se.hemtjanst.billing.domain.ExcessStatus;
import se.hemtjanst.billing.infrastructure.ExcessCaseRow;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.shared.web.Messages;

/**
 * The 110 % cases (billing/excess.xhtml): the provider explains each by its deadline, the assessor approves or
 * rejects by the later one; the screen shows the figures, the deadlines and what happens if nobody acts.
 */
@Named
@ViewScoped
public class ExcessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExcessService excess;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private transient List<Row> rows;
    private Long selectedId;
    private String text;

    /** A case as a row (a bean). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long clientId;
        private final String month;
        private final BigDecimal hours;
        private final BigDecimal amount;
        private final LocalDate explainBy;
        private final LocalDate decideBy;
        private final String status;
        private final String payment;
        private final String explanation;
        private final boolean explainable;
        private final boolean decidable;

        Row(ExcessCaseRow c, LocalDate today) {
            id = c.id();
            clientId = c.clientId();
            month = c.month().toString();
            hours = c.excessHours();
            amount = c.excessAmount();
            explainBy = c.explainBy();
            decideBy = c.decideBy();
            ExcessStatus now = c.toCase().statusOn(today);
            status = Messages.text("billing.excess.status." + now.name());
            payment = Messages.text("billing.excess.payment." + c.toCase().paymentOn(today).name());
            explanation = c.explanation();
            explainable = now == ExcessStatus.DETECTED;
            decidable = now == ExcessStatus.EXPLAINED;
        }

        public long getId() { return id; }
        public long getClientId() { return clientId; }
        public String getMonth() { return month; }
        public BigDecimal getHours() { return hours; }
        public BigDecimal getAmount() { return amount; }
        public LocalDate getExplainBy() { return explainBy; }
        public LocalDate getDecideBy() { return decideBy; }
        public String getStatus() { return status; }
        public String getPayment() { return payment; }
        public String getExplanation() { return explanation; }
        public boolean isExplainable() { return explainable; }
        public boolean isDecidable() { return decidable; }
    }

    public List<Row> getRows() {
        if (rows == null) {
            LocalDate today = LocalDate.now(clock);
            rows = excess.cases().stream().map(c -> new Row(c, today)).toList();
        }
        return rows;
    }

    public void select(Row row) {
        selectedId = row.getId();
        text = null;
    }

    public void explain() {
        excess.explain(selectedId, text);
        Messages.info("billing.excess.explained");
        rows = null;
    }

    public void approve() {
        excess.decide(selectedId, true, text);
        Messages.info("billing.excess.approved");
        rows = null;
    }

    public void reject() {
        excess.decide(selectedId, false, text);
        Messages.info("billing.excess.rejected");
        rows = null;
    }

    public boolean canExplain(Row row) {
        return currentUser.isProviderManager() && row.isExplainable();
    }

    public boolean canDecide(Row row) {
        return currentUser.isAssessor() && row.isDecidable();
    }

    public Long getSelectedId() { return selectedId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
