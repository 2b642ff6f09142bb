package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import se.hemtjanst.identity.application.AuthenticatedCaller;
import se.hemtjanst.identity.application.AuthenticationService;

/** The one identity store: accounts in the database, by password (screens) or bearer token (REST). */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<AuthenticatedCaller> caller;
        if (credential instanceof UsernamePasswordCredential up) {
            caller = authentication.verifyPassword(up.getCaller(), up.getPassword().getValue());
        } else if (credential instanceof BearerTokenCredential bearer) {
            caller = authentication.verifyToken(bearer.token());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return caller.map(c -> new CredentialValidationResult(c.username(), c.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
