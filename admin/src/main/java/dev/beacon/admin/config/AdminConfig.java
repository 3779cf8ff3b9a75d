package dev.beacon.admin.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every {@code beacon.admin.*} key; the api's URL and timeouts are channel-kit's {@code beacon.api.*}. */
@ConfigMapping(prefix = "beacon.admin")
public interface AdminConfig {

    Session session();

    Demo demo();

    Web web();

    interface Web {
        /** The mobi-site (channel-web) whose preview page the preview frames show; its origin as the editor's browser reaches it. */
        @WithDefault("http://localhost:8081")
        String url();
    }

    interface Session {
        /** Key of the encrypted session cookie (≥ 32 characters), the same on every replica; unset: random per start. */
        Optional<String> secret();

        /** How long a demo session lasts (a real sign-in lasts as long as Keycloak's session). */
        @WithDefault("8H")
        Duration maxAge();

        /** Add {@code Secure} to the cookies (behind HTTPS). */
        @WithDefault("false")
        boolean secure();
    }

    interface Demo {
        /** The demo staff offered on the demo sign-in page; those the api's demo issuer does not know are left out. */
        @WithDefault("ada,sam,eddie,mo,kim")
        List<String> users();
    }
}
