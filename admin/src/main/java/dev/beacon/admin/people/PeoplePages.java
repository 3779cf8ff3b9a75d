package dev.beacon.admin.people;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ManagedSite;
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
import java.util.ArrayList;
import java.util.List;

/**
 * People's data requests, for site admins (the api answers 403 to anyone else): find a profile by alias or channel
 * identity, see its identities, consents and what the person wrote (the api's export), download that export as JSON,
 * and erase the person after a confirmation that names what goes and what happens to their writing by the site's
 * setting ({@code settings.community.writingOnErasure}).
 */
@Path("/sites/{site}/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages extends StaffPages {

    @Inject
    @Location("people.html")
    Template search;

    @Inject
    @Location("person.html")
    Template person;

    /** One feature's part of what the person did: its name, how many records, and the texts they wrote. */
    @TemplateData
    public record Activity(String section, int records, List<String> texts) {}

    /** A consent record as the export has it. */
    @TemplateData
    public record Consent(String document, String version, String channel, String acceptedAt, boolean withdrawn) {
        static Consent of(JsonNode c) {
            return new Consent(
                    c.path("document").asText(),
                    c.path("version").asText(),
                    c.path("channel").asText(""),
                    c.path("acceptedAt").asText(""),
                    c.path("withdrawn").asBoolean());
        }
    }

    /** A profile found by the search. */
    @TemplateData
    public record Found(long id, String alias, List<String> identities, String createdAt) {
        static Found of(JsonNode p) {
            return new Found(
                    p.path("id").asLong(),
                    p.path("alias").asText(""),
                    strings(p.path("identities")),
                    p.path("createdAt").asText(""));
        }
    }

    @GET
    public Response search(
            @PathParam("site") String slug,
            @QueryParam("alias") String alias,
            @QueryParam("identity") String identity,
            @QueryParam("done") String done) {
        ManagedSite site = pages.site(slug);
        boolean asked = notBlank(alias) || notBlank(identity);
        List<JsonNode> found = List.of();
        String problem = null;
        try {
            // Without a question the api is still asked (with a harmless one), so a person without the right meets
            // its 403 here and not only after typing.
            found = api.findProfiles(
                    staff.bearer(),
                    slug,
                    notBlank(alias) ? alias.strip() : (notBlank(identity) ? null : "-"),
                    notBlank(alias) ? null : (notBlank(identity) ? identity.strip() : null));
        } catch (ApiProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            problem = "people.bad-identity";
        }
        return Response.ok(search.data("p", pages.page("people.title", site))
                        .data("alias", alias == null ? "" : alias)
                        .data("identity", identity == null ? "" : identity)
                        .data("asked", asked)
                        .data("found", asked ? found.stream().map(Found::of).toList() : List.of())
                        .data("erased", "erased".equals(done))
                        .data("problem", problem))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    @GET
    @Path("{id}")
    public Response person(@PathParam("site") String slug, @PathParam("id") long id) {
        return page(pages.site(slug), id, false);
    }

    /** The confirmation: what erasing deletes, and what the site's setting does to what they wrote. */
    @GET
    @Path("{id}/erase")
    public Response confirm(@PathParam("site") String slug, @PathParam("id") long id) {
        return page(pages.site(slug), id, true);
    }

    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(
            @PathParam("site") String slug, @PathParam("id") long id, @FormParam("confirm") String confirm) {
        ManagedSite site = pages.site(slug);
        if (!"yes".equals(confirm)) {
            return page(site, id, true);
        }
        try {
            api.eraseProfile(staff.bearer(), slug, id);
        } catch (ApiProblemException refused) {
            if (refused.status() == 404) {
                throw new NotFoundException();
            }
            throw refused;
        }
        return Response.seeOther(URI.create("/sites/" + slug + "/people?done=erased"))
                .build();
    }

    /** The api's export, as a file. */
    @GET
    @Path("{id}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("site") String slug, @PathParam("id") long id) {
        pages.site(slug);
        return Response.ok(exported(slug, id).toPrettyString())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-profile-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response page(ManagedSite site, long id, boolean confirming) {
        JsonNode export = exported(site.slug(), id);
        List<Activity> activity = new ArrayList<>();
        export.path("activity")
                .fields()
                .forEachRemaining(part -> activity.add(activity(part.getKey(), part.getValue())));
        String writing = site.settings() == null
                ? "anonymise"
                : site.settings().path("community").path("writingOnErasure").asText("anonymise");
        Texts texts = pages.texts();
        return Response.ok(person.data(
                                "p",
                                pages.page(
                                        texts,
                                        texts.format(
                                                "people.person",
                                                export.path("profile")
                                                        .path("alias")
                                                        .asText("#" + id)),
                                        site))
                        .data("id", id)
                        .data("alias", export.path("profile").path("alias").asText(""))
                        .data(
                                "createdAt",
                                export.path("profile").path("createdAt").asText(""))
                        .data("identities", strings(export.path("profile").path("identities")))
                        .data(
                                "consents",
                                list(export.path("consents")).stream()
                                        .map(Consent::of)
                                        .toList())
                        .data("activity", activity)
                        .data("writing", writing)
                        .data("confirming", confirming))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private JsonNode exported(String slug, long id) {
        try {
            return api.exportProfile(staff.bearer(), slug, id);
        } catch (ApiProblemException refused) {
            if (refused.status() == 404) {
                throw new NotFoundException();
            }
            throw refused;
        }
    }

    /** Counts every record of a feature's part and keeps the texts and titles the person wrote. */
    private static Activity activity(String section, JsonNode part) {
        int records = 0;
        List<String> texts = new ArrayList<>();
        List<JsonNode> lists = new ArrayList<>();
        if (part.isArray()) {
            lists.add(part);
        } else {
            part.elements().forEachRemaining(v -> {
                if (v.isArray()) {
                    lists.add(v);
                }
            });
        }
        for (JsonNode list : lists) {
            for (JsonNode record : list) {
                records++;
                for (String field : List.of("title", "text", "answer")) {
                    if (record.path(field).isTextual()) {
                        texts.add(record.path(field).asText());
                    }
                }
            }
        }
        return new Activity(section, records, texts);
    }

    private static List<String> strings(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(v -> all.add(v.asText()));
        return all;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> all = new ArrayList<>();
        array.forEach(all::add);
        return all;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
