package se.hemtjanst.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import io.openliberty.arquillian.managed.WLPManagedContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * The managed Liberty container of the integration tests, keeping a deployed archive for the next test class when
 * that class deploys exactly the same content (a SHA-256 over every path and byte, nested archives included).
 *
 * <p>Every client test deploys the shipped WAR unchanged and every in-container test the same WAR plus the same test
 * classes ({@link Deployments}), so the suite deploys a handful of times instead of once per class: a deployment
 * costs 4-12 s, and the 37 of them were more than half of CI's time. Nothing else changes: the database already
 * outlived deployments (it belongs to the server), and a different archive is deployed as before, after the kept one
 * is undeployed. The kept archive is undeployed when the container stops, so no application is left in dropins.
 */
public class ReusingLibertyContainer extends WLPManagedContainer {

    private static final Logger LOG = Logger.getLogger(ReusingLibertyContainer.class.getName());

    private Archive<?> deployed;
    private String deployedDigest;
    private ProtocolMetaData deployedMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String digest = digest(archive);
        if (deployed != null && digest.equals(deployedDigest) && archive.getName().equals(deployed.getName())) {
            LOG.info(() -> "Archive " + archive.getName() + " unchanged (" + digest.substring(0, 12) + "): kept deployed");
            return deployedMetaData;
        }
        undeployKept();
        ProtocolMetaData metaData = super.deploy(archive);
        deployed = archive;
        deployedDigest = digest;
        deployedMetaData = metaData;
        return metaData;
    }

    /** Kept for the next test class; {@link #deploy} or {@link #stop} undeploys it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            LOG.warning("Could not undeploy " + deployed.getName() + " before stopping: " + e);
        } finally {
            super.stop();
        }
    }

    private void undeployKept() throws DeploymentException {
        if (deployed != null) {
            Archive<?> kept = deployed;
            deployed = null;
            deployedDigest = null;
            deployedMetaData = null;
            stopApplication(kept);
            super.undeploy(kept);
        }
    }

    /**
     * Stops the application before its WAR is deleted from dropins (which is how the managed container undeploys).
     * Otherwise the application runs on for a moment without its file: a timer of its own (the summary refresher)
     * that loads a class then fails with CWWKL0002E, an error line that fails CI's log check (seen once on
     * 7 December). Through the server's ApplicationMBean on the container's own JMX connection; if that is not
     * possible, the undeploy goes on as before.
     */
    private void stopApplication(Archive<?> archive) {
        String name = archive.getName().replaceFirst("\\.[^.]+$", "");
        try {
            java.lang.reflect.Field field = WLPManagedContainer.class.getDeclaredField("mbsc");
            field.setAccessible(true);
            javax.management.MBeanServerConnection mbsc = (javax.management.MBeanServerConnection) field.get(this);
            javax.management.ObjectName app = new javax.management.ObjectName(
                    "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + name);
            if (mbsc != null && mbsc.isRegistered(app)) {
                mbsc.invoke(app, "stop", null, null);
            }
        } catch (ReflectiveOperationException | javax.management.JMException | IOException | RuntimeException e) {
            LOG.warning("Could not stop " + name + " before undeploying it (undeploying anyway): " + e);
        }
    }

    static String digest(Archive<?> archive) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, archive);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, Archive<?> archive) {
        Map<String, Asset> assets = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> e : archive.getContent().entrySet()) {
            assets.put(e.getKey().get(), e.getValue().getAsset());
        }
        byte[] buffer = new byte[64 * 1024];
        for (Map.Entry<String, Asset> e : assets.entrySet()) {
            sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            Asset asset = e.getValue();
            if (asset == null) {
                sha.update((byte) 'd');
            } else if (asset instanceof ArchiveAsset nested) {
                sha.update((byte) 'a');
                update(sha, nested.getArchive());
            } else {
                sha.update((byte) 'f');
                try (InputStream in = asset.openStream()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            sha.update((byte) 0);
        }
    }

    /** Registered in META-INF/services: replaces the Liberty adapter's container with this one. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, WLPManagedContainer.class, ReusingLibertyContainer.class);
        }
    }
}
