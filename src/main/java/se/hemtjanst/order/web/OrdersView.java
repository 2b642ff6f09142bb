package se.hemtjanst.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.shared.web.Messages;

/**
 * The order lists (orders/index.xhtml): for a provider manager the inbox of new and changed orders to
 * acknowledge, for an assessor the orders the provider has not acknowledged yet. Both open on that list; the
 * status filter shows the rest.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    /** SENT (the default: waiting for acknowledgement), ACKNOWLEDGED, DRAFT, ENDED or ALL. */
    private String status = OrderStatus.SENT.name();
    private transient List<FrameOrder> rows;

    public List<FrameOrder> getRows() {
        if (rows == null) {
            rows = orders.list("ALL".equals(status) ? null : OrderStatus.valueOf(status));
        }
        return rows;
    }

    public void acknowledge(FrameOrder order) {
        orders.acknowledge(order.id());
        Messages.info("order.acknowledged");
        rows = null;
    }

    public void filter() {
        rows = null;
    }

    public String statusText(FrameOrder o) {
        return Messages.text("order.status." + o.status().name());
    }

    /** New (first version) or changed (a later version) — what the provider must read. */
    public String news(FrameOrder o) {
        return o.currentVersion() == null ? "" : o.currentVersion().versionNo() > 1
                ? Messages.text("order.changedVersion", o.currentVersion().versionNo()) : Messages.text("order.newOrder");
    }

    public boolean canAcknowledge(FrameOrder o) {
        return currentUser.isProviderManager() && o.status() == OrderStatus.SENT;
    }

    public String getFileName() {
        return "bestallningar-" + status.toLowerCase(java.util.Locale.ROOT) + "-" + LocalDate.now(clock);
    }

    public String getStatus() { return status; }
    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? OrderStatus.SENT.name() : status;
    }
}
