package se.hemtjanst.plan.domain;

import java.time.LocalDate;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * An individual goal within one life area (HSLF-FS 2016:89): the goal, the activity that serves it, who is
 * responsible, and when it is followed up.
 */
public record PlanGoal(LifeArea lifeArea, String goal, String activity, String responsible, LocalDate followUpOn) {

    public PlanGoal {
        if (lifeArea == null) {
            throw new InvalidInputException("plan.goal.lifeArea", "goals", "A goal belongs to a life area");
        }
        if (goal == null || goal.isBlank() || goal.length() > 1000) {
            throw new InvalidInputException("plan.goal.text", "goals", "A goal is 1-1000 characters");
        }
        goal = goal.strip();
        activity = optional(activity, 2000);
        responsible = optional(responsible, 200);
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException("plan.goal.text", "goals", "A goal's text is longer than " + max);
        }
        return value.strip();
    }
}
