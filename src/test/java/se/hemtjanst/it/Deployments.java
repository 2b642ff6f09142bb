package se.hemtjanst.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
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

    /** The application plus the test support classes, for tests that run inside the server. */
    public static WebArchive applicationWithTests(Class<?>... testClasses) {
        return application().addClasses(testClasses).addClass(Deployments.class);
    }
}
