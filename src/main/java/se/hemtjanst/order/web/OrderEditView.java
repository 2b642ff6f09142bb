package se.hemtjanst.order.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.order.application.OrderDraft;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.RamtidComputation;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.shared.web.Option;

/**
 * The assessor writes a frame order for a client (orders/new.xhtml?clientId=..): chosen provider, description,
 * purpose, granted services; the calculation support shows ramtid line by line while the services are edited.
 * Few clicks: the validity starts today, a new service line starts as once a day.
 */
@Named
@ViewScoped
public class OrderEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Inject
    transient ClientService clients;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient Clock clock;

    private Long clientId;
    /** Set when the assessor changes an existing order: saving writes its next version. */
    private Long orderId;
    private String changeReason;
    private String clientName;
    private List<Option> providers;
    private List<Option> services;
    private Long providerId;
    private LocalDate validFrom;
    private String description;
    private String purpose;
    private final List<Line> lines = new ArrayList<>();
    private BigDecimal overrideHours;
    private String overrideReason;
    private List<String> explanation = List.of();
    private BigDecimal ramtidHours;

    /** One granted service as edited on the screen. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String frequency = "PER_DAY";
        private Integer count = 1;
        private String visitGroup;
        private BigDecimal ownHours;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getFrequency() { return frequency; }
        public void setFrequency(String frequency) { this.frequency = frequency; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public String getVisitGroup() { return visitGroup; }
        public void setVisitGroup(String visitGroup) { this.visitGroup = visitGroup; }
        public BigDecimal getOwnHours() { return ownHours; }
        public void setOwnHours(BigDecimal ownHours) { this.ownHours = ownHours; }
    }

    /** View action: loads the client (a logged read, refused outside the district) and the choices. */
    public void load() {
        if ((clientId == null && orderId == null) || clientName != null) {
            return;
        }
        FrameOrder existing = orderId == null ? null : orders.get(orderId);
        if (existing != null) {
            clientId = existing.client().id();
        }
        Client client = clients.get(clientId);
        clientName = client.fullName() + " (" + client.personalIdentityNumber().formatted() + ")";
        validFrom = LocalDate.now(clock);
        providers = orders.providers().stream().map(p -> new Option(String.valueOf(p.id()), p.name())).toList();
        services = catalog.search(new ServiceQuery(null, null, null, validFrom, ServiceQuery.SortField.MAIN_AREA,
                        true, 0, ServiceQuery.MAX_PAGE_SIZE)).rows().stream()
                .filter(s -> !s.inFrame() || s.standardMinutes() != null)
                .map(s -> new Option(s.code(), s.name() + (s.inFrame() ? " (" + s.standardMinutes() + " min)"
                        : " – " + Messages.text("order.outsideFrame"))))
                .toList();
        if (existing == null) {
            addLine();
        } else {
            prefill(existing);
        }
    }

    /** A change starts from the order as it is: the current version's texts and services. */
    private void prefill(FrameOrder existing) {
        OrderVersion current = existing.currentVersion();
        providerId = existing.provider().id();
        if (validFrom.isBefore(existing.validity().validFrom())) {
            validFrom = existing.validity().validFrom();
        }
        description = current.description();
        purpose = current.purpose();
        overrideHours = current.overrideHours();
        overrideReason = current.overrideReason();
        for (OrderedService s : current.services()) {
            Line line = new Line();
            line.code = s.serviceCode();
            line.frequency = s.frequencyKind() == null ? null : s.frequencyKind().name();
            line.count = s.frequencyCount();
            line.visitGroup = s.visitGroup();
            line.ownHours = s.ownHours();
            lines.add(line);
        }
        calculate();
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
        calculate();
    }

    /** Ajax listener of every field that changes the computation. */
    public void recalculate(jakarta.faces.event.AjaxBehaviorEvent event) {
        calculate();
    }

    /** The calculation support, live: shows each line's computation, or what is still missing. */
    public void calculate() {
        OrderDraft draft = draft();
        draft.services.removeIf(s -> s.code == null || s.code.isBlank());
        if (draft.services.isEmpty()) {
            explanation = List.of();
            ramtidHours = null;
            return;
        }
        try {
            RamtidComputation c = orders.calculate(draft);
            explanation = c.lines().stream().map(RamtidComputation.Line::explanation).toList();
            ramtidHours = c.ramtidHours();
        } catch (BusinessException e) {
            explanation = List.of(Messages.text(e.messageKey(), e.args()));
            ramtidHours = null;
        }
    }

    /** Saves the order and sends it to the chosen provider in one step. */
    public String saveAndSend() {
        if (orderId != null) {
            OrderDraft draft = draft();
            draft.changeReason = changeReason;
            orders.newVersion(orderId, draft);
            FrameOrder order = orders.get(orderId);
            if (order.status() == OrderStatus.DRAFT) {
                orders.send(orderId);
            }
            Messages.infoAfterRedirect("order.changed", order.provider().name());
            return "/orders/order?faces-redirect=true&id=" + orderId;
        }
        FrameOrder order = orders.create(draft());
        orders.send(order.id());
        Messages.infoAfterRedirect("order.sent", order.provider().name());
        return "/clients/client?faces-redirect=true&id=" + clientId;
    }

    private OrderDraft draft() {
        OrderDraft d = new OrderDraft();
        d.clientId = clientId;
        d.providerId = providerId;
        d.validFrom = validFrom;
        d.appliesFrom = validFrom;
        d.description = description;
        d.purpose = purpose;
        d.overrideHours = overrideHours;
        d.overrideReason = overrideReason;
        for (Line line : lines) {
            OrderDraft.ServiceRequest r = new OrderDraft.ServiceRequest();
            r.code = line.code;
            r.frequency = line.frequency;
            r.count = line.count;
            r.visitGroup = line.visitGroup;
            r.ownHours = line.ownHours;
            d.services.add(r);
        }
        return d;
    }

    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public boolean isChange() { return orderId != null; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getClientName() { return clientName; }
    public List<Option> getProviders() { return providers; }
    public List<Option> getServices() { return services; }
    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<Line> getLines() { return lines; }
    public BigDecimal getOverrideHours() { return overrideHours; }
    public void setOverrideHours(BigDecimal overrideHours) { this.overrideHours = overrideHours; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public List<String> getExplanation() { return explanation; }
    public BigDecimal getRamtidHours() { return ramtidHours; }
}
