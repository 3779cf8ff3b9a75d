package dev.beacon.channel.ussd.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The USSD adapter's settings (env {@code BEACON_USSD_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.ussd")
public interface UssdConfig {

    /** {@code <service code>=<site>}, comma-separated, e.g. {@code *384*123#=demo}; {@code *=<site>} for any code. */
    @WithDefault("*=demo")
    String sites();

    /** A secret path segment: the callback is then {@code POST /ussd/<secret>} and {@code POST /ussd} is 404. */
    Optional<String> pathSecret();

    /** Addresses (or CIDR blocks) the callback is accepted from; empty: any (say so at start-up). */
    Optional<List<String>> allowedSources();

    /** How long a session's screens are remembered (operators end a session after about 3 minutes). */
    @WithDefault("10M")
    Duration sessionTtl();

    /**
     * Demo mode: serves the chat simulator's feature-phone dialer at {@code /simulator/} (it calls this adapter's own
     * callbacks; the phone's SMS inbox reads the SMS API double); refused unless the SMS API is a loopback address.
     */
    @WithDefault("false")
    boolean demo();

    /** Inputs in one session beyond which it is ended ("too long, dial again"). */
    @WithDefault("60")
    int maxSteps();
}
