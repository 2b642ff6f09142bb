package se.hemtjanst.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/hemtjanst")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        String product = "unknown";
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
            product = c.getMetaData().getDatabaseProductName();
        } catch (Exception e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .status(reachable && migration.migrated())
                .withData("product", product)
                .withData("migrated", migration.migrated())
                .build();
    }
}
