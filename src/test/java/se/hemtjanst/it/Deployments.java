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
     * The application plus the test classes, for tests that run inside the server. Every path of the application
     * needs a signed-in person; a web fragment opens just Arquillian's test runner servlet in this test archive.
     */
    public static WebArchive applicationWithTests(Class<?>... testClasses) {
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_FRAGMENT), "web-fragment.xml");
        return application().addClasses(testClasses).addClasses(Deployments.class, TestPersistence.class)
                .addAsLibrary(openRunner);
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
