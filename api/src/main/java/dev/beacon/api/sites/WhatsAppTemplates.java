package dev.beacon.api.sites;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteSettings.WhatsAppTemplate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rules a site's WhatsApp templates must keep beyond their fields' own: each names a locale of the site, one
 * template per purpose and locale, and its parameters fill exactly the body's placeholders {@code {{1}}…{{n}}}
 * (WhatsApp refuses a send whose parameter count differs from the approved body, error 132000).
 */
public final class WhatsAppTemplates {

    /** What a template is for: a reply to the person's comment, a competition result, a new survey, "come back". */
    public static final String PURPOSE_PATTERN = "^(comment-reply|competition-result|new-survey|re-engagement)$";

    /**
     * What can fill a placeholder: the person's alias, the site's name, the title of what the message is about
     * (article, competition, survey), a short text (the reply, the result).
     */
    public static final String PARAMETER_PATTERN = "^(alias|site|title|text)$";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private WhatsAppTemplates() {}

    /** Refuses (400, naming the field under {@code field}) the first template that breaks a rule. */
    static void validate(List<WhatsAppTemplate> templates, List<SiteLocale> locales, String field) {
        Set<String> codes = locales.stream().map(SiteLocale::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < templates.size(); i++) {
            WhatsAppTemplate t = templates.get(i);
            String at = field + "[" + i + "]";
            if (!codes.contains(t.locale())) {
                throw ProblemException.invalid(
                        at + ".locale", "is not one of the site's locales " + new TreeSet<>(codes));
            }
            if (!seen.add(t.purpose() + " " + t.locale())) {
                throw ProblemException.invalid(
                        at,
                        "a second template for " + t.purpose() + " in " + t.locale() + "; one per purpose and locale");
            }
            int placeholders = placeholders(t.body(), at + ".body");
            int parameters = t.parameters() == null ? 0 : t.parameters().size();
            if (parameters != placeholders) {
                throw ProblemException.invalid(
                        at + ".parameters",
                        "names " + parameters + " parameters; the body has " + placeholders + " placeholders");
            }
        }
    }

    /** How many placeholders the body has, refused unless they are {@code {{1}}…{{n}}}, each at least once. */
    static int placeholders(String body, String field) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!m.group(1).matches("[1-9][0-9]?")) {
                throw ProblemException.invalid(field, "placeholders are {{1}}, {{2}}…; found {{" + m.group(1) + "}}");
            }
            numbers.add(Integer.parseInt(m.group(1)));
        }
        int n = numbers.size();
        if (n > 0 && !numbers.equals(IntStream.rangeClosed(1, n).boxed().collect(Collectors.toSet()))) {
            throw ProblemException.invalid(
                    field, "placeholders must be numbered {{1}} to {{" + n + "}}, were " + numbers);
        }
        return n;
    }
}
