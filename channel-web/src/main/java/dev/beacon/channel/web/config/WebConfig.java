package dev.beacon.channel.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The mobi-site's settings (the API and the channel's credentials are channel-kit's {@code beacon.api.*} and {@code beacon.client.*}). */
@ConfigMapping(prefix = "beacon.web")
public interface WebConfig {

    /** Host name → site slug, e.g. {@code beacon.web.hosts."m.example.org"=demo}; other hosts use {@code /s/{site}/…}. */
    Map<String, String> hosts();

    Session session();

    Terms terms();

    Images images();

    interface Images {

        /** Where root-relative image sources ({@code /images/clinic.png}) are read from; this application itself when unset. */
        Optional<String> origin();

        /** The largest source image downloaded. */
        @WithDefault("5242880")
        int maxBytes();

        /** Connect and whole-download timeout of a source image. */
        @WithDefault("PT5S")
        Duration timeout();

        /** Lets whole URLs name private addresses: for a closed test network only, never in production. */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    interface Session {

        /** HMAC-SHA256 key for session cookies and CSRF tokens (env {@code BEACON_WEB_SESSION_SECRET}); random per start when unset. */
        Optional<String> secret();

        /** How long a session lasts after it was issued. */
        @WithDefault("30D")
        Duration maxAge();

        /** Send the cookie with {@code Secure} (set true behind HTTPS). */
        @WithDefault("false")
        boolean secure();
    }

    interface Terms {

        /** The consent document people accept when they sign up. */
        @WithDefault("terms")
        String document();

        @WithDefault("2025-01")
        String version();
    }
}
