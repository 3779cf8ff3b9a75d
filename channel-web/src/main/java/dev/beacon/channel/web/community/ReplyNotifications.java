package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** Marking the replies listed on the account page (account.Replies) as read. */
@Path("/s/{site}/account/replies")
@Produces(Html.UTF8)
public class ReplyNotifications extends FormPages {

    @Inject
    BeaconCommunity community;

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@RestForm("_csrf") String csrf, @RestForm String lang, @RestForm Long upTo) {
        Page p = posted(lang, csrf, "/account");
        if (!visitor.signedIn()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        if (upTo != null) {
            community.markRead(site, visitor.session().subject(), upTo);
        }
        return responses.seeOther(p.href("/account"));
    }
}
