package se.hemtjanst.plan.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of a plan as the provider writes it, from the screen or as JSON. Service names and whether a service
 * is inside the frame are taken from the order version, never from the caller.
 */
public class PlanDraft {

    /** The plan's version as read (optimistic locking); null for the first save of a new plan. */
    public Long version;

    /** The order version the plan was written or reviewed against; default: the one the plan already follows. */
    public Integer orderVersionNo;

    @Size(max = 200)
    public String contactPerson;

    @Size(max = 2000)
    public String clientParticipation;

    public LocalDate followUpOn;

    @Valid
    public List<ActivityRequest> activities = new ArrayList<>();

    @Valid
    public List<GoalRequest> goals = new ArrayList<>();

    /** How one ordered service is done. */
    public static class ActivityRequest {
        public String serviceCode;
        /** PER_DAY, PER_WEEK, ON_WEEKDAYS or PER_MONTH (in-frame services). */
        public String frequency;
        public Integer count;
        /** MONDAY ... SUNDAY: the days of ON_WEEKDAYS, or the agreed days of a weekly service. */
        public List<String> weekdays = new ArrayList<>();
        @Size(max = 100)
        public String timeOfDay;
        @Size(max = 2000)
        public String how;
        @Size(max = 2000)
        public String wishes;
        /** Planned minutes per occurrence. */
        public Integer minutes;
    }

    /** An individual goal in a life area, with its activity, who is responsible and when it is followed up. */
    public static class GoalRequest {
        public String lifeArea;
        @Size(max = 1000)
        public String goal;
        @Size(max = 2000)
        public String activity;
        @Size(max = 200)
        public String responsible;
        public LocalDate followUpOn;
    }

    /** The signing: date, the client's signature, and the contact person who signs with the client. */
    public static class Signing {
        public Long version;
        public LocalDate signedOn;
        public boolean clientSigned;
        public String contactPerson;
    }
}
