package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.config.AdminConfig;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.channel.conversation.ChatPreview;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Content;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A translation's current revision before it is published, drawn by the channels' own code: the mobi-site's article
 * page (channel-web's preview route, fed the api's preview token) in frames of a feature phone (240×320) and a
 * smartphone (360×640), and the WhatsApp and Messenger messages as channel-kit's renderer fits them, as bubbles.
 * The token is the api's (editors and admins; a moderator's request is its 403), read-only, for minutes.
 */
@Path("/sites/{site}/content/{id}/{locale}/preview")
@Produces(MediaType.TEXT_HTML)
public class PreviewPages extends ContentResource {

    static final List<String> CHATS = List.of("whatsapp", "messenger");

    @Inject
    @Location("preview.html")
    Template preview;

    @Inject
    BeaconDelivery delivery;

    @Inject
    AdminConfig config;

    /** One screen size of the mobi-site. */
    @io.quarkus.qute.TemplateData
    public record Frame(String name, int width, int height) {}

    /** One chat channel's messages, as sent, page after page; {@code source}: written or derived. */
    @io.quarkus.qute.TemplateData
    public record Chat(String channel, String source, List<Bubble> bubbles) {}

    /**
     * One message as a bubble: its text (or an image and its alt text), and its choices as the channel shows them:
     * {@code buttons}, {@code list} rows, or none apart (numbered lines are part of the text).
     */
    @io.quarkus.qute.TemplateData
    public record Bubble(String text, String imageUrl, String style, List<String> choices) {

        static Bubble of(Message m) {
            String style = m.style() == null || m.style() == Message.Style.NUMBERED
                    ? null
                    : m.style().name().toLowerCase(java.util.Locale.ROOT);
            return new Bubble(
                    m.text(),
                    m.imageUrl(),
                    style,
                    style == null
                            ? List.of()
                            : m.choices().stream().map(c -> c.label()).toList());
        }
    }

    static final List<Frame> FRAMES = List.of(new Frame("feature-phone", 240, 320), new Frame("smartphone", 360, 640));

    @GET
    public Response show(@PathParam("site") String slug, @PathParam("id") long id, @PathParam("locale") String locale) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        JsonNode issued = api.preview(staff.bearer(), slug, id, locale);
        String token = issued.path("token").asText();
        List<Chat> chats = CHATS.stream()
                .map(channel -> {
                    Content read = delivery.preview(slug, token, channel);
                    return new Chat(
                            channel,
                            read.channel().source(),
                            ChatPreview.pages(channel, read.channel(), read.locale()).stream()
                                    .flatMap(List::stream)
                                    .map(Bubble::of)
                                    .toList());
                })
                .toList();
        String web = config.web().url().replaceAll("/+$", "");
        return Response.ok(preview.data("p", pages.page(pages.texts(), item.title(), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("src", web + "/s/" + slug + "/preview/" + token)
                        .data("frames", FRAMES)
                        .data("revision", issued.path("revision").asInt())
                        .data(
                                "expires",
                                UtcTimes.local(java.time.Instant.parse(
                                                issued.path("expiresAt").asText()))
                                        .replace('T', ' '))
                        .data("chats", chats))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
