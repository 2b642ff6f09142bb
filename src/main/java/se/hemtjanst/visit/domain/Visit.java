package se.hemtjanst.visit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * One staff member's visit at one client: arrival (KOM) and departure (GICK), the service it was for, its length
 * in minutes (real elapsed time, so daylight-saving nights count right), and its deviations. Double staffing is
 * two visits. Declined visits are recorded but not paid. After the correction window the visit is locked.
 */
@Entity
@Table(name = "visit")
public class Visit {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    /** The client's id as a column of its own (read-only), for projections that need no client. */
    @Column(name = "client_id", insertable = false, updatable = false)
    private Long clientId;

    private String staff;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "visit_day")
    private LocalDate visitDay;

    @Column(name = "arrival_at")
    private Instant arrivalAt;

    @Column(name = "departure_at")
    private Instant departureAt;

    private Integer minutes;

    @Enumerated(EnumType.STRING)
    private VisitStatus status;

    private boolean declined;
    private boolean manual;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_reason")
    private ManualReason manualReason;

    @Column(name = "manual_note")
    private String manualNote;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "correct_by")
    private LocalDate correctBy;

    private boolean locked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_deviation", joinColumns = @JoinColumn(name = "visit_id"))
    private List<Deviation> deviations = new ArrayList<>();

    @Version
    private long version;

    protected Visit() {
    }

    private Visit(Client client, Provider provider, String staff, String serviceCode, LocalDate visitDay,
                  boolean declined, int correctionDays) {
        this.client = Objects.requireNonNull(client, "client");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
        this.visitDay = visitDay;
        this.declined = declined;
        this.correctBy = CorrectionWindow.lastDay(visitDay, correctionDays);
    }

    /** KOM: the staff member arrived. */
    public static Visit arrival(Client client, Provider provider, String staff, String serviceCode, Instant at,
                                boolean declined, VisitRules rules) {
        Visit v = new Visit(client, provider, staff, serviceCode, day(at), declined, rules.correctionDays());
        v.arrivalAt = at;
        v.status = VisitStatus.OPEN;
        return v;
    }

    /** GICK without a KOM: kept as an incomplete visit for the provider to correct. */
    public static Visit departureOnly(Client client, Provider provider, String staff, String serviceCode, Instant at,
                                      boolean declined, VisitRules rules) {
        Visit v = new Visit(client, provider, staff, serviceCode, day(at), declined, rules.correctionDays());
        v.departureAt = at;
        v.status = VisitStatus.INCOMPLETE;
        v.flag(Deviation.Kind.MISSING_ARRIVAL, "Departure without arrival");
        return v;
    }

    /** A visit registered by hand (outside the home, no tag, phone failure): shown as manual, approved by a manager. */
    public static Visit manual(Client client, Provider provider, String staff, String serviceCode, Instant arrival,
                               Instant departure, ManualReason reason, String note, boolean declined, VisitRules rules) {
        if (reason == null) {
            throw new InvalidInputException("visit.manualReason.required", "reasonCode",
                    "A manual registration needs a reasonCode: OUTSIDE_HOME, TAG_DECLINED, NO_TAG, PHONE_FAILURE or OTHER");
        }
        if (reason == ManualReason.OTHER && (note == null || note.strip().length() < 5)) {
            throw new InvalidInputException("visit.manualNote.required", "note",
                    "Reason OTHER needs a note saying what happened");
        }
        requireOrder(arrival, departure);
        Visit v = new Visit(client, provider, staff, serviceCode, day(arrival), declined, rules.correctionDays());
        v.arrivalAt = arrival;
        v.departureAt = departure;
        v.manual = true;
        v.manualReason = reason;
        v.manualNote = note == null || note.isBlank() ? null : note.strip();
        v.status = VisitStatus.COMPLETE;
        v.minutes = minutesBetween(arrival, departure);
        v.flag(Deviation.Kind.MANUAL, reason.name());
        v.checkLength(rules);
        return v;
    }

    /** GICK: the visit is complete; too short or too long becomes a deviation. */
    public void depart(Instant at, VisitRules rules) {
        if (status != VisitStatus.OPEN) {
            throw new ConflictException("visit.notOpen", null, "Visit " + id + " is not open");
        }
        if (at.isBefore(arrivalAt)) {
            flag(Deviation.Kind.CLOCK_SKEW, "Departure before arrival");
            at = arrivalAt;
        }
        departureAt = at;
        minutes = minutesBetween(arrivalAt, at);
        status = VisitStatus.COMPLETE;
        checkLength(rules);
    }

    /** The client said no at the door: recorded, never paid. */
    public void markDeclined() {
        declined = true;
    }

    /** The staff member tapped in at another client without tapping out here. */
    public void abandon() {
        if (status == VisitStatus.OPEN) {
            status = VisitStatus.INCOMPLETE;
            flag(Deviation.Kind.MISSING_DEPARTURE, "No departure registered");
        }
    }

    public void flag(Deviation.Kind kind, String detail) {
        if (deviations.stream().noneMatch(d -> d.kind() == kind)) {
            deviations.add(new Deviation(kind, detail));
        }
    }

    private void checkLength(VisitRules rules) {
        if (minutes == null) {
            return;
        }
        if (minutes < rules.tooShortMinutes()) {
            flag(Deviation.Kind.TOO_SHORT, minutes + " min");
        }
        if (minutes > rules.tooLongMinutes()) {
            flag(Deviation.Kind.TOO_LONG, minutes + " min");
        }
    }

    /** A manager approves a manual registration. */
    public void approve(String by, Instant at) {
        if (!manual) {
            throw new ConflictException("visit.notManual", null, "Only manual registrations are approved");
        }
        if (approvedBy != null) {
            throw new ConflictException("visit.alreadyApproved", null, "Visit " + id + " is already approved");
        }
        approvedBy = Objects.requireNonNull(by, "by");
        approvedAt = Objects.requireNonNull(at, "at");
        resolve(Deviation.Kind.MANUAL);
    }

    /**
     * The provider corrects times or service within the window. Returns what changed, for the audit rows; the
     * deviations the correction answers are marked resolved, and the length is checked again.
     */
    public List<String[]> correct(Instant arrival, Instant departure, String newServiceCode, boolean newDeclined,
                                  LocalDate today, VisitRules rules) {
        if (locked || today.isAfter(correctBy)) {
            throw new ConflictException("visit.locked", null, "Visit " + id + " is locked for billing since "
                    + correctBy.plusDays(1) + "; ask system administration to unlock it", correctBy);
        }
        requireOrder(arrival, departure);
        List<String[]> changes = new ArrayList<>();
        if (!Objects.equals(arrival, arrivalAt)) {
            changes.add(new String[] {"ARRIVAL", String.valueOf(arrivalAt), String.valueOf(arrival)});
        }
        if (!Objects.equals(departure, departureAt)) {
            changes.add(new String[] {"DEPARTURE", String.valueOf(departureAt), String.valueOf(departure)});
        }
        if (newServiceCode != null && !newServiceCode.equals(serviceCode)) {
            changes.add(new String[] {"SERVICE", serviceCode, newServiceCode});
            serviceCode = newServiceCode;
        }
        if (newDeclined != declined) {
            changes.add(new String[] {"DECLINED", String.valueOf(declined), String.valueOf(newDeclined)});
            declined = newDeclined;
        }
        arrivalAt = arrival;
        departureAt = departure;
        minutes = minutesBetween(arrival, departure);
        status = VisitStatus.COMPLETE;
        for (Deviation d : deviations) {
            if (d.kind() != Deviation.Kind.MANUAL) {
                d.resolve();
            }
        }
        deviations.removeIf(d -> (d.kind() == Deviation.Kind.TOO_SHORT || d.kind() == Deviation.Kind.TOO_LONG));
        checkLength(rules);
        return changes;
    }

    /** After the window: the visit counts for billing as it is. */
    public boolean lockIfDue(LocalDate today) {
        if (!locked && today.isAfter(correctBy)) {
            locked = true;
            if (status == VisitStatus.OPEN) {
                abandon();
            }
            return true;
        }
        return false;
    }

    /**
     * An audited administrative unlock: the provider gets until {@code until} to correct. A visit is locked once its
     * window has passed, whether or not the nightly lock has marked it yet.
     */
    public void unlock(LocalDate until, LocalDate today) {
        if (!locked && !today.isAfter(correctBy)) {
            throw new ConflictException("visit.notLocked", null, "Visit " + id + " is not locked");
        }
        locked = false;
        correctBy = until;
    }

    private void resolve(Deviation.Kind kind) {
        deviations.stream().filter(d -> d.kind() == kind).forEach(Deviation::resolve);
    }

    private static void requireOrder(Instant arrival, Instant departure) {
        if (arrival == null || departure == null) {
            throw new InvalidInputException("visit.times.required", "arrival", "arrival and departure are required");
        }
        if (departure.isBefore(arrival)) {
            throw new InvalidInputException("visit.times.order", "departure", "departure must not be before arrival");
        }
        if (Duration.between(arrival, departure).toHours() > 24) {
            throw new InvalidInputException("visit.times.tooLong", "departure", "a visit lasts at most 24 hours");
        }
    }

    /** Whole minutes of real elapsed time, rounded half up (a visit of 7 min 30 s is 8 min). */
    static int minutesBetween(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return (int) ((seconds + 30) / 60);
    }

    static LocalDate day(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    public boolean hasOpenDeviations() {
        return deviations.stream().anyMatch(d -> !d.resolved());
    }

    public Long id() { return id; }
    public Client client() { return client; }
    /** The client's id without reading the client (a new visit has no stored column yet). */
    public long clientId() { return clientId != null ? clientId : client.id(); }
    public Provider provider() { return provider; }
    public String staff() { return staff; }
    public String serviceCode() { return serviceCode; }
    public LocalDate visitDay() { return visitDay; }
    public Instant arrivalAt() { return arrivalAt; }
    public Instant departureAt() { return departureAt; }
    public Integer minutes() { return minutes; }
    public VisitStatus status() { return status; }
    public boolean declined() { return declined; }
    public boolean manual() { return manual; }
    public ManualReason manualReason() { return manualReason; }
    public String manualNote() { return manualNote; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public LocalDate correctBy() { return correctBy; }
    public boolean locked() { return locked; }
    public List<Deviation> deviations() { return List.copyOf(deviations); }
}
