package dev.beacon.channel.web.config;

import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.web.session.Signer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Makes the session key and the channel's token source at start-up, so a demo-only set-up warns in the first lines of the log. */
public class StartupChecks {

    @Inject
    Signer signer;

    @Inject
    TokenSource tokens;

    void onStart(@Observes StartupEvent event) {
        signer.sign("start-up");
        tokens.getClass();
    }
}
