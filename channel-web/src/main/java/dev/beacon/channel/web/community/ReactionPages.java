package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.Reactions;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.Templates;
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
import org.jboss.resteasy.reactive.RestForm;

/**
 * An article's reaction question as a form: one button per choice, then the thank-you and the counts. Its own
 * private page (the form carries the session's CSRF token), so the article itself stays cacheable. Like a vote, a
 * reaction may be the anonymous web identity's first contact, which makes its profile, as the API allows.
 */
@Path("/s/{site}/reactions/{itemId}")
@Produces(Html.UTF8)
public class ReactionPages extends FormPages {

    @Inject
    BeaconCommunity community;

    @Inject
    BeaconDelivery delivery;

    @PathParam("itemId")
    long itemId;

    @GET
    public Response form(@QueryParam("lang") String lang) {
        Page p = page(lang, "/reactions/" + itemId);
        return show(p, new Form(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response react(@RestForm("_csrf") String csrf, @RestForm String lang, @RestForm String choice) {
        Page p = posted(lang, csrf, "/reactions/" + itemId);
        Form form = new Form().value("choice", choice);
        try {
            String thankYou = community
                    .react(site, visitor.sessionOrStart().subject(), itemId, p.locale(), choice)
                    .thankYou();
            // Answered directly rather than redirected: the API's own thank-you, in the served locale, is shown once.
            return show(p, form, thankYou == null || thankYou.isBlank() ? p.msg("reactions.thanks") : thankYou, 200);
        } catch (ApiProblemException e) {
            return Refusals.withRetryAfter(show(p, forms.refused(form, e, p), null, e.status()), e);
        }
    }

    private Response show(Page p, Form form, String thankYou, int status) {
        Content article = delivery.item(site, itemId, p.locale()).body();
        Reactions reactions = community.reactions(site, itemId, p.locale()).body();
        p.titled(reactions.question());
        return responses.personal(Templates.reactions(p, article, reactions, form, thankYou), status);
    }
}
