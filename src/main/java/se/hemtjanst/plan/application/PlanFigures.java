package se.hemtjanst.plan.application;

/** Plan figures of a person's unit for the dashboard: unsigned plans near or past the deadline, plans to review. */
public record PlanFigures(long dueSoon, long overdue, long needsReview) {
}
