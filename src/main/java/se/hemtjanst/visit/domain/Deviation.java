package se.hemtjanst.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Something suspicious about a visit that the provider must look at (and correct) within the window. */
@Embeddable
public class Deviation {

    public enum Kind { TOO_SHORT, TOO_LONG, MISSING_DEPARTURE, MISSING_ARRIVAL, OVERLAP, MANUAL, CLOCK_SKEW, COUNTER_REVIEW }

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String detail;

    @Column(name = "resolved")
    private boolean resolved;

    protected Deviation() {
    }

    public Deviation(Kind kind, String detail) {
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    void resolve() {
        resolved = true;
    }

    public Kind kind() { return kind; }
    public String detail() { return detail; }
    public boolean resolved() { return resolved; }
}
