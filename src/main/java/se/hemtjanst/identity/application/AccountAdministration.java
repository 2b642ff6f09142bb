package se.hemtjanst.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.DeviceSession;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * System administration of personal accounts (ADMIN only): create one (the person enrols an authenticator at the
 * first login), disable one (its tokens and device sessions die with it), and the recovery of a lost authenticator:
 * reset the person's TOTP so they enrol anew, written to the security log with who did it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog securityLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public record AccountDraft(String username, String displayName, String initialPassword, Set<Role> roles,
                               Long districtId, Long providerId) {
    }

    public Account get(String username) {
        return accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new NotFoundException("account.notFound", "No account " + username));
    }

    public Account create(AccountDraft draft, String address) {
        if (draft.initialPassword() == null || draft.initialPassword().length() < 12) {
            throw new InvalidInputException("account.password.short", "initialPassword",
                    "The initial password needs at least 12 characters");
        }
        if (draft.username() != null && accounts.byUsername(draft.username().strip()).isPresent()) {
            throw new ConflictException("account.username.taken", "username", "The username is taken");
        }
        District district = draft.districtId() == null ? null : em.find(District.class, draft.districtId());
        Provider provider = draft.providerId() == null ? null : em.find(Provider.class, draft.providerId());
        if ((draft.districtId() != null && district == null) || (draft.providerId() != null && provider == null)) {
            throw new InvalidInputException("account.unit.unknown", draft.districtId() != null && district == null
                    ? "districtId" : "providerId", "No such district or provider");
        }
        Account account = new Account(draft.username() == null ? null : draft.username().strip(),
                draft.displayName(), hasher.hash(draft.initialPassword().toCharArray()), draft.roles(), district,
                provider, clock.instant());
        accounts.add(account);
        securityLog.record(Kind.ACCOUNT_CREATED, account.username(), currentUser.username(), address,
                "roles " + account.roles());
        return account;
    }

    public Account disable(String username, String address) {
        Account account = get(username);
        account.disable();
        endAccess(accounts, account, clock.instant());
        securityLog.record(Kind.ACCOUNT_DISABLED, account.username(), currentUser.username(), address,
                "tokens and device sessions ended");
        return account;
    }

    /** Ends every device session and revokes every API token of the account (shared with ending an employment). */
    static void endAccess(Accounts accounts, Account account, Instant now) {
        accounts.openDeviceSessions(account).forEach(s -> s.end(now, DeviceSession.EndReason.ACCOUNT_DISABLED));
        accounts.liveTokens(account, now).forEach(t -> t.revoke(now));
    }

    /** Recovery of a lost phone or authenticator: the person enrols a new one at the next login. */
    public Account resetTotp(String username, String reason, String address) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("account.totpReset.reason", "reason",
                    "Say why the authenticator is reset (it is kept in the security log)");
        }
        Account account = get(username);
        if (account.username().equals(currentUser.username())) {
            throw new ConflictException("account.totpReset.self", "username",
                    "Another administrator must reset your own authenticator");
        }
        account.resetTotp();
        securityLog.record(Kind.TOTP_RESET, account.username(), currentUser.username(), address, reason.strip());
        return account;
    }
}
