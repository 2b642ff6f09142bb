package se.hemtjanst.billing.domain;

/** Visits of services outside LOV billing (natthjälp, digital tillsyn): kept for follow-up, never paid here. */
public record NotBilled(int visits, long minutes) {

    public static final NotBilled NONE = new NotBilled(0, 0);

    NotBilled plus(long visitMinutes) {
        return new NotBilled(visits + 1, minutes + visitMinutes);
    }
}
