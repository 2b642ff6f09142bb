package se.hemtjanst.organization.domain;

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

/** A district (stadsdel): the unit an assessor works in; every client belongs to one. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "district_seq")
    @SequenceGenerator(name = "district_seq", sequenceName = "district_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    private String code;
    private String name;

    protected District() {
    }

    public District(Municipality municipality, String code, String name) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
