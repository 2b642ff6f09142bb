package se.hemtjanst.identity.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.hemtjanst.identity.application.SecurityLog;
import se.hemtjanst.identity.domain.SecurityEvent;

/**
 * Every refused request (401 or 403, screens and REST alike) goes to the security log, in one place, after the
 * answer is decided. Logins log their own failures (with the reason), so they are not logged twice.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RefusalLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalLogFilter.class.getName());

    @Inject
    SecurityLog securityLog;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if ((status == 401 || status == 403) && request.getAttribute(AppAuthenticationMechanism.SECURITY_LOGGED) == null) {
            try {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                Object why = request.getAttribute(AppAuthenticationMechanism.TOKEN_REJECTED);
                securityLog.record(SecurityEvent.Kind.ACCESS_REFUSED,
                        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(), null,
                        clientAddress.of(request), status + " " + request.getMethod() + " " + path
                                + (why == null ? "" : " (" + why + ")"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not write a refusal to the security log", e);
            }
        }
    }
}
