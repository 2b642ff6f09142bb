package se.hemtjanst.identity.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** The raw bearer token of an API request, handed to the identity store. */
public final class BearerTokenCredential implements Credential {

    private final String token;

    public BearerTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // The token is an immutable String; nothing to wipe.
    }
}
