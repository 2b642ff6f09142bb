package se.hemtjanst.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with the Liquibase changelog before anything else touches the database. JPA never
 * generates schema. Runs outside a JTA transaction because Liquibase commits its own changesets.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/hemtjanst-migration")
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
            liquibase.update(new Contexts(), new LabelExpression());
            migrated = true;
            LOG.info(() -> "Database schema is up to date (" + database.getDatabaseProductName() + ", "
                    + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Database migration failed; the application cannot start", e);
        }
    }

    public boolean migrated() {
        return migrated;
    }
}
