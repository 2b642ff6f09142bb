package se.hemtjanst.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A home-care provider (utförare): a private LOV company or the municipality's own unit (egen regi).
 * Its people see only its own clients.
 */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(name = "organization_number")
    private String organizationNumber;

    private String name;

    @Column(name = "own_operation")
    private boolean ownOperation;

    protected Provider() {
    }

    public Provider(Municipality municipality, String organizationNumber, String name, boolean ownOperation) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        if (organizationNumber == null || !organizationNumber.matches("\\d{6}-\\d{4}")) {
            throw new IllegalArgumentException("Organisation number must be NNNNNN-NNNN");
        }
        this.organizationNumber = organizationNumber;
        this.name = Objects.requireNonNull(name, "name");
        this.ownOperation = ownOperation;
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String organizationNumber() {
        return organizationNumber;
    }

    public String name() {
        return name;
    }

    /** True for the municipality's own home-care unit (egen regi). */
    public boolean ownOperation() {
        return ownOperation;
    }
}
