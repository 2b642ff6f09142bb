package se.hemtjanst.client.domain;

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
import java.time.LocalDate;
import java.util.Objects;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/**
 * A person receiving home care (brukare, den enskilde). Belongs to one district, which decides which assessors
 * reach them.
 */
@Entity
@Table(name = "client")
public class Client {

    public static final int MAX_LIFE_STORY = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private Long id;

    @Column(name = "personal_identity_number")
    private PersonalIdentityNumber personalIdentityNumber;

    /** The same column as plain digits, read-only: lets queries search by part of the number. */
    @Column(name = "personal_identity_number", insertable = false, updatable = false)
    private String personalIdentityNumberDigits;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @Enumerated(EnumType.STRING)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "life_story")
    private String lifeStory;

    private String email;

    @Column(name = "next_of_kin_name")
    private String nextOfKinName;

    @Column(name = "next_of_kin_phone")
    private String nextOfKinPhone;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_by")
    private String endedBy;

    @Version
    private long version;

    protected Client() {
    }

    public Client(PersonalIdentityNumber personalIdentityNumber, String firstName, String lastName,
                  District district) {
        this.personalIdentityNumber = Objects.requireNonNull(personalIdentityNumber, "personalIdentityNumber");
        this.firstName = requiredName(firstName, "firstName");
        this.lastName = requiredName(lastName, "lastName");
        this.district = Objects.requireNonNull(district, "district");
    }

    private static String requiredName(String name, String field) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException("client.name.invalid", field, field + " is required, at most 80 characters");
        }
        return name.strip();
    }

    public void moveTo(String street, String postalCode, String city) {
        if (postalCode != null && !postalCode.isBlank() && !postalCode.strip().matches("\\d{3} ?\\d{2}")) {
            throw new InvalidInputException("client.postalCode.invalid", "postalCode",
                    "postalCode must be five digits, e.g. 118 25");
        }
        this.street = street;
        this.postalCode = postalCode == null ? null : postalCode.strip();
        this.city = city;
    }

    public void changePhone(String phone) {
        this.phone = phone(phone, "phone");
    }

    /** How to reach the client and the closest relative (anhörig). */
    public void changeContact(String phone, String email, String nextOfKinName, String nextOfKinPhone) {
        String cleanEmail = blankToNull(email);
        if (cleanEmail != null && (cleanEmail.length() > 120 || !cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException("client.email.invalid", "email", "email must look like name@example.se");
        }
        String kin = blankToNull(nextOfKinName);
        if (kin != null && kin.length() > 120) {
            throw new InvalidInputException("client.nextOfKin.invalid", "nextOfKinName",
                    "nextOfKinName is at most 120 characters");
        }
        this.phone = phone(phone, "phone");
        this.email = cleanEmail;
        this.nextOfKinName = kin;
        this.nextOfKinPhone = phone(nextOfKinPhone, "nextOfKinPhone");
    }

    /** Corrects the name (e.g. after a name change); the personal identity number never changes. */
    public void rename(String firstName, String lastName) {
        this.firstName = requiredName(firstName, "firstName");
        this.lastName = requiredName(lastName, "lastName");
    }

    /**
     * The client is no longer served. The record and all history stay; what hangs on the client (orders, tags)
     * is ended by their own capabilities when they hear of it.
     */
    public void end(LocalDate on, String reason, String by) {
        if (status == ClientStatus.ENDED) {
            throw new ConflictException("client.alreadyEnded", null, "Client " + id + " already ended on " + endedOn);
        }
        if (on == null) {
            throw new InvalidInputException("client.endDate.required", "endDate", "endDate is required");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("client.endReason.required", "reason",
                    "reason is required, at most 500 characters");
        }
        this.status = ClientStatus.ENDED;
        this.endedOn = on;
        this.endReason = reason.strip();
        this.endedBy = Objects.requireNonNull(by, "by");
    }

    public boolean isActive() {
        return status == ClientStatus.ACTIVE;
    }

    private static String phone(String phone, String field) {
        String p = blankToNull(phone);
        if (p != null && !p.matches("\\+?[0-9 ()-]{5,20}")) {
            throw new InvalidInputException("client.phone.invalid", field,
                    field + " must be a phone number of 5-20 digits, spaces or dashes, e.g. 08-123 456 78");
        }
        return p;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void writeLifeStory(String lifeStory) {
        if (lifeStory != null && lifeStory.length() > MAX_LIFE_STORY) {
            throw new InvalidInputException("client.lifeStory.size", "lifeStory",
                    "lifeStory is at most " + MAX_LIFE_STORY + " characters", MAX_LIFE_STORY);
        }
        this.lifeStory = lifeStory;
    }

    public Long id() {
        return id;
    }

    public PersonalIdentityNumber personalIdentityNumber() {
        return personalIdentityNumber;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String phone() {
        return phone;
    }

    public District district() {
        return district;
    }

    public ClientStatus status() {
        return status;
    }

    public String lifeStory() {
        return lifeStory;
    }

    public String email() { return email; }
    public String nextOfKinName() { return nextOfKinName; }
    public String nextOfKinPhone() { return nextOfKinPhone; }
    public LocalDate endedOn() { return endedOn; }
    public String endReason() { return endReason; }
    public String endedBy() { return endedBy; }
    public long version() { return version; }
}
