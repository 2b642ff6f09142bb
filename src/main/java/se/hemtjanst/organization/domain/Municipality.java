package se.hemtjanst.organization.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A municipality (kommun): the party that orders and pays home care. Code is the SCB kommunkod. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "municipality_seq")
    @SequenceGenerator(name = "municipality_seq", sequenceName = "municipality_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;

    protected Municipality() {
    }

    public Municipality(String code, String name) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new IllegalArgumentException("Municipality code must be the four-digit SCB code");
        }
        this.code = code;
        this.name = Objects.requireNonNull(name, "name");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
