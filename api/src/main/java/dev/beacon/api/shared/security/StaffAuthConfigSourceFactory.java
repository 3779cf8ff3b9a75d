package dev.beacon.api.shared.security;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Decides how staff tokens are verified when no OIDC server is configured:
 * <ul>
 * <li>an OIDC server ({@code quarkus.oidc.auth-server-url}) or key is configured: this factory does nothing;</li>
 * <li>the demo runs on the embedded database ({@code beacon.demo.enabled=true} and no datasource URL):
 * the in-memory {@link DemoIssuer} signs tokens for demo staff;</li>
 * <li>anything else: staff sign-in is off and every management call is 401.</li>
 * </ul>
 * The demo issuer needs both the demo flag and the embedded database, so a production deployment, which
 * always names its database, can never turn it on by accident.
 */
public final class StaffAuthConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(StaffAuthConfigSourceFactory.class);

    public enum Mode {
        OIDC_SERVER,
        DEMO_ISSUER,
        CLOSED
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of(); // building the application: decide at run time only
        }
        Mode mode = mode(
                set(context, "quarkus.oidc.auth-server-url") || set(context, "quarkus.oidc.public-key"),
                "true".equalsIgnoreCase(value(context, "beacon.demo.enabled")),
                set(context, "quarkus.datasource.jdbc.url"));
        return switch (mode) {
            case OIDC_SERVER -> List.of();
            case DEMO_ISSUER -> {
                LOG.warn("No OIDC server is configured: staff tokens come from the built-in DEMO issuer "
                        + "(POST /api/v1/demo/token). This only happens with the demo on the embedded database.");
                yield List.of(source(Map.of(
                        "quarkus.oidc.public-key", DemoIssuer.publicKey(),
                        "quarkus.oidc.token.issuer", DemoIssuer.ISSUER,
                        "quarkus.oidc.token.audience", DemoIssuer.AUDIENCE)));
            }
            case CLOSED -> {
                LOG.warn(
                        "No OIDC server is configured (QUARKUS_OIDC_AUTH_SERVER_URL): the management API refuses every call.");
                yield List.of(source(Map.of("quarkus.oidc.tenant-enabled", "false")));
            }
        };
    }

    /** The decision itself, kept pure so that it can be tested exhaustively. */
    public static Mode mode(boolean oidcConfigured, boolean demoEnabled, boolean databaseConfigured) {
        if (oidcConfigured) {
            return Mode.OIDC_SERVER;
        }
        return demoEnabled && !databaseConfigured ? Mode.DEMO_ISSUER : Mode.CLOSED;
    }

    private static ConfigSource source(Map<String, String> properties) {
        return new PropertiesConfigSource(properties, "beacon-staff-auth", 60);
    }

    private static boolean set(ConfigSourceContext context, String name) {
        return value(context, name) != null;
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
