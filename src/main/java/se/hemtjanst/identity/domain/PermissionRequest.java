package se.hemtjanst.identity.domain;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Objects;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * A person's application for a role in a unit (an assessor's district, a provider for managers and staff), decided
 * by a manager of that unit. "Manager of the unit": for a provider, a PROVIDER_MANAGER of that provider; for a
 * district, an ADMIN (there is no district-manager role). An ADMIN may also decide a provider's requests, or a new
 * provider could never get its first manager. Nobody decides their own request, whatever their roles.
 */
@Entity
@Table(name = "permission_request")
public class PermissionRequest {

    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permission_request_seq")
    @SequenceGenerator(name = "permission_request_seq", sequenceName = "permission_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_role")
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    private String motivation;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected PermissionRequest() {
    }

    public PermissionRequest(Account requester, Role role, District district, Provider provider, String motivation,
                             Instant createdAt) {
        if (role == null || role == Role.ADMIN) {
            throw new InvalidInputException("permission.role.invalid", "role",
                    "Apply for ASSESSOR, PROVIDER_MANAGER or STAFF (ADMIN is never applied for)");
        }
        boolean providerRole = role != Role.ASSESSOR;
        if (providerRole ? provider == null || district != null : district == null || provider != null) {
            throw new InvalidInputException("permission.unit.invalid", "unit",
                    "An assessor applies for a district, provider managers and staff for a provider");
        }
        if (motivation == null || motivation.isBlank() || motivation.length() > 1000) {
            throw new InvalidInputException("permission.motivation.required", "motivation",
                    "Say briefly why you need the role (at most 1000 characters)");
        }
        this.requester = Objects.requireNonNull(requester, "requester");
        this.role = role;
        this.district = district;
        this.provider = provider;
        this.motivation = motivation.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether this account is a manager of the request's unit (its own request aside, see {@link #decide}). */
    public boolean managedBy(Account decider) {
        if (decider == null || !decider.enabled()) {
            return false;
        }
        if (decider.has(Role.ADMIN)) {
            return true;
        }
        return provider != null && decider.has(Role.PROVIDER_MANAGER) && decider.provider() != null
                && sameUnit(decider.provider(), provider);
    }

    /** Approve or reject: only a manager of the unit, never the requester, only while pending. */
    public void decide(Account decider, boolean approve, String note, Instant at) {
        if (decider == null || isRequester(decider)) {
            throw new AccessDeniedException("permission.decide.own", "Nobody decides their own permission request");
        }
        if (!managedBy(decider)) {
            throw new AccessDeniedException("permission.decide.notManager",
                    "Only a manager of the unit decides this request");
        }
        if (status != Status.PENDING) {
            throw new ConflictException("permission.decided", "status", "The request is already " + status);
        }
        if (!approve && (note == null || note.isBlank())) {
            throw new InvalidInputException("permission.note.required", "note", "Say why the request is rejected");
        }
        if (approve) {
            requester.grant(role, district, provider);
        }
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = decider.username();
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decisionNote = note == null || note.isBlank() ? null : cut(note.strip(), 1000);
    }

    /** The requester takes back a pending request; also done for them when their employment ends. */
    public void withdraw(String by, Instant at) {
        if (status != Status.PENDING) {
            throw new ConflictException("permission.decided", "status", "The request is already " + status);
        }
        this.status = Status.WITHDRAWN;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isRequester(Account account) {
        return account != null && (account == requester
                || (account.id() != null && account.id().equals(requester.id()))
                || account.username().equals(requester.username()));
    }

    private static boolean sameUnit(Provider a, Provider b) {
        return a == b || (a.id() != null && a.id().equals(b.id()));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Account requester() { return requester; }
    public Role role() { return role; }
    public District district() { return district; }
    public Provider provider() { return provider; }
    public String motivation() { return motivation; }
    public Status status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public Instant createdAt() { return createdAt; }

    public String unitName() {
        return provider != null ? provider.name() : district.name();
    }
}
