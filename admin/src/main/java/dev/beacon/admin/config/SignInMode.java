package dev.beacon.admin.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * How staff sign in: with an OIDC server ({@code quarkus.oidc.auth-server-url} set, the authorization-code flow
 * with PKCE), or else through the api's demo issuer. Without an OIDC server this factory turns the OIDC tenant and
 * the "everything needs a sign-in" HTTP policy off, and {@code signin.SignInGate} guards the pages instead.
 */
public final class SignInMode implements ConfigSourceFactory {

    public static final String OIDC_URL = "quarkus.oidc.auth-server-url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(OIDC_URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(
                Map.of("quarkus.oidc.tenant-enabled", "false", "quarkus.http.auth.permission.staff.enabled", "false"),
                "beacon-admin-sign-in",
                60));
    }

    public static String oidcUrl() {
        return ConfigProvider.getConfig()
                .getOptionalValue(OIDC_URL, String.class)
                .orElse("");
    }

    /** Whether staff sign in with an OIDC server (else: the demo sign-in, where the api has a demo issuer). */
    public static boolean oidc() {
        return ConfigProvider.getConfig()
                .getOptionalValue(OIDC_URL, String.class)
                .filter(v -> !v.isBlank())
                .isPresent();
    }
}
