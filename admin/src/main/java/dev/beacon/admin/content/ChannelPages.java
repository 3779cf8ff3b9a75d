package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.Translation;
import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.text.Gsm7;
import dev.beacon.text.Measure;
import dev.beacon.text.NumberedMenu;
import dev.beacon.text.Platform;
import dev.beacon.text.SmsCount;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation's written messages for one channel (WhatsApp, Messenger, Telegram, SMS, USSD): its messages and
 * reply buttons (menu lines on SMS and USSD) with counters of the platform's limits; saving sends the whole draft with this channel replaced, and the
 * api's refusal (a button title over 20, say) comes back on the field it names, with everything typed kept.
 */
@Path("/sites/{site}/content/{id}/{locale}/channels/{channel}")
@Produces(MediaType.TEXT_HTML)
public class ChannelPages extends ContentResource {

    static final List<String> CHANNELS = List.of("whatsapp", "messenger", "telegram", "sms", "ussd");

    @Inject
    @Location("channels.html")
    Template channels;

    @Inject
    DerivedMessages derived;

    @GET
    public Response show(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("channel") String channel,
            @QueryParam("done") String done) {
        ManagedSite site = pages.site(slug);
        Translation saved = saved(site, id, locale, channel);
        JsonNode written = saved.channels() == null ? null : saved.channels().get(channel);
        return page(
                200,
                site,
                id,
                locale,
                channel,
                saved,
                ChannelForm.of(written, saved.version()),
                List.of(),
                "saved".equals(done) ? "edit.done.saved" : null,
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("channel") String channel,
            @BeanParam ChannelForm form) {
        ManagedSite site = pages.site(slug);
        Translation saved = saved(site, id, locale, channel);
        Map<String, Object> request = TranslationRequests.of(saved);
        @SuppressWarnings("unchecked")
        Map<String, Object> written =
                new LinkedHashMap<>((Map<String, Object>) request.getOrDefault("channels", Map.of()));
        List<Map<String, Object>> messages = form.request();
        if (messages.isEmpty()) {
            written.remove(channel);
        } else {
            written.put(channel, messages);
        }
        request.put("channels", written);
        try {
            api.save(staff.bearer(), TranslationRequests.etag(form.version), slug, id, locale, request);
            return Response.seeOther(URI.create("/sites/" + slug + "/content/" + id + "/" + locale + "/channels/"
                            + channel + "?done=saved"))
                    .build();
        } catch (ApiProblemException refused) {
            return switch (refused.status()) {
                case 400 ->
                    page(
                            400,
                            site,
                            id,
                            locale,
                            channel,
                            saved,
                            form,
                            refused.problem().fieldErrors(),
                            null,
                            "edit.invalid");
                case 412 -> page(409, site, id, locale, channel, saved, form, List.of(), null, "edit.stale");
                case 403 -> page(403, site, id, locale, channel, saved, form, List.of(), null, "edit.forbidden");
                default -> throw refused;
            };
        }
    }

    private Translation saved(ManagedSite site, long id, String locale, String channel) {
        if (!CHANNELS.contains(channel) || site.locale(locale) == null) {
            throw new NotFoundException();
        }
        return api.translation(staff.bearer(), site.slug(), id, locale).getEntity();
    }

    private Response page(
            int status,
            ManagedSite site,
            long id,
            String locale,
            String channel,
            Translation saved,
            ChannelForm form,
            List<Problem.FieldError> errors,
            String notice,
            String problem) {
        ContentItem item = api.item(staff.bearer(), site.slug(), id);
        Platform platform = Platform.of(channel);
        boolean none = saved.channels() == null || !saved.channels().containsKey(channel);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(channels.data("p", pages.page(pages.texts(), saved.title(), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("channel", channel)
                        .data("channelList", CHANNELS)
                        .data("counter", new Counter(platform, site.smsMaxParts()))
                        .data("form", form)
                        .data("actions", ChannelForm.ACTIONS)
                        .data("errors", errors)
                        .data("notice", notice)
                        .data("problem", problem)
                        .data("derived", none ? derived.of(site.slug(), id, locale, channel) : List.of()))
                .build();
    }

    /**
     * The counters' numbers for the template, from the text module: UTF-16 units for the chat channels; for SMS and
     * USSD the text with its menu lines ("1. Title"), in SMS parts (GSM-7 or UCS-2) or GSM-7 septets on one screen.
     */
    @io.quarkus.qute.TemplateData
    public record Counter(Platform platform, int smsMaxParts) {

        /** The name admin.js knows the measure by. */
        public String measure() {
            Measure measure = platform.limits().measure();
            return measure == Measure.UTF16 ? "UTF16" : measure == Measure.SMS_PARTS ? "SMS" : "USSD";
        }

        /** SMS and USSD: buttons are numbered menu lines, counted with the text. */
        public boolean numbered() {
            return platform.limits().numberedMenusOnly();
        }

        public int length(String text) {
            return ChannelForm.length(platform, text);
        }

        public int textMax(boolean buttons) {
            return ChannelForm.textMax(platform, buttons);
        }

        public int plainMax() {
            return platform.limits().textMax();
        }

        public int buttonsMax() {
            return ChannelForm.textMax(platform, true);
        }

        public int titleMax() {
            return platform.limits().buttonTitleMax();
        }

        public int screenMax() {
            return platform.limits().ussdScreenMax();
        }

        public boolean over(String text, int max) {
            return length(text) > max;
        }

        /** The GSM-7 alphabet for admin.js, without CR and LF (an attribute cannot carry a CR; the script adds both). */
        public String alphabet() {
            return Gsm7.alphabet().replace("\r", "").replace("\n", "");
        }

        public String extension() {
            return Gsm7.extension();
        }

        /** What a message costs on SMS or USSD, in a text of the interface ({0}… filled in as admin.js does). */
        public String cost(ChannelForm.MessageInput m, String smsPattern, String ussdPattern, String notGsmPattern) {
            String shown = NumberedMenu.withMenu(m.text(), m.sentTitles());
            if (platform == Platform.SMS) {
                SmsCount count = SmsCount.of(shown);
                return fill(
                        smsPattern,
                        count.units(),
                        count.encoding() == SmsCount.Encoding.GSM7 ? "GSM-7" : "UCS-2",
                        count.parts(),
                        smsMaxParts);
            }
            int bad = shown.codePoints()
                    .filter(cp -> !Gsm7.isEncodable(Character.toString(cp)))
                    .findFirst()
                    .orElse(-1);
            return bad >= 0
                    ? fill(notGsmPattern, Character.toString(bad))
                    : fill(ussdPattern, Gsm7.septets(shown), screenMax());
        }

        /** Over the limit the api validates against: more parts than the site allows, a longer or non-GSM-7 screen. */
        public boolean costOver(ChannelForm.MessageInput m) {
            String shown = NumberedMenu.withMenu(m.text(), m.sentTitles());
            if (platform == Platform.SMS) {
                return SmsCount.of(shown).parts() > smsMaxParts;
            }
            return !Gsm7.isEncodable(shown) || Gsm7.septets(shown) > screenMax();
        }

        private static String fill(String pattern, Object... values) {
            String out = pattern;
            for (int i = 0; i < values.length; i++) {
                out = out.replace("{" + i + "}", String.valueOf(values[i]));
            }
            return out;
        }
    }
}
