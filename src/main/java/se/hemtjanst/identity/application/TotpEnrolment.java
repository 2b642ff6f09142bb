package se.hemtjanst.identity.application;

/** A new authenticator to set up: the secret (shown once), its otpauth URI and that URI as a QR code (data URI). */
public record TotpEnrolment(String username, String secret, String otpauthUri, String qrDataUri) {

    /** The secret in groups of four, easier to type into an app by hand. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
