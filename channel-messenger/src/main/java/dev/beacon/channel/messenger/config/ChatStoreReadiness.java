package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.chat.ChatStoreHealth;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the shared state answers (channel-kit's check). */
@Readiness
@ApplicationScoped
public class ChatStoreReadiness extends ChatStoreHealth {}
