package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address for throttling and the security log. {@code X-Forwarded-For} is believed only from the
 * reverse proxies listed in the server variable {@code hemtjanst.trustedProxies} (comma-separated addresses; empty
 * by default), since anyone else can write that header.
 */
@ApplicationScoped
public class ClientAddress {

    /**
     * Optional, not a default of "": MicroProfile Config treats an empty value as missing, so a server without the
     * variable (every production server, the demo server) failed to deploy the application at all.
     */
    @Inject
    @ConfigProperty(name = "hemtjanst.trustedProxies")
    Optional<String> trustedProxiesValue;

    private volatile Set<String> trusted;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trusted().contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? remote : last;
    }

    private Set<String> trusted() {
        if (trusted == null) {
            trusted = Arrays.stream((trustedProxiesValue == null ? "" : trustedProxiesValue.orElse("")).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
        return trusted;
    }
}
