package dev.beacon.channel.telegram.config;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The Telegram adapter's settings (env {@code BEACON_TELEGRAM_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.telegram")
public interface TelegramConfig {

    /** The bot's token from @BotFather. */
    Optional<String> botToken();

    /** The secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token} (set with setWebhook). */
    Optional<String> secretToken();

    /** The site this bot serves. */
    @WithDefault("demo")
    String site();

    /** Base URL of the Bot API (the local double in tests and the demo). */
    @WithDefault("https://api.telegram.org")
    String apiUrl();

    /** This adapter's public HTTPS address, for setWebhook ({@code <public-url>/webhook}). */
    Optional<String> publicUrl();

    /** Bearer token for {@code POST /manage/setup}; without it that endpoint answers 404. */
    Optional<String> manageToken();

    /**
     * Demo mode: serves the chat simulator at {@code /simulator/} (Telegram mode), which reads the bot's answers back
     * from the Bot API double; refused at start-up unless the Bot API is a loopback address.
     */
    @WithDefault("false")
    boolean demo();

    /** Retries of the API: {@code attempts}, {@code backoff}, {@code max-backoff}, {@code timeout} (channel-kit). */
    GraphSendConfig send();
}
