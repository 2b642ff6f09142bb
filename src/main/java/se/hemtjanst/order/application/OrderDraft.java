package se.hemtjanst.order.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the assessor fills in for a frame order or a new version of it, from the screen or as JSON. Catalogue
 * facts (names, standard minutes, in/out of frame) are looked up by code, never taken from the caller.
 */
public class OrderDraft {

    /** For a new order: the client and the provider the client chose. Ignored for a new version. */
    public Long clientId;
    public Long providerId;
    public LocalDate validFrom;
    public LocalDate validTo;

    /** The day this version applies from (defaults to validFrom for the first version). */
    public LocalDate appliesFrom;

    @NotBlank(message = "{order.description.required}")
    @Size(max = 4000, message = "{order.description.required}")
    public String description;

    @NotBlank(message = "{order.purpose.required}")
    @Size(max = 2000, message = "{order.purpose.required}")
    public String purpose;

    /** Required from the second version on: what changed in the client's needs. */
    @Size(max = 1000)
    public String changeReason;

    @NotEmpty(message = "{order.services.required}")
    @Valid
    public List<ServiceRequest> services = new ArrayList<>();

    @Valid
    public List<GoalRequest> goals = new ArrayList<>();

    public BigDecimal overrideHours;

    @Size(max = 1000)
    public String overrideReason;

    /** One granted service: in the frame with a frequency, or outside it with its own hours per month. */
    public static class ServiceRequest {
        @NotBlank(message = "{order.service.code.required}")
        public String code;
        /** PER_DAY, PER_WEEK, ON_WEEKDAYS or PER_MONTH (in-frame services). */
        public String frequency;
        public Integer count;
        /** For ON_WEEKDAYS: MONDAY, TUESDAY, ... */
        public List<String> weekdays = new ArrayList<>();
        /** Services with the same group are done in one visit. */
        @Size(max = 20)
        public String visitGroup;
        /** Hours per month for a service outside the frame. */
        public BigDecimal ownHours;
    }

    public static class GoalRequest {
        @NotNull(message = "{order.goal.lifeArea.required}")
        public String lifeArea;
        @NotBlank(message = "{order.goal.invalid}")
        @Size(max = 1000, message = "{order.goal.invalid}")
        public String goal;
    }
}
