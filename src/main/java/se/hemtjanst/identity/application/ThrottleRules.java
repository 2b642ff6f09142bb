package se.hemtjanst.identity.application;

import java.time.Duration;

/** How failed logins are slowed; see {@link SecuritySettings}. */
public record ThrottleRules(int freeFailures, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay) {

    /** The wait after this many failures with this many free: 0, then the first delay doubling up to the maximum. */
    public Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
