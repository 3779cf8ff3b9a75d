package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.Poll;
import dev.beacon.channel.kit.model.PollResults;
import dev.beacon.channel.kit.model.VoteRequest;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PollView;
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
import java.math.BigDecimal;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A poll: the question with a form to vote (radio buttons, check boxes, a text or a number, as its kind asks), then
 * the person's answer and the results as the poll shows them. Private (the form carries the session's CSRF token).
 * Anyone may vote: the vote is the anonymous web identity's first contact, which makes its profile, as the API
 * allows. We ask the API for a person's own view only once they are signed in or have just voted, so that merely
 * opening a poll never makes a profile.
 */
@Path("/s/{site}/polls/{id}")
@Produces(Html.UTF8)
public class PollPages extends FormPages {

    @Inject
    BeaconCommunity community;

    @Inject
    BeaconDelivery delivery;

    @PathParam("id")
    long id;

    @GET
    public Response view(@QueryParam("lang") String lang, @QueryParam("voted") boolean voted) {
        Page p = page(lang, "/polls/" + id);
        MyPoll mine = visitor.signedIn() || (voted && visitor.session() != null)
                ? community.myPoll(site, subject(), id, p.locale())
                : null;
        return show(p, mine, new Form(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm("choice") List<String> choices,
            @RestForm String text,
            @RestForm String number) {
        Page p = posted(lang, csrf, "/polls/" + id);
        Poll poll = community.poll(site, id, p.locale()).body();
        Form form = new Form().value("text", text).value("number", number);
        if (choices != null) {
            choices.forEach(c -> form.value("choice:" + c, "yes"));
        }
        VoteRequest request = request(poll, choices, text, number, form, p);
        if (form.hasErrors()) {
            return show(p, null, form, 400);
        }
        try {
            community.vote(site, subject(), id, p.locale(), request);
        } catch (ApiProblemException e) {
            // Already voted: their vote and the results are what they need to see, with the reason.
            MyPoll mine = "already-done".equals(e.kind()) ? community.myPoll(site, subject(), id, p.locale()) : null;
            return Refusals.withRetryAfter(show(p, mine, forms.refused(form, e, p), e.status()), e);
        }
        return responses.seeOther(p.href("/polls/" + id) + "&voted=true");
    }

    private VoteRequest request(Poll poll, List<String> choices, String text, String number, Form form, Page p) {
        switch (poll.kind()) {
            case "number":
                try {
                    return VoteRequest.ofNumber(new BigDecimal(number == null ? "" : number.strip()));
                } catch (NumberFormatException e) {
                    form.error("number", p.msg("error.field.number"));
                    return null;
                }
            case "text":
                if (text == null || text.isBlank()) {
                    form.error("text", p.msg("error.field.text"));
                }
                return VoteRequest.ofText(text == null ? null : text.strip());
            default:
                if (choices == null || choices.isEmpty()) {
                    form.error("choices", p.msg("error.field.choices"));
                }
                return VoteRequest.ofChoices(choices == null ? List.of() : choices);
        }
    }

    private Response show(Page p, MyPoll mine, Form form, int status) {
        Poll poll = community.poll(site, id, p.locale()).body();
        Content item = delivery.item(site, id, p.locale()).body();
        p.titled(poll.question());
        PollResults results = null;
        if (mine != null && mine.voted()) {
            results = mine.resultsShown() ? mine.results() : null;
        } else if ("closed".equals(poll.state()) && poll.showsResults()) {
            // Nobody can vote any more: the results are for everyone (they are public in the API too).
            results = community.results(site, id, p.locale()).body();
        }
        List<BlockView> intro = BlockView.of(item.body()).stream()
                .filter(b -> "paragraph".equals(b.type()))
                .toList();
        return responses.personal(Templates.poll(p, new PollView(poll, intro, mine, results), form), status);
    }

    private String subject() {
        return visitor.sessionOrStart().subject();
    }
}
