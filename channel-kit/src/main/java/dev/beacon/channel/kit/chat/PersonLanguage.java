package dev.beacon.channel.kit.chat;

import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import java.util.List;

/**
 * A chat person's language as the engine numbers it (an index into the site's locales): the one of their last
 * screen (chosen in chat, carried in the engine's signed context), else the platform's hint ({@code pt_BR}), else
 * the site's default (index 0).
 */
public final class PersonLanguage {

    private final PayloadCodec codec;
    private final BeaconDelivery delivery;
    private LastScreens screens;

    public PersonLanguage(PayloadCodec codec, BeaconDelivery delivery) {
        this.codec = codec;
        this.delivery = delivery;
    }

    /** The same, reading the person's last screen from {@code screens} when asked {@link #of}. */
    public PersonLanguage(PayloadCodec codec, BeaconDelivery delivery, LastScreens screens) {
        this(codec, delivery);
        this.screens = screens;
    }

    /** The code of the language of the person {@code identity}, from their last screen (else the site's default). */
    public String of(String site, String identity) {
        return code(
                site, identity, screens == null ? null : screens.of(identity).orElse(null), null);
    }

    public int index(String site, String identity, String context, String hint) {
        if (context != null) {
            try {
                return codec.verify(site, identity, context).locale();
            } catch (RuntimeException refused) {
                // an old or foreign context: as if there were none
            }
        }
        List<SiteLocale> locales = locales(site);
        String wanted = hint == null ? null : hint.replace('_', '-');
        for (String code : new String[] {wanted, wanted == null ? null : wanted.split("-")[0]}) {
            for (int i = 0; code != null && i < locales.size(); i++) {
                if (locales.get(i).code().equalsIgnoreCase(code)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** The site's locale code at {@code index} ({@code en} when the site cannot be read). */
    public String code(String site, int index) {
        List<SiteLocale> locales = locales(site);
        return index < locales.size() ? locales.get(index).code() : "en";
    }

    /** The code of the person's language. */
    public String code(String site, String identity, String context, String hint) {
        return code(site, index(site, identity, context, hint));
    }

    private List<SiteLocale> locales(String site) {
        try {
            Site read = delivery.site(site).body();
            return read.locales() == null ? List.of() : read.locales();
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }
}
