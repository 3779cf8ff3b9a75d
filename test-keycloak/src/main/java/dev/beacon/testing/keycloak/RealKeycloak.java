package dev.beacon.testing.keycloak;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real Keycloak for {@code @QuarkusTest}s, with the realms {@code beacon} and {@code other} from
 * {@code dev/keycloak/*.json}. Each module that needs it extends this class and says, in {@link #configFor}, what its
 * application should be told (Quarkus OIDC for the api, client credentials for a channel), so the launcher exists
 * once. Depends on no Beacon module, so channels can use it without depending on {@code api}. The process is run by
 * {@link KeycloakProcess} with a JDK that {@link JavaHomes} finds; the version is the parent POM's
 * {@code keycloak.version}, the one the build unpacks.
 *
 * <p>One Keycloak per test JVM: the first {@link #start()} launches it (≈ 25–50 s), later calls (Quarkus
 * restarts test resources for every distinct test profile) reuse it, and a JVM shutdown hook stops it.
 * {@link #stop()} therefore does nothing. The running instance is recorded in system properties, so
 * it is shared even when Quarkus loads this class in more than one class loader.
 */
public abstract class RealKeycloak implements QuarkusTestResourceLifecycleManager {

    /** The parent POM's {@code keycloak.version}, filtered into {@code keycloak-test.properties} by the build. */
    public static final String KEYCLOAK_VERSION = version();

    public static final String REALM = "beacon";

    public static final String OTHER_REALM = "other";

    public static final List<String> REALM_FILES = List.of("beacon-realm.json", "other-realm.json");

    /** System property holding the Keycloak base URL, e.g. {@code http://127.0.0.1:41234}. */
    public static final String BASE_URL_PROPERTY = "keycloak-test.url";

    /** System property holding the pid of the {@code kc.sh} process this JVM started. */
    public static final String PID_PROPERTY = "keycloak-test.pid";

    /** System property holding Keycloak's management (health) URL, e.g. {@code http://127.0.0.1:41235}. */
    public static final String MANAGEMENT_URL_PROPERTY = "keycloak-test.management-url";

    private static final Object LOCK = RealKeycloak.class;

    @Override
    public Map<String, String> start() {
        String baseUrl = ensureStarted();
        Map<String, String> config = new LinkedHashMap<>(configFor(baseUrl));
        config.put(BASE_URL_PROPERTY, baseUrl);
        return config;
    }

    /** What the application under test is told about the running Keycloak at {@code baseUrl}. */
    protected abstract Map<String, String> configFor(String baseUrl);

    /**
     * Keeps Keycloak running: Quarkus calls stop()/start() around every change of test profile, and a
     * restart costs 25+ s. The JVM shutdown hook registered at launch stops it.
     */
    @Override
    public void stop() {}

    /** Base URL of the running Keycloak, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    public static String baseUrl() {
        String url = System.getProperty(BASE_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("Keycloak is not running in this JVM: annotate the test with "
                    + "@WithTestResource of a subclass of RealKeycloak, or call "
                    + "RealKeycloak.ensureStarted() first");
        }
        return url;
    }

    /** Issuer / auth-server-url of a realm, e.g. {@code http://127.0.0.1:41234/realms/beacon}. */
    public static String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** Starts Keycloak unless this JVM already runs one; returns its base URL. */
    public static String ensureStarted() {
        synchronized (LOCK) {
            String existing = System.getProperty(BASE_URL_PROPERTY);
            if (existing != null && KeycloakProcess.isAlive(System.getProperty(PID_PROPERTY))) {
                return existing;
            }
            return KeycloakProcess.launch();
        }
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = RealKeycloak.class.getResourceAsStream("keycloak-test.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak-test.properties is missing from the test-keycloak jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("keycloak.version");
    }
}
