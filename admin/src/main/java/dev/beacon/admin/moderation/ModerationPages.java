package dev.beacon.admin.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.ModeratedComment;
import dev.beacon.admin.view.Refusal;
import dev.beacon.admin.view.StaffPages;
import dev.beacon.admin.view.Texts;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moderation queue of a site through the management API: reported comments (most reported first), then those
 * the reports hid, each with its reasons; approve, hide, delete and restore, one at a time or a selection at once,
 * every decision sent with the version the moderator saw (If-Match), so a decision on a comment that changed
 * meanwhile is refused by the api and the page shows what changed. A comment's own page has its history and the
 * reply under the site's moderator name. Everything is a plain form post; the script only adds shortcuts and polling.
 */
@Path("/sites/{site}/moderation")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages extends StaffPages {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The queues a moderator can look at; "reported" is the work, the others are for second thoughts. */
    private static final List<String> QUEUES = List.of("reported", "hidden", "deleted");

    private static final Set<String> DECISIONS = Set.of("approve", "hide", "delete");

    private static final int SHOWN = 100;

    @Inject
    @Location("moderation.html")
    Template queue;

    @Inject
    @Location("moderationItem.html")
    Template item;

    /** A comment as a row of the queue: dates in UTC, its reasons in order. */
    @TemplateData
    public record Row(ModeratedComment c, String when, String decided) {

        static Row of(ModeratedComment c) {
            return new Row(c, format(c.createdAt()), format(c.moderatedAt()));
        }

        /** What the form sends to act on it: id and the version seen. */
        public String target() {
            return c.id() + ":" + c.version();
        }
    }

    /** What happened to one comment of a decision. */
    @TemplateData
    public record Outcome(long id, String decision, String result, Row now) {}

    @GET
    public Response queue(@PathParam("site") String slug, @QueryParam("state") String state) {
        return page(200, moderatedSite(slug), queueName(state), List.of());
    }

    /** For the page's polling script: how many reported comments wait. */
    @GET
    @Path("waiting")
    @Produces(MediaType.APPLICATION_JSON)
    public String waiting(@PathParam("site") String slug) {
        return "{\"waiting\":"
                + api.comments(staff.bearer(), slug, "reported", 1, 1).totalItems() + "}";
    }

    /**
     * {@code act} is one comment's button ({@code approve:<id>:<version>}); {@code bulk} a decision for every
     * {@code pick} ({@code <id>:<version>}). Each is sent on its own, so one that changed does not stop the others.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(
            @PathParam("site") String slug,
            @FormParam("state") String state,
            @FormParam("act") String act,
            @FormParam("bulk") String bulk,
            @FormParam("pick") List<String> picks) {
        ManagedSite site = moderatedSite(slug);
        List<String[]> targets = new ArrayList<>();
        if (act != null && !act.isBlank()) {
            String[] parts = act.split(":");
            if (parts.length == 3) {
                targets.add(parts);
            }
        } else if (bulk != null && picks != null) {
            picks.forEach(p -> targets.add((bulk + ":" + p).split(":")));
        }
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.length != 3 || !DECISIONS.contains(t[0]))) {
            return page(400, site, queueName(state), List.of(new Outcome(0, "", "nothing", null)));
        }
        List<Outcome> outcomes = targets.stream().map(t -> decide(slug, t)).toList();
        boolean stale = outcomes.stream().anyMatch(o -> o.result().equals("stale"));
        return page(stale ? 409 : 200, site, queueName(state), outcomes);
    }

    private Outcome decide(String slug, String[] target) {
        long id = number(target[1]);
        long version = number(target[2]);
        try {
            ModeratedComment now = api.moderate(staff.bearer(), "\"" + version + "\"", slug, id, target[0]);
            return new Outcome(id, target[0], "done", Row.of(now));
        } catch (ApiProblemException refused) {
            return switch (refused.status()) {
                case 412 -> new Outcome(id, target[0], "stale", Row.of(api.comment(staff.bearer(), slug, id)));
                case 409 -> new Outcome(id, target[0], "gone", null);
                case 404 -> new Outcome(id, target[0], "missing", null);
                default -> throw refused;
            };
        }
    }

    /** One comment: its reports, its history (who did what, when) and the reply under the moderator name. */
    @GET
    @Path("{id}")
    public Response comment(@PathParam("site") String slug, @PathParam("id") long id, @QueryParam("done") String done) {
        return itemPage(
                200, moderatedSite(slug), id, null, "replied".equals(done) ? "moderation.replied" : null, Map.of());
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @FormParam("text") String text,
            @FormParam("canned") String canned,
            @FormParam("locale") String locale) {
        ManagedSite site = moderatedSite(slug);
        Map<String, Object> request = new LinkedHashMap<>();
        if (canned != null && !canned.isBlank()) {
            request.put("cannedResponse", canned);
            request.put("locale", locale == null || locale.isBlank() ? site.defaultLocale() : locale);
        } else {
            request.put("text", text == null ? "" : text);
        }
        try {
            api.reply(staff.bearer(), slug, id, request);
            return Response.seeOther(URI.create("/sites/" + slug + "/moderation/" + id + "?done=replied"))
                    .build();
        } catch (ApiProblemException refused) {
            Refusal why = Refusal.of(refused);
            Map<String, String> errors = new LinkedHashMap<>();
            why.fieldErrors().forEach(e -> errors.put(e.field(), e.message()));
            return itemPage(why.status(), site, id, text, why.problem(), errors);
        }
    }

    private Response itemPage(
            int status, ManagedSite site, long id, String typed, String problem, Map<String, String> errors) {
        String bearer = staff.bearer();
        ModeratedComment comment;
        List<ModeratedComment.Entry> history;
        try {
            comment = api.comment(bearer, site.slug(), id);
            history = api.commentHistory(bearer, site.slug(), id);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            throw e;
        }
        Texts texts = pages.texts();
        return html(
                status,
                item.data("p", pages.page(texts, texts.format("moderation.comment-title", id), site))
                        .data("row", Row.of(comment))
                        .data("history", history.stream().map(HistoryLine::of).toList())
                        .data("moderatorName", moderatorName(site))
                        .data("canned", CannedResponse.of(site))
                        .data("typed", typed == null ? "" : typed)
                        .data("problem", problem)
                        .data("done", "moderation.replied".equals(problem))
                        .data("errors", errors));
    }

    /** One line of a comment's history, dated in UTC. */
    @TemplateData
    public record HistoryLine(String action, String by, Long replyId, String when) {
        static HistoryLine of(ModeratedComment.Entry e) {
            return new HistoryLine(e.action(), e.by(), e.replyId(), format(e.at()));
        }
    }

    /** A canned response of the site, with the languages it is written in. */
    @TemplateData
    public record CannedResponse(String key, String preview, List<String> locales) {
        static List<CannedResponse> of(ManagedSite site) {
            List<CannedResponse> all = new ArrayList<>();
            JsonNode list = site.settings() == null
                    ? null
                    : site.settings().path("comments").path("cannedResponses");
            if (list != null) {
                for (JsonNode r : list) {
                    List<String> locales = new ArrayList<>();
                    r.path("text").fieldNames().forEachRemaining(locales::add);
                    JsonNode first = r.path("text").path(site.defaultLocale());
                    String preview = first.isMissingNode()
                            ? (locales.isEmpty()
                                    ? ""
                                    : r.path("text").path(locales.get(0)).asText())
                            : first.asText();
                    all.add(new CannedResponse(r.path("key").asText(), preview, locales));
                }
            }
            return all;
        }
    }

    private Response page(int status, ManagedSite site, String state, List<Outcome> outcomes) {
        String bearer = staff.bearer();
        List<Row> reported = new ArrayList<>();
        List<Row> hiddenByReports = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        long waiting;
        var work = api.comments(bearer, site.slug(), "reported", 1, SHOWN);
        waiting = work.totalItems();
        if (state.equals("reported")) {
            for (ModeratedComment c : work.items()) {
                (c.hiddenByReports() ? hiddenByReports : reported).add(Row.of(c));
            }
        } else {
            api.comments(bearer, site.slug(), state, 1, SHOWN).items().forEach(c -> others.add(Row.of(c)));
        }
        Texts texts = pages.texts();
        return html(
                status,
                queue.data("p", pages.page(texts, texts.get("moderation.title"), site))
                        .data("state", state)
                        .data("queues", QUEUES)
                        .data("waiting", waiting)
                        .data("reported", reported)
                        .data("hiddenByReports", hiddenByReports)
                        .data("others", others)
                        .data("outcomes", outcomes)
                        .data("moderatorName", moderatorName(site)));
    }

    /** The site (404 when the person has no role on it); whether they may moderate it the api decides (403). */
    private ManagedSite moderatedSite(String slug) {
        return pages.site(slug);
    }

    private static String moderatorName(ManagedSite site) {
        return site.settings() == null
                ? "Moderator"
                : site.settings().path("comments").path("moderatorName").asText("Moderator");
    }

    private static String queueName(String state) {
        return state != null && QUEUES.contains(state) ? state : "reported";
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    static String format(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
