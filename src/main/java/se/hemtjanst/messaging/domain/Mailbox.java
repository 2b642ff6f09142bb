package se.hemtjanst.messaging.domain;

import java.util.Objects;

/**
 * A team mailbox: every assessor of a district shares the district's, every manager of a provider the provider's.
 * Messages are addressed to the team, not to a person, so they are read even when someone is away.
 */
public record Mailbox(Kind kind, long unitId) {

    public enum Kind { DISTRICT, PROVIDER }

    public Mailbox {
        Objects.requireNonNull(kind, "kind");
    }

    public static Mailbox district(long id) {
        return new Mailbox(Kind.DISTRICT, id);
    }

    public static Mailbox provider(long id) {
        return new Mailbox(Kind.PROVIDER, id);
    }
}
