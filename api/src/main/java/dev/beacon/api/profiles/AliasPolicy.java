package dev.beacon.api.profiles;

import dev.beacon.api.shared.error.ProblemException;
import java.util.List;
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

    private AliasPolicy() {
    }

    static String check(String alias, List<String> bannedWords) {
        String a = alias.strip();
        if (!ALLOWED.matcher(a).matches()) {
            throw ProblemException.invalid("alias", "use letters, digits, spaces, dots, dashes and underscores");
        }
        if (PHONE.matcher(a).find() || EMAIL.matcher(a).find()) {
            throw ProblemException.invalid("alias", "must not contain a phone number or an e-mail address");
        }
        String lower = a.toLowerCase(Locale.ROOT);
        for (String word : bannedWords) {
            if (lower.contains(word.toLowerCase(Locale.ROOT))) {
                throw ProblemException.invalid("alias", "contains a word this site does not allow");
            }
        }
        return a;
    }

    static String key(String alias) {
        return alias.strip().toLowerCase(Locale.ROOT);
    }
}
