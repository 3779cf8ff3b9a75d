package dev.beacon.channel.conversation;

import java.util.Objects;

/**
 * One thing a person did on a chat channel, as every adapter describes it.
 *
 * @param site the site slug the bot belongs to
 * @param channel the channel's name, e.g. {@code whatsapp} (the prefix of {@code identity})
 * @param identity the person's channel identity, e.g. {@code messenger:2411…}; the API's {@code Beacon-Subject}
 * @param kind what happened
 * @param text what the person typed ({@link Kind#TEXT}), else null
 * @param payload the signed payload of the tapped button ({@link Kind#PAYLOAD}), else null
 * @param localeHint the platform's idea of the person's language (e.g. {@code pt_BR}), or null
 * @param context the {@link Outbound#context()} of the last answer to this person, or null when the adapter has none
 */
public record Inbound(
        String site,
        String channel,
        String identity,
        Kind kind,
        String text,
        String payload,
        String localeHint,
        String context) {

    public enum Kind {
        TEXT,
        PAYLOAD,
        FIRST_CONTACT,
        ATTACHMENT
    }

    public Inbound {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(kind, "kind");
    }

    public static Inbound text(String site, String identity, String text, String context) {
        return new Inbound(site, channelOf(identity), identity, Kind.TEXT, text, null, null, context);
    }

    public static Inbound tap(String site, String identity, String payload, String context) {
        return new Inbound(site, channelOf(identity), identity, Kind.PAYLOAD, null, payload, null, context);
    }

    public static Inbound firstContact(String site, String identity, String localeHint) {
        return new Inbound(site, channelOf(identity), identity, Kind.FIRST_CONTACT, null, null, localeHint, null);
    }

    public Inbound withLocaleHint(String hint) {
        return new Inbound(site, channel, identity, kind, text, payload, hint, context);
    }

    static String channelOf(String identity) {
        int colon = identity.indexOf(':');
        return colon > 0 ? identity.substring(0, colon) : identity;
    }
}
