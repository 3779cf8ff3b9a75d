package dev.beacon.channel.conversation;

import dev.beacon.channel.kit.model.Site;

/** One message being answered: who, on which site and channel, in which of the site's locales, with which API. */
public final class Turn {

    private final Inbound in;
    private final Site site;
    private final int locale;
    private final ChannelProfile profile;
    private final Services api;
    private final Texts texts;

    Turn(Inbound in, Site site, int locale, ChannelProfile profile, Services api) {
        this.in = in;
        this.site = site;
        this.locale = locale;
        this.profile = profile;
        this.api = api;
        this.texts = Texts.of(localeCode());
    }

    /** The same turn answered in another of the site's locales (a language chosen by its number). */
    Turn inLocale(int index) {
        return index == locale ? this : new Turn(in, site, index, profile, api);
    }

    public String siteSlug() {
        return in.site();
    }

    public Site site() {
        return site;
    }

    /** The person's channel identity, sent to the API as {@code Beacon-Subject}. */
    public String subject() {
        return in.identity();
    }

    public ChannelProfile profile() {
        return profile;
    }

    public Services api() {
        return api;
    }

    /** The index of the person's locale in the site's locales; carried in every payload. */
    public int localeIndex() {
        return locale;
    }

    /** The person's locale code, e.g. {@code pt}. */
    public String localeCode() {
        return site.locales() == null || site.locales().isEmpty()
                ? site.defaultLocale()
                : site.locales().get(locale).code();
    }

    public String t(String key, Object... args) {
        return args.length == 0 ? texts.get(key) : texts.format(key, args);
    }

    public Texts texts() {
        return texts;
    }

    public Action act(Op op, Object... args) {
        return Action.of(locale, op, args);
    }

    public Action home() {
        return act(Op.HOME);
    }
}
