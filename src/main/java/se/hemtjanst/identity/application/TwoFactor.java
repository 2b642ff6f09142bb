package se.hemtjanst.identity.application;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.TotpCodes;
import se.hemtjanst.identity.domain.TotpUse;
import se.hemtjanst.identity.infrastructure.TotpSecretBox;

/**
 * The second factor: TOTP codes checked against the account's encrypted secret, each time step usable once per
 * purpose (replay refused), and enrolment of a new authenticator confirmed by its first code.
 */
@Stateless
@PermitAll
public class TwoFactor {

    public static final String ISSUER = "Hemtjänst";

    public enum Check { OK, WRONG, REPLAYED, NOT_ENROLLED }

    @Inject
    Accounts accounts;

    @Inject
    TotpSecretBox box;

    @Inject
    Clock clock;

    /** Checks a code and, when right, uses up its time step for this purpose (in the caller's transaction). */
    public Check verify(Account account, String code, TotpUse.Purpose purpose) {
        if (!account.totpEnrolled()) {
            return Check.NOT_ENROLLED;
        }
        return use(account, box.open(account.sealedTotpSecret()), code, purpose);
    }

    private Check use(Account account, String secret, String code, TotpUse.Purpose purpose) {
        Instant now = clock.instant();
        OptionalLong step = TotpCodes.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            return Check.WRONG;
        }
        accounts.forgetTotpStepsBefore(account.id(), TotpCodes.stepAt(now) - 2 * TotpCodes.DRIFT_STEPS - 1);
        return accounts.useTotpStep(new TotpUse(account.id(), purpose, step.getAsLong(), now))
                ? Check.OK : Check.REPLAYED;
    }

    /** A new secret for an account that has none; nothing is stored until the first code confirms it. */
    public TotpEnrolment begin(Account account) {
        String secret = TotpCodes.newSecret();
        QrData data = new QrData.Builder().label(account.username()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(TotpCodes.DIGITS).period(TotpCodes.PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            qr.setImageSize(240);
            return new TotpEnrolment(account.username(), secret, data.getUri(),
                    Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the enrolment QR code", e);
        }
    }

    /** Stores the secret (encrypted) when the code from the new authenticator matches it. */
    public Check confirm(Account account, String secret, String code) {
        if (account.totpEnrolled()) {
            return Check.WRONG;
        }
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            return Check.WRONG;
        }
        Check check = use(account, secret, code, TotpUse.Purpose.ENROL);
        if (check == Check.OK) {
            account.enrolTotp(box.seal(secret), clock.instant());
        }
        return check;
    }

    /** The demo data set's fixed, documented secrets. */
    public void enrolKnownSecret(Account account, String secret) {
        account.enrolTotp(box.seal(secret), clock.instant());
    }
}
