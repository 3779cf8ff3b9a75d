package dev.beacon.channel.conversation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a button does, or which screen is shown (a route): an operation, the locale to answer in (an index into the
 * site's locales) and a few short arguments. Encoded by {@link PayloadCodec} as {@code <version><locale><op><args>}.
 */
public record Action(int locale, Op op, List<String> args) {

    private static final Pattern ARG = Pattern.compile("[A-Za-z0-9_~-]{1,120}");

    public Action {
        if (locale < 0 || locale >= 36) {
            throw new IllegalArgumentException("locale index out of range: " + locale);
        }
        args = List.copyOf(args);
        for (String arg : args) {
            if (!ARG.matcher(arg).matches()) {
                throw new IllegalArgumentException("not a payload argument: " + arg);
            }
        }
    }

    public static Action of(int locale, Op op, Object... args) {
        return new Action(
                locale, op, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Action inLocale(int index) {
        return new Action(index, op, args);
    }

    public String arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    public long id(int i) {
        return Long.parseLong(args.get(i));
    }

    public int number(int i, int otherwise) {
        String value = arg(i);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    /** The body before signing: version, locale, op, comma-separated arguments. */
    String body() {
        return PayloadCodec.VERSION
                + Character.toString(Character.forDigit(locale, 36))
                + op.code
                + String.join(",", args);
    }
}
