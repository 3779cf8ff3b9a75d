package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A site as a channel reads it from {@code GET /api/v1/sites/{site}}. Only what channels use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Site(
        String slug,
        String name,
        String defaultLocale,
        List<SiteLocale> locales,
        Skin skin,
        Features features,
        Profiles profiles,
        Sms sms,
        WhatsApp whatsapp) {

    /** The site's approved WhatsApp templates (the api's {@code settings.whatsapp}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WhatsApp(List<WhatsAppTemplate> templates) {}

    /**
     * One approved template: its {@code purpose} (comment-reply, competition-result, new-survey, re-engagement) for
     * people reading {@code locale}; its WhatsApp {@code name} and {@code language}; the approved {@code body} with
     * placeholders {@code {{1}}…}; what fills each one, in order ({@code alias}, {@code site}, {@code title},
     * {@code text}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WhatsAppTemplate(
            String purpose, String locale, String name, String language, String body, List<String> parameters) {}

    /** The site's WhatsApp templates, none when it names none. */
    public List<WhatsAppTemplate> whatsappTemplates() {
        return whatsapp == null || whatsapp.templates() == null ? List.of() : whatsapp.templates();
    }

    /** SMS delivery: how many concatenated parts one message may take (the site's {@code sms.maxParts}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sms(Integer maxParts) {}

    /** The site's {@code sms.maxParts}, 3 (the api's default) when it does not say. */
    public int smsMaxParts() {
        return sms == null || sms.maxParts() == null ? 3 : sms.maxParts();
    }

    public boolean hasLocale(String code) {
        return locales != null && locales.stream().anyMatch(l -> l.code().equals(code));
    }
}
