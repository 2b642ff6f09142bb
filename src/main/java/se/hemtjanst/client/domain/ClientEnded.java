package se.hemtjanst.client.domain;

import java.time.LocalDate;

/**
 * Fired (synchronously, in the ending transaction) when a client is no longer served, so that the capabilities
 * holding things on the client end them too: orders end and disconnect the provider, tags are detached.
 */
public record ClientEnded(long clientId, LocalDate endDate, String reason, String endedBy) {
}
