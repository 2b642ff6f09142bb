package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * Time over the limit (överskriden tid) of one client, row and month, and its handling in the following month
 * (seed 001: "Utförare ska förklara överskriden tid över 110 % senast ett visst datum månaden efter. Sker detta
 * efter angiven tid ges ingen ersättning. Beställare ska godkänna eller avslå förklaring ... senast ett visst datum
 * månaden efter. Sker inte det ska den överskridna tiden ersättas.").
 *
 * <p>Immutable: every transition returns the next state. The provider may explain on any day up to and including
 * the explanation deadline; the assessor may approve or reject up to and including the decision deadline. After a
 * deadline the outcome is fixed by the date alone: {@link ExcessStatus#LAPSED_UNEXPLAINED} (not paid) or
 * {@link ExcessStatus#PAID_UNDECIDED} (paid), and late transitions are refused with a {@link ConflictException}.
 */
public final class ExcessCase {

    public static final int MAX_TEXT_LENGTH = 4000;

    private final String clientId;
    private final ServiceRow row;
    private final ExactHours excess;
    private final ExcessDeadlines deadlines;
    private final ExcessStatus status;
    private final String explanation;
    private final LocalDate explainedOn;
    private final String decisionNote;
    private final LocalDate decidedOn;

    private ExcessCase(String clientId, ServiceRow row, ExactHours excess, ExcessDeadlines deadlines,
                       ExcessStatus status, String explanation, LocalDate explainedOn, String decisionNote,
                       LocalDate decidedOn) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.row = Objects.requireNonNull(row, "row");
        this.excess = Objects.requireNonNull(excess, "excess");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.status = Objects.requireNonNull(status, "status");
        if (status == ExcessStatus.LAPSED_UNEXPLAINED || status == ExcessStatus.PAID_UNDECIDED) {
            throw new IllegalArgumentException(status + " follows from the date, it is never recorded");
        }
        this.explanation = explanation;
        this.explainedOn = explainedOn;
        this.decisionNote = decisionNote;
        this.decidedOn = decidedOn;
    }

    public static ExcessCase detect(String clientId, ServiceRow row, ExactHours excess, ExcessDeadlines deadlines) {
        if (excess.signum() <= 0) {
            throw new IllegalArgumentException("no excess to handle");
        }
        return new ExcessCase(clientId, row, excess, deadlines, ExcessStatus.DETECTED, null, null, null, null);
    }

    /** Rebuilds a stored case (the recorded status: DETECTED, EXPLAINED, APPROVED or REJECTED). */
    public static ExcessCase restore(String clientId, ServiceRow row, ExactHours excess, ExcessDeadlines deadlines,
                                     ExcessStatus recordedStatus, String explanation, LocalDate explainedOn,
                                     String decisionNote, LocalDate decidedOn) {
        return new ExcessCase(clientId, row, excess, deadlines, recordedStatus, explanation, explainedOn,
                decisionNote, decidedOn);
    }

    /** The provider's explanation, on or before the explanation deadline. */
    public ExcessCase explain(String text, LocalDate on) {
        String checked = text(text, "billing.excess.explanation.required", "explanation");
        ExcessStatus now = statusOn(on);
        if (now != ExcessStatus.DETECTED) {
            throw new ConflictException("billing.excess.explain.notOpen", "explanation",
                    "Excess time of " + deadlines.billedMonth() + " cannot be explained on " + on + ": it is " + now
                            + " (explain by " + deadlines.explainBy() + ")", deadlines.explainBy());
        }
        return new ExcessCase(clientId, row, excess, deadlines, ExcessStatus.EXPLAINED, checked, on, null, null);
    }

    /** The assessor approves the explanation, on or before the decision deadline: the excess is paid. */
    public ExcessCase approve(String note, LocalDate on) {
        return decide(ExcessStatus.APPROVED, note == null ? null : note.strip(), on);
    }

    /** The assessor rejects the explanation, with a reason, on or before the decision deadline: not paid. */
    public ExcessCase reject(String reason, LocalDate on) {
        return decide(ExcessStatus.REJECTED, text(reason, "billing.excess.rejection.required", "reason"), on);
    }

    private ExcessCase decide(ExcessStatus outcome, String note, LocalDate on) {
        ExcessStatus now = statusOn(on);
        if (now != ExcessStatus.EXPLAINED) {
            throw new ConflictException("billing.excess.decide.notOpen", "decision",
                    "Excess time of " + deadlines.billedMonth() + " cannot be decided on " + on + ": it is " + now
                            + " (decide by " + deadlines.decideBy() + ")", deadlines.decideBy());
        }
        if (on.isBefore(explainedOn)) {
            throw new InvalidInputException("billing.excess.decide.beforeExplanation", "decision",
                    "A decision cannot precede the explanation of " + explainedOn);
        }
        return new ExcessCase(clientId, row, excess, deadlines, outcome, explanation, explainedOn, note, on);
    }

    private static String text(String text, String key, String field) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(key, field, field + " is required, at most " + MAX_TEXT_LENGTH
                    + " characters", MAX_TEXT_LENGTH);
        }
        return text.strip();
    }

    /**
     * The status on a day, deadlines applied: still DETECTED after the explanation deadline means
     * {@link ExcessStatus#LAPSED_UNEXPLAINED}; still EXPLAINED after the decision deadline means
     * {@link ExcessStatus#PAID_UNDECIDED}. The deadline day itself is still in time.
     */
    public ExcessStatus statusOn(LocalDate day) {
        if (status == ExcessStatus.DETECTED && day.isAfter(deadlines.explainBy())) {
            return ExcessStatus.LAPSED_UNEXPLAINED;
        }
        if (status == ExcessStatus.EXPLAINED && day.isAfter(deadlines.decideBy())) {
            return ExcessStatus.PAID_UNDECIDED;
        }
        return status;
    }

    public ExcessStatus.Payment paymentOn(LocalDate day) {
        return statusOn(day).payment();
    }

    public String clientId() { return clientId; }
    public YearMonth billedMonth() { return deadlines.billedMonth(); }
    public ServiceRow row() { return row; }
    public ExactHours excess() { return excess; }
    public ExcessDeadlines deadlines() { return deadlines; }
    /** The recorded status, without deadlines applied. */
    public ExcessStatus recordedStatus() { return status; }
    public String explanation() { return explanation; }
    public LocalDate explainedOn() { return explainedOn; }
    public String decisionNote() { return decisionNote; }
    public LocalDate decidedOn() { return decidedOn; }
}
