package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** SMS through Africa's Talking's SMS API (env {@code BEACON_SMS_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.sms")
public interface SmsConfig {

    /** Base URL of the SMS API: {@code https://api.africastalking.com}, the sandbox's, or the local double. */
    @WithDefault("https://api.africastalking.com")
    String apiUrl();

    /** The Africa's Talking application's username ({@code sandbox} in the sandbox). */
    @WithDefault("sandbox")
    String username();

    /** The application's API key, sent in the {@code apiKey} header. Without it no SMS is sent or read. */
    Optional<String> apiKey();

    /** The shortcode or alphanumeric sender id messages go out from; the account's default without it. */
    Optional<String> from();

    /** {@code <shortcode>=<site>}, comma-separated; {@code *=<site>} for any. */
    @WithDefault("*=demo")
    String sites();

    /** Full articles one person may ask for by SMS from USSD per day (UTC). */
    @WithDefault("3")
    int articlesPerDay();

    /** The {@code sms} channel's own service account (the api names SMS people only for client {@code sms}). */
    Optional<String> clientId();

    Optional<String> clientSecret();

    /** Retries of the API: {@code attempts}, {@code backoff}, {@code max-backoff}, {@code timeout} (channel-kit). */
    GraphSendConfig send();
}
