package dev.beacon.channel.conversation;

import dev.beacon.text.Graphemes;
import dev.beacon.text.Measure;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import dev.beacon.text.TextSplitter;
import java.util.List;

/**
 * The profile of each chat channel, built once from module {@code text}'s {@link Platform#limits()} (where every
 * number has its source): the engine has no limits of its own.
 */
public final class ChannelProfiles {

    /** The channels an engine can speak on, by name. */
    public static final List<String> NAMES = List.of("whatsapp", "messenger", "telegram", "sms", "ussd");

    private ChannelProfiles() {}

    /** {@code name}: {@code whatsapp}, {@code messenger}, {@code telegram}, {@code sms} or {@code ussd}. */
    public static ChannelProfile of(String name) {
        Platform platform = Platform.of(name);
        PlatformLimits limits = platform.limits();
        return new ChannelProfile(
                name,
                limits.textMax(),
                limits.interactiveBodyMax() > 0 ? limits.interactiveBodyMax() : limits.textMax(),
                limits.buttons() ? limits.replyButtonsMax() : 0,
                limits.buttonTitleMax(),
                limits.lists() ? limits.listRowsMax() : 0,
                limits.listRowTitleMax(),
                limits.listRowDescriptionMax(),
                Math.min(
                        PayloadCodec.MAX_BYTES,
                        limits.payloadMaxBytes() > 0 ? limits.payloadMaxBytes() : PayloadCodec.MAX_BYTES),
                limits.numberedMenusOnly(),
                platform == Platform.USSD,
                fit(limits.measure()));
    }

    static TextFit fit(Measure measure) {
        return new TextFit() {
            @Override
            public int length(CharSequence text) {
                return measure.length(text);
            }

            @Override
            public List<String> split(String text, int limit) {
                return text == null || text.isBlank() ? List.of() : TextSplitter.split(text, limit, measure);
            }

            @Override
            public String cut(String text, int limit) {
                List<String> parts;
                try {
                    parts = split(text, limit);
                } catch (IllegalArgumentException smallerThanOneGrapheme) {
                    return "";
                }
                if (parts.isEmpty()) {
                    return "";
                }
                String first = parts.get(0);
                return measure.length(first) <= limit ? first : cutChars(first, limit);
            }

            @Override
            public String shorten(String text, int limit) {
                try {
                    return TextSplitter.shorten(text, limit, measure); // fits, ellipsis included
                } catch (IllegalArgumentException noRoomForAnEllipsis) {
                    return cut(text, limit);
                }
            }

            @Override
            public String shortenChars(String text, int chars) {
                try {
                    return TextSplitter.shorten(text, chars, Measure.UTF16);
                } catch (IllegalArgumentException noRoomForAnEllipsis) {
                    return cutChars(text, chars);
                }
            }

            @Override
            public String cutChars(String text, int chars) {
                return text.length() <= chars ? text : text.substring(0, Graphemes.safeCut(text, chars));
            }
        };
    }
}
