package dev.beacon.channel.web.config;

import dev.beacon.channel.kit.auth.TokenSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Makes the channel's token source at start-up, so a demo-only set-up warns in the first lines of the log (the session
 * key is made at start-up by {@code session.Signer} itself).
 */
public class StartupChecks {

    @Inject
    TokenSource tokens;

    void onStart(@Observes StartupEvent event) {
        tokens.getClass();
    }
}
