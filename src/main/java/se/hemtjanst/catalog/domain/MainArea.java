package se.hemtjanst.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A main area (huvudområde) such as service, meals or personal care: orders group granted services by it. */
@Entity
@Table(name = "main_area")
public class MainArea {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "main_area_seq")
    @SequenceGenerator(name = "main_area_seq", sequenceName = "main_area_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected MainArea() {
    }

    public MainArea(String code, String name, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.sortOrder = sortOrder;
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

    public int sortOrder() {
        return sortOrder;
    }
}
