package dev.beacon.channel.telegram.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Texts;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.telegram.inbound.WebhookResource;
import dev.beacon.channel.telegram.send.BotApi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the bot with Telegram: {@code setWebhook} ({@code <public url>/webhook}, the secret token, only the
 * updates the adapter reads) and {@code setMyCommands} once for the site's default language (no
 * {@code language_code}: every other person) and once per other language of the site (Telegram takes two-letter
 * codes: {@code pt-BR} shares {@code pt}'s), the descriptions in that language.
 */
public final class BotSetup {

    /** The commands, and the engine's text that describes each. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"menu", "nav.menu"},
            new String[] {"help", "menu.help"},
            new String[] {"language", "menu.language"},
            new String[] {"stop", "corner.stop"});

    private final BotApi bot;
    private final ObjectMapper json;

    public BotSetup(BotApi bot, ObjectMapper json) {
        this.bot = bot;
        this.json = json;
    }

    /** What was done, call by call ({@code method [language]: ok|refused: …}). */
    public List<String> run(Site site, String publicUrl, String secretToken) {
        List<String> done = new ArrayList<>();
        ObjectNode webhook = json.createObjectNode()
                .put("url", publicUrl.replaceAll("/+$", "") + "/webhook")
                .put("secret_token", secretToken);
        webhook.putArray("allowed_updates").add("message").add("callback_query");
        done.add(result("setWebhook", bot.call("setWebhook", webhook)));
        done.add(result("setMyCommands", bot.call("setMyCommands", commands(site.defaultLocale(), null))));
        Set<String> languages = new LinkedHashSet<>();
        for (SiteLocale locale : site.locales() == null ? List.<SiteLocale>of() : site.locales()) {
            String language = locale.code().split("-")[0];
            if (!locale.code().equals(site.defaultLocale()) && languages.add(language)) {
                done.add(result(
                        "setMyCommands " + language, bot.call("setMyCommands", commands(locale.code(), language))));
            }
        }
        return done;
    }

    ObjectNode commands(String locale, String languageCode) {
        Texts texts = Texts.of(locale);
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("commands");
        for (String[] c : COMMANDS) {
            list.addObject().put("command", c[0]).put("description", texts.get(c[1]));
        }
        if (languageCode != null) {
            body.put("language_code", languageCode);
        }
        return body;
    }

    private static String result(String what, BotApi.Answer answer) {
        return what + ": " + (answer.ok() ? "ok" : "refused: " + answer.description());
    }

    /** The webhook header, for the README and the tests. */
    public static String header() {
        return WebhookResource.HEADER;
    }
}
