package dev.beacon.channel.whatsapp.config;

import dev.beacon.channel.kit.chat.ChatStoreHealth;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the shared state (Redis, when configured) answers: wamids must be told apart across replicas. */
@Readiness
@ApplicationScoped
public class ChatStoreCheck extends ChatStoreHealth {}
