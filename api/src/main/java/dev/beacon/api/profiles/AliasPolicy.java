package dev.beacon.api.profiles;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteSettings;
import dev.beacon.api.sites.TextPolicy;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an alias may be: a name to show, never a way to be contacted (no phone numbers, no e-mail
 * addresses) and nothing the site has banned.
 */
final class AliasPolicy {

    private static final Pattern ALLOWED = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*$");
    private static final Pattern PHONE = Pattern.compile("(\\d[\\s.-]?){7,}");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");

    private AliasPolicy() {}

    static String check(String alias, SiteSettings settings) {
        String a = alias.strip();
        // Whatever a site allows in comments, an alias never carries contact details. Broken rules are reported
        // as banned-text, like every other text a person writes, so a channel shows them the same way.
        if (PHONE.matcher(a).find() || EMAIL.matcher(a).find()) {
            throw ProblemException.banned("alias", "must not contain a phone number or an e-mail address");
        }
        if (!ALLOWED.matcher(a).matches()) {
            throw ProblemException.invalid("alias", "use letters, digits, spaces, dots, dashes and underscores");
        }
        TextPolicy.check(settings, "alias", a);
        return a;
    }

    static String key(String alias) {
        return alias.strip().toLowerCase(Locale.ROOT);
    }
}
