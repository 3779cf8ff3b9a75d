package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.MyStoryEntry;
import dev.beacon.channel.kit.model.StoryEntry;
import dev.beacon.channel.kit.model.StoryEntryList;
import dev.beacon.channel.kit.model.StoryEntryRequest;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A story competition: the call (the item's text), its dates, terms, winners and shortlist, and the entry form
 * while it is open. Entering needs an account: an entry is published under the author's alias unless they show
 * their real name, so a visitor who is not signed in is sent to join or sign in instead of the form. A competition
 * that is not open has no form and is the same for everyone: cacheable, with an ETag from the API's.
 */
@Path("/s/{site}/competitions/{id}")
@Produces(Html.UTF8)
public class CompetitionPages extends FormPages {

    /** API field names → this form's fields. */
    private static final Map<String, String> FIELDS =
            Map.of("title", "title", "text", "text", "realName", "realName", "acceptTerms", "terms");

    @Inject
    BeaconParticipation participation;

    @Inject
    BeaconDelivery delivery;

    @Inject
    PageFactory pages;

    @PathParam("id")
    long id;

    @GET
    public Response view(@QueryParam("lang") String lang, @QueryParam("entered") boolean entered) {
        Page p = pages.page(site, lang, path());
        Competition rules = rules(p);
        if (!rules.open()) {
            CompetitionView view = view(p, rules, false, false);
            return responses.cacheable(p, () -> ParticipationTemplates.competition(p, view, new Form()));
        }
        // Open: the entry form (or the way to sign in) is this visitor's own, with their session's CSRF token.
        p.withCsrf(visitor.csrfToken());
        CompetitionView view = view(p, rules, visitor.signedIn(), entered);
        return responses.personal(ParticipationTemplates.competition(p, view, new Form()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String title,
            @RestForm String text,
            @RestForm String realName,
            @RestForm String showRealName,
            @RestForm String terms) {
        Page p = posted(lang, csrf, path());
        if (!visitor.signedIn()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        Competition rules = rules(p);
        Form form = new Form()
                .value("title", title)
                .value("text", text)
                .value("realName", realName)
                .value("showRealName", showRealName)
                .value("terms", terms);
        if (!"yes".equals(terms)) {
            form.error("terms", p.msg("competition.error.terms"));
            return responses.personal(ParticipationTemplates.competition(p, view(p, rules, true, false), form), 400);
        }
        String name = realName == null || realName.isBlank() ? null : realName.trim();
        try {
            participation.enter(
                    site,
                    id,
                    visitor.session().subject(),
                    new StoryEntryRequest(
                            title == null ? "" : title.trim(),
                            text == null ? "" : text,
                            name,
                            !"yes".equals(showRealName),
                            true));
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            ParticipationProblems.addTo(form, e, p, "competition", FIELDS::get);
            return ParticipationProblems.withRetryAfter(
                    responses.personal(
                            ParticipationTemplates.competition(p, view(p, rules, true, false), form), e.status()),
                    e);
        }
        return responses.seeOther(p.href(path() + "?entered=true"));
    }

    private Competition rules(Page p) {
        Delivered<Competition> rules = participation.competition(site, id, p.locale());
        p.uses(rules.etag(), rules.maxAge());
        p.titled(rules.body().title());
        return rules.body();
    }

    private CompetitionView view(Page p, Competition rules, boolean member, boolean entered) {
        Delivered<Content> item = delivery.item(site, id, p.locale());
        Delivered<StoryEntryList> entries = participation.entries(site, id);
        p.uses(item.etag(), item.maxAge());
        p.uses(entries.etag(), entries.maxAge());
        List<MyStoryEntry> mine =
                member ? participation.myEntries(site, id, visitor.session().subject()) : List.of();
        List<StoryEntry> listed =
                entries.body().items() == null ? List.of() : entries.body().items();
        return new CompetitionView(rules, BlockView.of(item.body().body()), listed, member, mine, entered);
    }

    private String path() {
        return "/competitions/" + id;
    }
}
