package se.hemtjanst.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import se.hemtjanst.shared.domain.InvalidInputException;

/** Days the client is away (uppehåll: hospital stay, travel), first and last day inclusive. */
@Embeddable
public class Pause {

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "reason")
    private String reason;

    protected Pause() {
    }

    public Pause(LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("order.pause.dates", "firstDay",
                    "A pause needs a first and a last day, the last not before the first");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new InvalidInputException("order.pause.reason", "reason", "A pause needs a reason (1-200 characters)");
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason.strip();
    }

    public LocalDate firstDay() { return firstDay; }
    public LocalDate lastDay() { return lastDay; }
    public String reason() { return reason; }
}
