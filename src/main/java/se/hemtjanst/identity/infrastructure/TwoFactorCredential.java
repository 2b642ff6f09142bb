package se.hemtjanst.identity.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** Username, password and TOTP code from the login form, handed to the authentication mechanism. */
public final class TwoFactorCredential implements Credential {

    private final String username;
    private char[] password;
    private final String code;

    public TwoFactorCredential(String username, char[] password, String code) {
        this.username = username;
        this.password = password;
        this.code = code;
    }

    public String username() {
        return username;
    }

    public char[] password() {
        return password;
    }

    public String code() {
        return code;
    }

    @Override
    public void clear() {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
            password = null;
        }
    }
}
