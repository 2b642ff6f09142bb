package se.hemtjanst.identity.domain;

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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * A personal account (never shared). An assessor belongs to a district, provider people to a provider; the
 * unit is what limits which clients the person reaches. The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at")
    private Instant createdAt;

    /** The TOTP secret, encrypted (never shown again after enrolment); null until the person enrols. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles,
                   District district, Provider provider, Instant createdAt) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw new InvalidInputException("account.username.invalid", "username",
                    "Username must be 3-60 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles == null) {
            throw new InvalidInputException("account.roles.empty", "roles", "Give the roles (empty for a newcomer "
                    + "who applies for a permission)");
        }
        boolean providerRole = roles.contains(Role.PROVIDER_MANAGER) || roles.contains(Role.STAFF);
        if (providerRole && provider == null) {
            throw new InvalidInputException("account.provider.required", "provider",
                    "Provider managers and staff must belong to a provider");
        }
        if (roles.contains(Role.ASSESSOR) && district == null) {
            throw new InvalidInputException("account.district.required", "district",
                    "Assessors must belong to a district");
        }
        if (providerRole && roles.contains(Role.ASSESSOR)) {
            throw new InvalidInputException("account.roles.conflict", "roles",
                    "One account cannot both order (assessor) and perform (provider) care");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.noneOf(Role.class);
        this.roles.addAll(roles);
        this.district = district;
        this.provider = provider;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public District district() {
        return district;
    }

    public Provider provider() {
        return provider;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void disable() {
        this.enabled = false;
    }

    public boolean totpEnrolled() {
        return totpSecret != null;
    }

    /** The encrypted TOTP secret, for the service that decrypts it; null when not enrolled. */
    public String sealedTotpSecret() {
        return totpSecret;
    }

    public Instant totpEnrolledAt() {
        return totpEnrolledAt;
    }

    public void enrolTotp(String sealedSecret, Instant at) {
        this.totpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
        this.totpEnrolledAt = Objects.requireNonNull(at, "at");
    }

    /** ADMIN recovery: the person enrols a new authenticator at the next login. */
    public void resetTotp() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
    }

    /**
     * An approved permission request: the role in the unit. An account belongs to one unit only, so a role in
     * another unit (of either kind) is refused; a move goes through ending the employment and a new account.
     */
    public void grant(Role role, District inDistrict, Provider atProvider) {
        if (role == null || role == Role.ADMIN) {
            throw new InvalidInputException("permission.role.invalid", "role",
                    "Only ASSESSOR, PROVIDER_MANAGER or STAFF can be applied for");
        }
        boolean providerRole = role != Role.ASSESSOR;
        if (providerRole ? atProvider == null || inDistrict != null : inDistrict == null || atProvider != null) {
            throw new InvalidInputException("permission.unit.invalid", "unit",
                    "An assessor belongs to a district, provider managers and staff to a provider");
        }
        boolean otherUnit = providerRole
                ? district != null || (provider != null && !sameId(provider.id(), atProvider.id(), provider, atProvider))
                : provider != null || (district != null && !sameId(district.id(), inDistrict.id(), district, inDistrict));
        boolean otherKind = providerRole ? roles.contains(Role.ASSESSOR)
                : roles.contains(Role.PROVIDER_MANAGER) || roles.contains(Role.STAFF);
        if (otherUnit || otherKind) {
            throw new se.hemtjanst.shared.domain.ConflictException("permission.unit.other", "unit",
                    "The account already belongs to another unit; end that employment first");
        }
        roles.add(role);
        if (providerRole) {
            this.provider = atProvider;
        } else {
            this.district = inDistrict;
        }
    }

    private static boolean sameId(Long a, Long b, Object x, Object y) {
        return a != null ? a.equals(b) : x == y;
    }

    /** The employment ends: every role goes and the account is disabled (tokens and sessions are ended by the service). */
    public void endEmployment() {
        roles.clear();
        this.enabled = false;
    }

    public void changeEmail(String email) {
        this.email = email;
    }
}
