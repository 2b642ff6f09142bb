package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.ApiToken;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.InvalidInputException;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final Municipality STHLM = new Municipality("0180", "Stockholms stad");
    static final District SODER = new District(STHLM, "SODERMALM", "Södermalm");
    static final Provider PROVIDER = new Provider(STHLM, "556677-8899", "Omsorgshuset Söder AB", false);

    @Test
    void providerPeopleBelongToAProviderAndAssessorsToADistrict() {
        assertEquals("provider", assertThrows(InvalidInputException.class, () -> new Account("kalle", "Kalle",
                "hash", EnumSet.of(Role.STAFF), null, null, NOW)).field());
        assertEquals("district", assertThrows(InvalidInputException.class, () -> new Account("anna", "Anna",
                "hash", EnumSet.of(Role.ASSESSOR), null, null, NOW)).field());
        assertTrue(new Account("maria", "Maria", "hash", EnumSet.of(Role.PROVIDER_MANAGER), null, PROVIDER, NOW)
                .has(Role.PROVIDER_MANAGER));
    }

    @Test
    void nobodyBothOrdersAndPerformsCare() {
        assertEquals("account.roles.conflict", assertThrows(InvalidInputException.class, () -> new Account("x.y",
                "X", "hash", EnumSet.of(Role.ASSESSOR, Role.STAFF), SODER, PROVIDER, NOW)).messageKey());
    }

    @Test
    void usernamesArePersonalAndPlain() {
        for (String bad : new String[]{"ab", "Anna", "anna lind", "anna;--", ""}) {
            assertThrows(InvalidInputException.class,
                    () -> new Account(bad, "A", "hash", EnumSet.of(Role.ADMIN), null, null, NOW), bad);
        }
    }

    @Test
    void aTokenDiesAtExpiryOnRevocationAndWithItsAccount() {
        Account account = new Account("sara", "Sara", "hash", EnumSet.of(Role.ADMIN), null, null, NOW);
        ApiToken token = new ApiToken(account, "h", NOW, NOW.plus(Duration.ofHours(12)));
        assertTrue(token.usableAt(NOW.plus(Duration.ofHours(12)).minusSeconds(1)));
        assertFalse(token.usableAt(NOW.plus(Duration.ofHours(12))));

        ApiToken revoked = new ApiToken(account, "h2", NOW, NOW.plus(Duration.ofHours(12)));
        revoked.revoke(NOW.plusSeconds(60));
        assertFalse(revoked.usableAt(NOW.plusSeconds(61)));

        ApiToken other = new ApiToken(account, "h3", NOW, NOW.plus(Duration.ofHours(12)));
        account.disable();
        assertFalse(other.usableAt(NOW.plusSeconds(1)));
    }
}
