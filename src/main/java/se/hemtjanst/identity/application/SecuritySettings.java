package se.hemtjanst.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server variables of login and device sessions (ISO-8601 durations), with the defaults of the security rules:
 * a phone idles into "PIN required" after 15 minutes, a shift lasts at most 12 hours; five failed logins of one
 * username from one address are free, then each further one doubles the wait from 30 seconds up to 15 minutes; an
 * address gets 50 failures (any usernames) before it is slowed the same way.
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "hemtjanst.device.idleTimeout", defaultValue = "PT15M")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "hemtjanst.device.maxShift", defaultValue = "PT12H")
    String maxShift;

    @Inject
    @ConfigProperty(name = "hemtjanst.login.freeFailures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "hemtjanst.login.freeFailuresPerAddress", defaultValue = "50")
    int freeFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "hemtjanst.login.firstDelay", defaultValue = "PT30S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "hemtjanst.login.maxDelay", defaultValue = "PT15M")
    String maxDelay;

    public Duration idleTimeout() {
        return Duration.parse(idleTimeout);
    }

    public Duration maxShift() {
        return Duration.parse(maxShift);
    }

    public ThrottleRules throttleRules() {
        return new ThrottleRules(freeFailures, freeFailuresPerAddress, Duration.parse(firstDelay),
                Duration.parse(maxDelay));
    }
}
