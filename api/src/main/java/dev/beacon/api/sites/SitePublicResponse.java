package dev.beacon.api.sites;

import java.util.List;

/** A site as the public and channels see it: no moderation lists, no internal versions. */
public record SitePublicResponse(
        String slug,
        String name,
        String defaultLocale,
        List<SiteResponse.LocaleResponse> locales,
        SiteSettings.Skin skin,
        SiteSettings.Features features,
        SiteSettings.Profiles profiles,
        SiteSettings.Sms sms,
        SiteSettings.WhatsApp whatsapp) {

    public static SitePublicResponse of(Site site) {
        Locales locales = site.localeChains();
        return new SitePublicResponse(
                site.slug,
                site.name,
                locales.defaultLocale(),
                SiteResponse.locales(locales),
                site.settings.skin(),
                site.settings.features(),
                site.settings.profilesOrDefaults(),
                site.settings.smsOrDefaults(),
                site.settings.whatsappOrDefaults());
    }
}
