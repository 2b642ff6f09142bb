package se.hemtjanst.catalog.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.hemtjanst.catalog.domain.ServiceType;

/**
 * The editable fields of a catalogue service, as typed on the screen or sent as JSON. Validated here for
 * clear per-field messages, and again by the domain, which has the last word.
 */
public class ServiceDraft {

    /** Null for a new service (or a new validity row of an existing code). */
    public Long id;

    /** The version the editor started from; a mismatch means somebody else saved in between. */
    public Long version;

    @NotBlank(message = "{catalog.code.required}")
    @Pattern(regexp = "[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9-]{0,19}", message = "{catalog.code.pattern}")
    public String code;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    public String name;

    @NotBlank(message = "{catalog.mainArea.required}")
    public String mainAreaCode;

    public boolean inFrame;

    public boolean lovBilled = true;

    @Min(value = 1, message = "{catalog.standardMinutes.range}")
    @Max(value = ServiceType.MAX_STANDARD_MINUTES, message = "{catalog.standardMinutes.range}")
    public Integer standardMinutes;

    @NotNull(message = "{validity.from.required}")
    public LocalDate validFrom;

    public LocalDate validTo;

    public ServiceDraft() {
    }

    public static ServiceDraft of(ServiceType s) {
        ServiceDraft d = new ServiceDraft();
        d.id = s.id();
        d.version = s.version();
        d.code = s.code();
        d.name = s.name();
        d.mainAreaCode = s.mainArea().code();
        d.inFrame = s.inFrame();
        d.lovBilled = s.lovBilled();
        d.standardMinutes = s.standardMinutes();
        d.validFrom = s.validity().validFrom();
        d.validTo = s.validity().validTo();
        return d;
    }

    @AssertTrue(message = "{validity.to.beforeFrom}")
    public boolean isValidToNotBeforeValidFrom() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    // Accessors for Faces EL, which binds to properties rather than fields.
    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMainAreaCode() { return mainAreaCode; }
    public void setMainAreaCode(String mainAreaCode) { this.mainAreaCode = mainAreaCode; }
    public boolean isInFrame() { return inFrame; }
    public void setInFrame(boolean inFrame) { this.inFrame = inFrame; }
    public boolean isLovBilled() { return lovBilled; }
    public void setLovBilled(boolean lovBilled) { this.lovBilled = lovBilled; }
    public Integer getStandardMinutes() { return standardMinutes; }
    public void setStandardMinutes(Integer standardMinutes) { this.standardMinutes = standardMinutes; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
