package se.hemtjanst.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as it ships: the WAR Maven built in the package phase. Integration tests deploy exactly that
 * (plus, for in-container tests, the test classes) rather than a hand-picked list of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File("target/hemtjanst.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/hemtjanst.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "hemtjanst.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The in-container test classes, by name (they are package-private in their own packages). Every in-container
     * test deploys all of them, so that they all deploy the same archive and {@link ReusingLibertyContainer} keeps it
     * deployed from one test class to the next.
     */
    private static final String[] IN_CONTAINER_TESTS = {
            "se.hemtjanst.billing.GrantedMonthsIT",
            "se.hemtjanst.billing.SettlementMonthRunIT",
            "se.hemtjanst.billing.SettlementRecoveryIT",
            "se.hemtjanst.catalog.CatalogPersistenceIT",
            "se.hemtjanst.report.VisitMonthsIT",
            "se.hemtjanst.shared.HostileInputIT"};

    /**
     * The application plus the in-container test classes and their helpers, for tests that run inside the server.
     * Every path of the application needs a signed-in person; a web fragment opens just Arquillian's test runner
     * servlet in this test archive.
     */
    public static WebArchive applicationWithTests() {
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_FRAGMENT), "web-fragment.xml");
        WebArchive archive = application().addClasses(Deployments.class, TestPersistence.class, Api.class,
                Api.DeviceSession.class, Totp.class, TestData.class, InServer.class).addAsLibrary(openRunner);
        for (String test : IN_CONTAINER_TESTS) {
            archive.addClass(test);
        }
        return archive;
    }

    private static final String RUNNER_FRAGMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;
}
