package se.hemtjanst.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.plan.application.ClientPlan;
import se.hemtjanst.plan.application.PlanDraft;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.web.Messages;
import se.hemtjanst.shared.web.Option;

/**
 * A client's implementation plan (plans/plan.xhtml?clientId=..). The provider manager writes it (one row per ordered
 * service, goals per life area), sees planned time against ramtid while typing, saves revisions and registers the
 * signing; the assessor reads the same page. A refused save (someone else saved meanwhile) leaves the input on the
 * screen with the message.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    transient PlanService plans;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private Long clientId;
    private boolean loaded;

    // What the page shows besides the form (kept as text: the view never holds entities).
    private String clientName;
    private String providerName;
    private Long orderId;
    private LocalDate orderStart;
    private int orderVersionNo;
    private Integer planOrderVersionNo;
    private BigDecimal ramtidHours;
    private boolean started;
    private String status;
    private LocalDate deadline;
    private boolean needsReview;
    private LocalDate signedOn;
    private String signedContactPerson;
    private boolean changedSinceSigning;
    private String startedText;
    private final List<String> orderGoals = new ArrayList<>();
    private final List<RevisionRow> revisions = new ArrayList<>();

    // The form.
    private Long version;
    private String contactPerson;
    private String clientParticipation;
    private LocalDate followUpOn;
    private boolean reviewed;
    private final List<ActivityRow> activities = new ArrayList<>();
    private final List<GoalRow> goals = new ArrayList<>();

    // The signing.
    private LocalDate signOn;
    private boolean clientSigned;
    private String signContactPerson;

    // The live check against ramtid.
    private String plannedText;
    private String frameText;
    private boolean withinFrame = true;

    /** One ordered service as planned on the screen. */
    public static final class ActivityRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String serviceCode;
        private String serviceName;
        private boolean inFrame;
        private String frequency;
        private Integer count;
        private List<String> weekdays = new ArrayList<>();
        private String timeOfDay;
        private String how;
        private String wishes;
        private Integer minutes;

        public String getServiceCode() { return serviceCode; }
        public String getServiceName() { return serviceName; }
        public boolean isInFrame() { return inFrame; }
        public String getFrequency() { return frequency; }
        public void setFrequency(String frequency) { this.frequency = frequency; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public List<String> getWeekdays() { return weekdays; }
        public void setWeekdays(List<String> weekdays) { this.weekdays = weekdays == null ? new ArrayList<>() : weekdays; }
        public String getTimeOfDay() { return timeOfDay; }
        public void setTimeOfDay(String timeOfDay) { this.timeOfDay = timeOfDay; }
        public String getHow() { return how; }
        public void setHow(String how) { this.how = how; }
        public String getWishes() { return wishes; }
        public void setWishes(String wishes) { this.wishes = wishes; }
        public Integer getMinutes() { return minutes; }
        public void setMinutes(Integer minutes) { this.minutes = minutes; }
    }

    /** One individual goal as edited. */
    public static final class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String lifeArea = LifeArea.PERSONLIG_VARD.name();
        private String goal;
        private String activity;
        private String responsible;
        private LocalDate followUpOn;

        public String getLifeArea() { return lifeArea; }
        public void setLifeArea(String lifeArea) { this.lifeArea = lifeArea; }
        public String getGoal() { return goal; }
        public void setGoal(String goal) { this.goal = goal; }
        public String getActivity() { return activity; }
        public void setActivity(String activity) { this.activity = activity; }
        public String getResponsible() { return responsible; }
        public void setResponsible(String responsible) { this.responsible = responsible; }
        public LocalDate getFollowUpOn() { return followUpOn; }
        public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    }

    /** A line of the history. */
    public static final class RevisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int revisionNo;
        private final String event;
        private final String savedBy;
        private final String savedAt;
        private final String plannedHours;
        private final int orderVersionNo;
        private final boolean needsReview;

        RevisionRow(int revisionNo, String event, String savedBy, String savedAt, String plannedHours,
                    int orderVersionNo, boolean needsReview) {
            this.revisionNo = revisionNo;
            this.event = event;
            this.savedBy = savedBy;
            this.savedAt = savedAt;
            this.plannedHours = plannedHours;
            this.orderVersionNo = orderVersionNo;
            this.needsReview = needsReview;
        }

        public int getRevisionNo() { return revisionNo; }
        public String getEvent() { return event; }
        public String getSavedBy() { return savedBy; }
        public String getSavedAt() { return savedAt; }
        public String getPlannedHours() { return plannedHours; }
        public int getOrderVersionNo() { return orderVersionNo; }
        public boolean isNeedsReview() { return needsReview; }
    }

    /** View action: a refusal (outside reach, no order) becomes a message instead of a broken page. */
    public void load() {
        if (clientId == null || loaded) {
            return;
        }
        show(plans.get(clientId));
        loaded = true;
    }

    private void show(ClientPlan p) {
        clientName = p.clientName();
        providerName = p.order().provider().name();
        orderId = p.order().id();
        orderStart = p.order().validity().validFrom();
        orderVersionNo = p.orderVersion().versionNo();
        ramtidHours = p.orderVersion().ramtidHours();
        started = p.started();
        status = p.status().name();
        deadline = p.deadline();
        needsReview = p.needsReview();
        orderGoals.clear();
        p.orderVersion().goals().forEach(g -> orderGoals.add(Messages.text("lifeArea." + g.lifeArea().name())
                + ": " + g.goal()));
        revisions.clear();
        for (PlanRevision r : p.revisions()) {
            revisions.add(new RevisionRow(r.revisionNo(), Messages.text("plan.revision.event." + r.event().name()),
                    r.savedBy(), STAMP.format(r.savedAt()), hours(r.plannedHours()), r.orderVersionNo(),
                    r.needsReview()));
        }
        if (p.plan() != null) {
            version = p.plan().version();
            planOrderVersionNo = p.plan().orderVersionNo();
            signedOn = p.plan().signedOn();
            signedContactPerson = p.plan().signedContactPerson();
            changedSinceSigning = p.plan().changedSinceSigning();
            startedText = p.plan().startedBy() + " " + STAMP.format(p.plan().startedAt());
        } else {
            version = null;
            planOrderVersionNo = null;
        }
        PlanContent c = p.content();
        contactPerson = c.contactPerson();
        clientParticipation = c.clientParticipation();
        followUpOn = c.followUpOn();
        activities.clear();
        for (PlanActivity a : c.activities()) {
            ActivityRow row = new ActivityRow();
            row.serviceCode = a.serviceCode();
            row.serviceName = a.serviceName();
            row.inFrame = a.inFrame();
            row.frequency = a.frequency() == null ? null : a.frequency().name();
            row.count = a.inFrame() ? a.count() : null;
            row.weekdays = new ArrayList<>(a.weekdays().stream().sorted().map(Enum::name).toList());
            row.timeOfDay = a.timeOfDay();
            row.how = a.how();
            row.wishes = a.wishes();
            row.minutes = a.minutes();
            activities.add(row);
        }
        goals.clear();
        for (PlanGoal g : c.goals()) {
            GoalRow row = new GoalRow();
            row.lifeArea = g.lifeArea().name();
            row.goal = g.goal();
            row.activity = g.activity();
            row.responsible = g.responsible();
            row.followUpOn = g.followUpOn();
            goals.add(row);
        }
        signOn = LocalDate.now(clock);
        signContactPerson = contactPerson;
        clientSigned = false;
        reviewed = false;
        checkFrame();
    }

    /** The live check: planned time per month against ramtid, and by how much it is above. */
    private void checkFrame() {
        try {
            FrameCheck check = FrameCheck.of(content(), ramtidHours);
            withinFrame = check.within();
            plannedText = hours(check.plannedHours()) + " h";
            frameText = withinFrame
                    ? Messages.text("plan.frame.within", hours(check.remainingHours()), hours(ramtidHours))
                    : Messages.text("plan.frame.above", hours(check.excessHours()),
                            check.excessHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.UP),
                            hours(ramtidHours));
        } catch (BusinessException e) {
            withinFrame = true;
            plannedText = "–";
            frameText = Messages.text(e.messageKey(), e.args());
        }
    }

    /** Ajax listener of every field that changes planned time. */
    public void recalculate(jakarta.faces.event.AjaxBehaviorEvent event) {
        checkFrame();
    }

    public void addGoal() {
        goals.add(new GoalRow());
    }

    public void removeGoal(GoalRow row) {
        goals.remove(row);
    }

    public String save() {
        PlanDraft draft = draft();
        ClientPlan saved = plans.save(clientId, draft);
        Messages.infoAfterRedirect("plan.saved", saved.plan().revisionNo());
        return "/plans/plan?faces-redirect=true&clientId=" + clientId;
    }

    public String sign() {
        PlanDraft.Signing s = new PlanDraft.Signing();
        s.version = version;
        s.signedOn = signOn;
        s.clientSigned = clientSigned;
        s.contactPerson = signContactPerson;
        plans.sign(clientId, s);
        Messages.infoAfterRedirect("plan.signed");
        return "/plans/plan?faces-redirect=true&clientId=" + clientId;
    }

    private PlanDraft draft() {
        PlanDraft d = new PlanDraft();
        d.version = version;
        d.orderVersionNo = reviewed || !started ? Integer.valueOf(orderVersionNo) : planOrderVersionNo;
        d.contactPerson = contactPerson;
        d.clientParticipation = clientParticipation;
        d.followUpOn = followUpOn;
        for (ActivityRow row : activities) {
            PlanDraft.ActivityRequest r = new PlanDraft.ActivityRequest();
            r.serviceCode = row.serviceCode;
            r.frequency = row.frequency;
            r.count = row.count;
            r.weekdays = new ArrayList<>(row.weekdays);
            r.timeOfDay = row.timeOfDay;
            r.how = row.how;
            r.wishes = row.wishes;
            r.minutes = row.minutes;
            d.activities.add(r);
        }
        for (GoalRow row : goals) {
            PlanDraft.GoalRequest g = new PlanDraft.GoalRequest();
            g.lifeArea = row.lifeArea;
            g.goal = row.goal;
            g.activity = row.activity;
            g.responsible = row.responsible;
            g.followUpOn = row.followUpOn;
            d.goals.add(g);
        }
        return d;
    }

    /** The content as typed, for the live check (goals do not matter for time). */
    private PlanContent content() {
        List<PlanActivity> list = new ArrayList<>();
        for (ActivityRow row : activities) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            row.weekdays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
            list.add(new PlanActivity(row.serviceCode, row.serviceName, row.inFrame,
                    row.frequency == null || row.frequency.isBlank() ? null : FrequencyKind.valueOf(row.frequency),
                    row.count == null ? 0 : row.count, days, null, null, null,
                    row.minutes == null ? 0 : row.minutes));
        }
        return new PlanContent(null, null, null, list, List.of());
    }

    private static String hours(BigDecimal h) {
        return h == null ? "" : String.format(Messages.locale(), "%.2f", h.setScale(2, RoundingMode.HALF_UP));
    }

    public List<Option> getFrequencies() {
        return Arrays.stream(FrequencyKind.values())
                .map(k -> new Option(k.name(), Messages.text("plan.frequency." + k.name()))).toList();
    }

    public List<Option> getWeekdayOptions() {
        Locale locale = Messages.locale();
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.SHORT, locale))).toList();
    }

    public List<Option> getLifeAreas() {
        return Arrays.stream(LifeArea.values())
                .map(a -> new Option(a.name(), Messages.text("lifeArea." + a.name()))).toList();
    }

    public boolean isEditable() {
        return loaded && currentUser.isProviderManager();
    }

    public String getSignedText() {
        return signedOn == null ? Messages.text("plan.notSigned") : signedOn + " · " + signedContactPerson;
    }

    public String getStatusText() {
        return status == null ? "" : Messages.text("plan.status." + status);
    }

    public String getStatusClass() {
        return status == null ? "" : "plan-status plan-status-" + status.toLowerCase(Locale.ROOT);
    }

    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public boolean isLoaded() { return loaded; }
    public String getClientName() { return clientName; }
    public String getProviderName() { return providerName; }
    public Long getOrderId() { return orderId; }
    public LocalDate getOrderStart() { return orderStart; }
    public int getOrderVersionNo() { return orderVersionNo; }
    public Integer getPlanOrderVersionNo() { return planOrderVersionNo; }
    public String getRamtidText() { return hours(ramtidHours) + " h"; }
    public boolean isStarted() { return started; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isNeedsReview() { return needsReview; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getSignedContactPerson() { return signedContactPerson; }
    public boolean isChangedSinceSigning() { return changedSinceSigning; }
    public String getStartedText() { return startedText; }
    public List<String> getOrderGoals() { return orderGoals; }
    public List<RevisionRow> getRevisions() { return revisions; }
    public Long getVersion() { return version; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getClientParticipation() { return clientParticipation; }
    public void setClientParticipation(String clientParticipation) { this.clientParticipation = clientParticipation; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public boolean isReviewed() { return reviewed; }
    public void setReviewed(boolean reviewed) { this.reviewed = reviewed; }
    public List<ActivityRow> getActivities() { return activities; }
    public List<GoalRow> getGoals() { return goals; }
    public LocalDate getSignOn() { return signOn; }
    public void setSignOn(LocalDate signOn) { this.signOn = signOn; }
    public boolean isClientSigned() { return clientSigned; }
    public void setClientSigned(boolean clientSigned) { this.clientSigned = clientSigned; }
    public String getSignContactPerson() { return signContactPerson; }
    public void setSignContactPerson(String signContactPerson) { this.signContactPerson = signContactPerson; }
    public String getPlannedText() { return plannedText; }
    public String getFrameText() { return frameText; }
    public boolean isWithinFrame() { return withinFrame; }
}
