package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.RedisChatStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the shared state answers: a replica that cannot reach Redis could not tell redeliveries apart. */
@Readiness
@ApplicationScoped
public class ChatStoreReadiness implements HealthCheck {

    @Inject
    ChatStore store;

    @Override
    public HealthCheckResponse call() {
        boolean up = !(store instanceof RedisChatStore redis) || redis.ping();
        return HealthCheckResponse.named("chat-store")
                .status(up)
                .withData("shared", store.shared())
                .build();
    }
}
