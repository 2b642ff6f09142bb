package se.hemtjanst.identity.application;

import java.time.Instant;

/** A freshly issued bearer token: the only moment the raw token exists outside the caller's device. */
public record IssuedToken(String token, Instant expiresAt, String username) {
}
