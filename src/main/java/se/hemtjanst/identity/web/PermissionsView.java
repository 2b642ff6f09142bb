package se.hemtjanst.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import se.hemtjanst.identity.application.PermissionRequestService;
import se.hemtjanst.identity.application.PermissionRequestService.RequestView;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.shared.web.Option;

/**
 * Behörigheter: a person applies for a role in a unit and follows their own requests; a manager of a unit (a
 * provider's PROVIDER_MANAGER, an ADMIN for districts) approves or rejects the pending requests on the same page.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PermissionRequestService service;

    @Inject
    transient ClientAddress clientAddress;

    private String role;
    /** "PROVIDER:id" or "DISTRICT:id": one list of units, checked against the role. */
    private String unit;
    private String motivation;
    private List<Option> units;
    private List<Row> mine;
    private List<Row> toDecide;

    /** One request on the page, with the manager's note while deciding (getters for EL; entities stay out). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String requester;
        private final String role;
        private final String unitName;
        private final String motivation;
        private final String status;
        private final String decidedBy;
        private final String decisionNote;
        private String note;

        Row(RequestView v) {
            this.id = v.id();
            this.requester = v.requesterName() + " (" + v.requester() + ")";
            this.role = v.role().name();
            this.unitName = v.unitName();
            this.motivation = v.motivation();
            this.status = v.status().name();
            this.decidedBy = v.decidedBy();
            this.decisionNote = v.decisionNote();
        }

        public long getId() { return id; }
        public String getRequester() { return requester; }
        public String getRole() { return role; }
        public String getRoleText() { return Messages.text("permission.role." + role); }
        public String getUnitName() { return unitName; }
        public String getMotivation() { return motivation; }
        public String getStatus() { return status; }
        public String getStatusText() { return Messages.text("permission.status." + status); }
        public boolean isPending() { return "PENDING".equals(status); }
        public String getDecidedBy() { return decidedBy; }
        public String getDecisionNote() { return decisionNote; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @PostConstruct
    void load() {
        units = service.units().stream().map(u -> new Option(u.kind() + ":" + u.id(),
                Messages.text("permission.unitKind." + u.kind()) + ": " + u.name())).toList();
        refresh();
    }

    private void refresh() {
        List<RequestView> all = service.visible();
        mine = all.stream().filter(RequestView::mine).map(Row::new).toList();
        toDecide = all.stream().filter(RequestView::decidable).map(Row::new).toList();
    }

    public void apply() {
        Role wanted = role == null || role.isBlank() ? null : Role.valueOf(role);
        String kind = unit == null ? "" : unit.substring(0, unit.indexOf(':') + 1);
        if (wanted == null || unit == null || !kind.equals(wanted == Role.ASSESSOR ? "DISTRICT:" : "PROVIDER:")) {
            Messages.error(null, "permission.unit.invalid");
            return;
        }
        service.apply(wanted, Long.valueOf(unit.substring(kind.length())), motivation, address());
        Messages.info("permission.applied");
        role = null;
        unit = null;
        motivation = null;
        refresh();
    }

    public void approve(Row row) {
        service.approve(row.getId(), row.getNote(), address());
        Messages.info("permission.approved.done", row.getRequester());
        refresh();
    }

    public void reject(Row row) {
        service.reject(row.getId(), row.getNote(), address());
        Messages.info("permission.rejected.done", row.getRequester());
        refresh();
    }

    public void withdraw(Row row) {
        service.withdraw(row.getId(), address());
        Messages.info("permission.withdrawn.done");
        refresh();
    }

    private String address() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }

    public List<String> getRoles() { return List.of("STAFF", "PROVIDER_MANAGER", "ASSESSOR"); }
    public String roleText(String r) { return Messages.text("permission.role." + r); }
    public List<Option> getUnits() { return units; }
    public List<Row> getMine() { return mine; }
    public List<Row> getToDecide() { return toDecide; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
}
