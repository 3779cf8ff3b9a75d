package dev.beacon.api.shared.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Beacon's own settings, all under {@code beacon.}; each key is documented in the api README. */
@ConfigMapping(prefix = "beacon")
public interface BeaconConfig {

    Demo demo();

    Delivery delivery();

    Schedule schedule();

    Profiles profiles();

    Polls polls();

    Media media();

    Preview preview();

    interface Preview {
        /**
         * The key preview tokens are signed with (HMAC-SHA256), at least 32 characters; the same on every replica.
         * Without it each start draws a random key (with a WARN): tokens then hold only on the replica that issued them.
         */
        java.util.Optional<String> secret();

        /** How long a preview token reads its draft. */
        @WithDefault("10M")
        Duration ttl();
    }

    interface Media {
        /** Where media files are kept: {@code postgres} (the default: a database backup carries them) or {@code directory}. */
        @WithDefault("postgres")
        String storage();

        /** The directory for {@code storage=directory}. */
        @WithDefault("${user.home}/.beacon/media")
        String directory();

        /** The largest file accepted, in bytes (also bounded by {@code quarkus.http.limits.max-body-size}). */
        @WithDefault("9000000")
        long maxBytes();

        /** The most pixels an image may have, read from its header before anything is decoded. */
        @WithDefault("40000000")
        long maxPixels();

        /** The longest side an image may have, in pixels. */
        @WithDefault("12000")
        int maxSide();

        /**
         * The public base URL of this api (e.g. {@code https://api.example.org}, or a CDN in front of it): image blocks
         * then name renditions by absolute URL, which chat platforms need to fetch them. Unset: site-relative paths.
         */
        java.util.Optional<String> publicUrl();

        /** Bytes of renditions each replica keeps in memory, so hot ones are served without the store. */
        @WithDefault("67108864")
        long cacheBytes();
    }

    Webhooks webhooks();

    interface Webhooks {
        /** How often each replica moves new events into deliveries and sends what is due ({@code off} disables it). */
        @WithDefault("1s")
        String every();

        /** Waits between attempts of a failing delivery (Standard Webhooks' schedule: 27 h 35 min in all). */
        @WithDefault("5S,5M,30M,2H,5H,10H,10H")
        java.util.List<Duration> retrySchedule();

        /** How long one attempt may take, connecting included. */
        @WithDefault("10S")
        Duration timeout();

        /**
         * Networks (CIDR) a webhook may reach although they are loopback or private, e.g. {@code 127.0.0.1/32} for local
         * tests. Empty in production: only public addresses.
         */
        java.util.Optional<java.util.List<String>> allowedPrivateNetworks();
    }

    interface Polls {
        /**
         * How long poll results and reaction counts are held and cached ({@code max-age}): a replica counts a read-hot
         * poll at most once per this.
         */
        @WithDefault("10S")
        Duration resultsMaxAge();
    }

    interface Profiles {
        /** PBKDF2 iterations for PINs and security answers. */
        @WithDefault("120000")
        int pinHashIterations();

        /** Wrong PINs in a row before a profile is locked. */
        @WithDefault("5")
        int maxPinAttempts();

        /** How long a locked profile stays locked. */
        @WithDefault("15M")
        Duration lockout();
    }

    /** Read early by {@code EmbeddedDatabaseConfigSourceFactory}; declared here so the keys are validated and documented. */
    EmbeddedDb embeddedDb();

    interface EmbeddedDb {
        /** Start an embedded PostgreSQL when no datasource URL is configured. */
        @WithDefault("true")
        boolean enabled();

        /** Where it keeps its data. */
        @WithDefault("${user.home}/.beacon/pgdata")
        String dataDir();
    }

    interface Schedule {
        /** How often go-live and expiry are brought up to date ({@code off} disables it on this replica). */
        @WithDefault("15s")
        String every();
    }

    interface Demo {
        /** Load the demo sites and content at start-up when they are missing. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Delivery {
        /** {@code max-age} of delivery responses; shortened automatically before a scheduled go-live or expiry. */
        @WithDefault("60S")
        Duration maxAge();

        /**
         * Bytes of rendered delivery responses (each JSON body and its gzipped copy) each replica keeps in memory;
         * 0 turns the response cache off.
         */
        @WithDefault("67108864")
        long cacheBytes();

        /**
         * Totals of delivery lists are counted up to this many matches; above it a list says "more than" (its
         * envelope's totalExact is false), so that a list's cost does not grow with the site.
         */
        @WithDefault("1000")
        int countLimit();

        /** A search in relevance order ranks this many of the newest matches (ranking every match is what grows). */
        @WithDefault("500")
        int rankWindow();
    }
}
