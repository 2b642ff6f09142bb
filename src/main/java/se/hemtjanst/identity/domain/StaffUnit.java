package se.hemtjanst.identity.domain;

/** A person's provider as the scan path needs it: the provider's id and name (null when the account has none). */
public record StaffUnit(String username, Long providerId, String providerName) {
}
