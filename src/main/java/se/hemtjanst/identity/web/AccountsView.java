package se.hemtjanst.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import se.hemtjanst.identity.application.AccountAdministration;
import se.hemtjanst.identity.application.PermissionRequestService;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.web.Messages;

/**
 * System administration's account page (ADMIN): look a person up, reset a lost authenticator with a reason (the
 * person enrols anew at the next login; kept in the security log), or disable the account.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient PermissionRequestService permissions;

    @Inject
    transient ClientAddress clientAddress;

    private String username;
    private String reason;
    private AccountRow account;

    /** What the page shows of an account (entities stay out of the view state). */
    public record AccountRow(String username, String displayName, String roles, boolean enabled, boolean totpEnrolled)
            implements Serializable {
        static AccountRow of(Account a) {
            return new AccountRow(a.username(), a.displayName(), a.roles().toString(), a.enabled(), a.totpEnrolled());
        }

        public String getUsername() { return username; }
        public String getDisplayName() { return displayName; }
        public String getRoles() { return roles; }
        public boolean isEnabled() { return enabled; }
        public boolean isTotpEnrolled() { return totpEnrolled; }
    }

    public void find() {
        account = AccountRow.of(administration.get(username));
    }

    public void resetTotp() {
        account = AccountRow.of(administration.resetTotp(account.username(), reason, address()));
        reason = null;
        Messages.info("account.totpReset.done", account.username());
    }

    public void disable() {
        account = AccountRow.of(administration.disable(account.username(), address()));
        Messages.info("account.disabled.done", account.username());
    }

    /** The employment ends: every role goes and every login and phone shift ends; the reason field says why. */
    public void endEmployment() {
        account = AccountRow.of(permissions.endEmployment(account.username(), reason, address()));
        reason = null;
        Messages.info("employment.end.done", account.username());
    }

    private String address() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public AccountRow getAccount() { return account; }
}
