package se.hemtjanst.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import se.hemtjanst.shared.domain.InvalidInputException;

/** A goal of the order within one IBIC life area, in the client's own terms where possible. */
@Embeddable
public class OrderGoal {

    @Enumerated(EnumType.STRING)
    @Column(name = "life_area")
    private LifeArea lifeArea;

    @Column(name = "goal")
    private String goal;

    protected OrderGoal() {
    }

    public OrderGoal(LifeArea lifeArea, String goal) {
        if (goal == null || goal.isBlank() || goal.length() > 1000) {
            throw new InvalidInputException("order.goal.invalid", "goals", "A goal is 1-1000 characters");
        }
        this.lifeArea = Objects.requireNonNull(lifeArea, "lifeArea");
        this.goal = goal.strip();
    }

    public LifeArea lifeArea() { return lifeArea; }
    public String goal() { return goal; }
}
