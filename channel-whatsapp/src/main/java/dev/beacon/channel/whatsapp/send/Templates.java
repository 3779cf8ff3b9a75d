package dev.beacon.channel.whatsapp.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.Site.WhatsAppTemplate;
import dev.beacon.channel.kit.model.SiteLocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's approved templates (api {@code settings.whatsapp.templates}) as Cloud API template messages: the one for
 * a purpose in the person's locale (or the nearest of its fallback chain, or the site's default locale), its
 * placeholders filled in order. WhatsApp refuses a parameter with a line break, a tab or more than four spaces in a
 * row (132018), so values are written on one line, and kept short.
 */
public final class Templates {

    /** Longest value of one parameter; the approved body is at most 1,024 characters with its values. */
    static final int PARAMETER_MAX = 120;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([0-9]+)\\s*}}");

    private Templates() {}

    /** The template for {@code purpose} for a person reading {@code locale}, if the site has one. */
    public static Optional<WhatsAppTemplate> pick(Site site, String purpose, String locale) {
        List<String> chain = new ArrayList<>();
        if (site.locales() != null) {
            site.locales().stream()
                    .filter(l -> l.code().equals(locale))
                    .findFirst()
                    .map(SiteLocale::chain)
                    .ifPresent(chain::addAll);
        }
        if (chain.isEmpty() && locale != null) {
            chain.add(locale);
        }
        if (site.defaultLocale() != null) {
            chain.add(site.defaultLocale());
        }
        for (String code : chain) {
            for (WhatsAppTemplate t : site.whatsappTemplates()) {
                if (t.purpose().equals(purpose) && t.locale().equals(code)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The template message: name, language and one text parameter per placeholder, in order. */
    public static ObjectNode message(ObjectMapper json, WhatsAppTemplate template, Map<String, String> values) {
        ObjectNode message = json.createObjectNode().put("type", "template");
        ObjectNode t = message.putObject("template").put("name", template.name());
        t.putObject("language").put("code", template.language());
        List<String> names = template.parameters() == null ? List.of() : template.parameters();
        if (!names.isEmpty()) {
            ArrayNode parameters =
                    t.putArray("components").addObject().put("type", "body").putArray("parameters");
            for (String name : names) {
                parameters.addObject().put("type", "text").put("text", value(values, name));
            }
        }
        return message;
    }

    /** The body as the person reads it, its placeholders filled: the free-form message inside the window. */
    public static String render(WhatsAppTemplate template, Map<String, String> values) {
        List<String> names = template.parameters() == null ? List.of() : template.parameters();
        Matcher m = PLACEHOLDER.matcher(template.body());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String value = n >= 1 && n <= names.size() ? value(values, names.get(n - 1)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One parameter as WhatsApp takes it: on one line, no runs of spaces, at most {@value #PARAMETER_MAX} characters. */
    static String value(Map<String, String> values, String name) {
        String value = values.getOrDefault(name, "");
        String line = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "…";
        }
        if (line.length() > PARAMETER_MAX) {
            int cut = PARAMETER_MAX - 1;
            if (Character.isHighSurrogate(line.charAt(cut - 1))) {
                cut--;
            }
            return line.substring(0, cut) + "…";
        }
        return line;
    }
}
