package se.hemtjanst.plan.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a staff member on duty sees on the phone: today's needs at one client and how to meet them, and the life
 * story. Nothing else of the plan or the order (no identity number, no time figures, no history).
 */
public record TodayPlan(long clientId, String clientName, LocalDate date, boolean planStarted, String lifeStory,
                        List<Need> today, List<Need> agreedDay) {

    /** One service to do: when, how and what the client wishes. */
    public record Need(String service, String timeOfDay, String how, String wishes, int minutes) {
    }
}
