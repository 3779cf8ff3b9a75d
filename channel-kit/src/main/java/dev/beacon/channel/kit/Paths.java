package dev.beacon.channel.kit;

import java.util.regex.Pattern;

/** Content paths as the API builds them: slugs (lower-case words joined by dashes) separated by slashes. */
public final class Paths {

    private static final Pattern SLUG_PATH = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$");

    private Paths() {}

    /** {@code health/mental-health}: true; a leading slash, {@code ..}, upper case or a space: false. */
    public static boolean isSlugPath(String path) {
        return path != null && path.length() <= 1000 && SLUG_PATH.matcher(path).matches();
    }
}
