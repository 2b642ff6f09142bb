package se.hemtjanst.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import se.hemtjanst.identity.application.LoginResult;
import se.hemtjanst.identity.infrastructure.AppAuthenticationMechanism;
import se.hemtjanst.identity.infrastructure.TwoFactorCredential;
import se.hemtjanst.shared.web.Messages;

/**
 * The login form: password and TOTP code, handed to the container's authentication mechanism. An account without an
 * authenticator is sent to the enrolment page once its password is right.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @NotBlank(message = "{login.username.required}")
    private String username;

    @NotBlank(message = "{login.password.required}")
    private String password;

    private String code;

    private String next;

    public void login() throws IOException {
        ExternalContext ec = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new TwoFactorCredential(username.strip(), password.toCharArray(), code))
                        .newAuthentication(true));
        password = null;
        code = null;
        LoginResult result = (LoginResult) request.getAttribute(AppAuthenticationMechanism.LOGIN_RESULT);
        if (result != null && result.status() == LoginResult.Status.ENROLMENT_REQUIRED) {
            ec.redirect(ec.getRequestContextPath() + "/enrol.xhtml" + (next == null ? ""
                    : "?next=" + java.net.URLEncoder.encode(safeNext(), java.nio.charset.StandardCharsets.UTF_8)));
            facesContext.responseComplete();
        } else if (result != null && result.status() == LoginResult.Status.THROTTLED) {
            response.setStatus(HttpServletResponse.SC_OK);
            Messages.error(null, "login.throttled", result.retryAfterSeconds());
        } else if (status == AuthenticationStatus.SUCCESS) {
            // A newcomer (or someone whose roles were all taken) has no dashboard; their page is Behörigheter.
            boolean anyRole = java.util.Arrays.stream(se.hemtjanst.identity.domain.Role.values())
                    .anyMatch(r -> securityContext.isCallerInRole(r.name()));
            ec.redirect(ec.getRequestContextPath() + (anyRole || next != null ? safeNext() : "/permissions.xhtml"));
            facesContext.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            Messages.error(null, "login.failed.twoFactor");
        }
    }

    /** Only a local path: never an absolute or protocol-relative URL (no open redirect). */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
