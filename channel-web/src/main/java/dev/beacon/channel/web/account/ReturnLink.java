package dev.beacon.channel.web.account;

import java.util.regex.Pattern;

/**
 * Where sign-up and sign-in send a person back to (e.g. the comment form they came from): only a path inside this
 * site, made of slug characters, so the link can never lead to another site or carry anything personal.
 */
public final class ReturnLink {

    private static final Pattern SITE_PATH = Pattern.compile("^/[a-z0-9][a-z0-9/_-]{0,200}$");

    private ReturnLink() {}

    /** {@code next} when it is a safe site path, otherwise null. */
    public static String safe(String next) {
        return next != null && SITE_PATH.matcher(next).matches() && !next.contains("//") ? next : null;
    }
}
