package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.TipPage;
import dev.beacon.channel.kit.model.TipRequest;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Tips: the published ones (featured first) with a "helpful" button each, and a form to send one. No account
 * needed: like a vote, a tip or a helpful mark makes the API create the profile of the session's anonymous web
 * identity. A sent tip waits for a moderator, and the page says so. The page carries forms, so it is personal.
 */
@Path("/s/{site}/tips")
@Produces(Html.UTF8)
public class TipPages extends FormPages {

    static final int PAGE_SIZE = 20;
    private static final Set<String> NOTICES = Set.of("sent", "marked");

    @Inject
    BeaconParticipation participation;

    @GET
    public Response view(
            @QueryParam("lang") String lang, @QueryParam("page") Integer page, @QueryParam("done") String done) {
        Page p = page(lang, "/tips");
        String notice = done != null && NOTICES.contains(done) ? p.msg("tips.notice." + done) : null;
        return responses.personal(ParticipationTemplates.tips(p, tips(p, page), new Form(), notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String text,
            @RestForm String displayName) {
        Page p = posted(lang, csrf, "/tips");
        Form form = new Form().value("text", text).value("displayName", displayName);
        if (text == null || text.isBlank()) {
            form.error("text", p.msg("tips.error.text"));
            return responses.personal(ParticipationTemplates.tips(p, tips(p, 1), form, null), 400);
        }
        String name = displayName == null || displayName.isBlank() ? null : displayName.trim();
        try {
            participation.submitTip(site, visitor.session().subject(), new TipRequest(text.trim(), name, p.locale()));
        } catch (ApiProblemException e) {
            ParticipationProblems.addTo(
                    form, e, p, "tips", f -> "text".equals(f) || "displayName".equals(f) ? f : null);
            return ParticipationProblems.withRetryAfter(
                    responses.personal(ParticipationTemplates.tips(p, tips(p, 1), form, null), e.status()), e);
        }
        return responses.seeOther(p.href("/tips?done=sent"));
    }

    @POST
    @Path("{tipId}/helpful")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response helpful(
            @PathParam("tipId") long tipId,
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm Integer page) {
        Page p = posted(lang, csrf, "/tips");
        try {
            participation.markHelpful(site, tipId, visitor.session().subject());
        } catch (ApiProblemException e) {
            Form form = ParticipationProblems.addTo(new Form(), e, p, "tips", f -> null);
            return ParticipationProblems.withRetryAfter(
                    responses.personal(ParticipationTemplates.tips(p, tips(p, page), form, null), e.status()), e);
        }
        return responses.seeOther(
                p.href("/tips?done=marked" + (page == null || page <= 1 ? "" : "&page=" + page)) + "#tip-" + tipId);
    }

    private TipPage tips(Page p, Integer page) {
        p.titled(p.msg("tips.title"));
        int number = page == null || page < 1 ? 1 : Math.min(page, 1000);
        Delivered<TipPage> tips = participation.tips(site, p.locale(), number, PAGE_SIZE);
        p.uses(tips.etag(), tips.maxAge());
        return tips.body();
    }
}
