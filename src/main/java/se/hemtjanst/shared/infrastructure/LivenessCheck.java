package se.hemtjanst.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom: a server out of heap should be restarted, not waited for. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long max = rt.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < max * 0.95)
                .withData("usedMb", used / (1024 * 1024))
                .withData("maxMb", max / (1024 * 1024))
                .build();
    }
}
