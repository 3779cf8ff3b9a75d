package dev.beacon.channel.messenger.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.graph.GraphAnswer;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.inbound.AdapterTexts;
import dev.beacon.text.Measure;
import dev.beacon.text.TextSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets up a page's Messenger Profile from its site: the Get Started button, a greeting per locale and the persistent
 * menu (menu, search, my corner, help) per locale; the site's default locale is also Messenger's {@code default}.
 */
@ApplicationScoped
public class PageSetup {

    /** Payloads of Get Started and the persistent menu: the same for everyone, so not signed per person. */
    public static final String GET_STARTED = "GET_STARTED";

    public static final List<String> MENU = List.of("MENU", "SEARCH", "CORNER", "HELP");

    @Inject
    BeaconDelivery delivery;

    @Inject
    GraphClient graph;

    @Inject
    ObjectMapper json;

    /** The profile written, and Graph's answer. */
    public record Result(ObjectNode profile, GraphAnswer answer) {}

    public Result setUp(Page page) {
        Site site = delivery.site(page.site()).body();
        ObjectNode profile = profile(site);
        return new Result(profile, graph.post("me/messenger_profile", page.accessToken(), profile));
    }

    ObjectNode profile(Site site) {
        ObjectNode profile = json.createObjectNode();
        profile.putObject("get_started").put("payload", GET_STARTED);
        ArrayNode greetings = profile.putArray("greeting");
        ArrayNode menus = profile.putArray("persistent_menu");
        Set<String> done = new LinkedHashSet<>();
        addLocale("default", site.defaultLocale(), site, greetings, menus);
        for (String code : codes(site)) {
            for (String messenger : MessengerLocales.of(code)) {
                if (done.add(messenger)) {
                    addLocale(messenger, code, site, greetings, menus);
                }
            }
        }
        return profile;
    }

    private static List<String> codes(Site site) {
        List<String> codes = new ArrayList<>();
        if (site.locales() != null) {
            site.locales().stream().map(SiteLocale::code).forEach(codes::add);
        }
        return codes;
    }

    private void addLocale(String messengerLocale, String siteLocale, Site site, ArrayNode greetings, ArrayNode menus) {
        String greeting = AdapterTexts.get(siteLocale, "greeting", site.name());
        // Meta's greeting holds 160 characters; shortened at a word, never inside a grapheme
        greetings
                .addObject()
                .put("locale", messengerLocale)
                .put("text", TextSplitter.shorten(greeting, 160, Measure.UTF16));
        ObjectNode menu = menus.addObject().put("locale", messengerLocale).put("composer_input_disabled", false);
        ArrayNode items = menu.putArray("call_to_actions");
        for (String payload : MENU) {
            items.addObject()
                    .put("type", "postback")
                    .put("title", AdapterTexts.get(siteLocale, "menu." + payload.toLowerCase()))
                    .put("payload", payload);
        }
    }
}
