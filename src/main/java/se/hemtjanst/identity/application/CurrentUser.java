package se.hemtjanst.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import se.hemtjanst.identity.domain.AccessLogEntry;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.Role;

/**
 * The signed-in person of this request, with their unit. Services use it for object-level checks (which
 * district, which provider); screens use it for the menu.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    jakarta.enterprise.inject.Instance<HttpServletRequest> request;

    private Account account;
    private boolean loaded;

    public Optional<Account> account() {
        if (!loaded) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? null : accounts.byUsername(principal.getName()).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(account);
    }

    /** The signed-in username, or "anonymous" outside an authenticated request. */
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    /** Whether this request came through the REST API or a screen. */
    public AccessLogEntry.Channel channel() {
        if (request.isResolvable()) {
            try {
                HttpServletRequest r = request.get();
                String path = r.getRequestURI().substring(r.getContextPath().length());
                return path.startsWith("/api/") ? AccessLogEntry.Channel.API : AccessLogEntry.Channel.WEB;
            } catch (RuntimeException noActiveRequest) {
                return AccessLogEntry.Channel.WEB;
            }
        }
        return AccessLogEntry.Channel.WEB;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::displayName).orElse("");
    }

    public String getUnitName() {
        return account().map(a -> a.provider() != null ? a.provider().name()
                : a.district() != null ? a.district().name() : "").orElse("");
    }

    public boolean has(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isAssessor() {
        return has(Role.ASSESSOR);
    }

    public boolean isProviderManager() {
        return has(Role.PROVIDER_MANAGER);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }
}
