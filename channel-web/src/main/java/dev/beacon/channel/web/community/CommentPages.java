package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentReportRequest;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.ReportReason;
import dev.beacon.channel.web.view.Templates;
import jakarta.inject.Inject;
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
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Writing a comment or a reply, and reporting one. Others see an alias next to the words, so writing needs a
 * member (alias + PIN): anyone else goes to sign-up with a return link to this form. Reporting needs a member too:
 * anonymous identities cost nothing to make, and reports hide a comment once there are enough of them.
 */
@Path("/s/{site}/comments")
@Produces(Html.UTF8)
public class CommentPages extends FormPages {

    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 500;

    @Inject
    BeaconCommunity community;

    @Inject
    BeaconDelivery delivery;

    @Inject
    BeaconPeople people;

    @GET
    @Path("{itemId}")
    public Response write(
            @PathParam("itemId") long itemId, @QueryParam("lang") String lang, @QueryParam("parent") Long parent) {
        Page p = page(lang, "/comments/" + itemId);
        if (!member()) {
            return responses.seeOther(p.href("/sign-up") + "&next=/comments/" + itemId);
        }
        return writePage(p, itemId, new Form().value("parent", parent == null ? null : parent.toString()), parent, 200);
    }

    @POST
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(
            @PathParam("itemId") long itemId,
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String text,
            @RestForm Long parent) {
        Page p = posted(lang, csrf, "/comments/" + itemId);
        if (!member()) {
            return responses.seeOther(p.href("/sign-up") + "&next=/comments/" + itemId);
        }
        Form form = new Form().value("text", text).value("parent", parent == null ? null : parent.toString());
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return writePage(p, itemId, form.error("text", p.msg("error.field.text")), parent, 400);
        }
        Comment posted;
        try {
            posted = community.comment(site, visitor.session().subject(), itemId, text, parent);
        } catch (ApiProblemException e) {
            return Refusals.withRetryAfter(writePage(p, itemId, forms.refused(form, e, p), parent, e.status()), e);
        }
        // Back to the article, at the new comment; "posted" also makes the URL one the browser has not cached.
        Content article = delivery.item(site, itemId, p.locale()).body();
        return responses.seeOther(p.href("/c" + article.path()) + "&posted=" + posted.id() + "#c" + posted.id());
    }

    /** A comment in its article (from a reply notification, which knows the item's id, not its path). */
    @GET
    @Path("show/{itemId}")
    public Response show(
            @PathParam("itemId") long itemId, @QueryParam("lang") String lang, @QueryParam("comment") Long comment) {
        Page p = page(lang, "/comments/show/" + itemId);
        Content article = delivery.item(site, itemId, p.locale()).body();
        return responses.seeOther(p.href("/c" + article.path()) + (comment == null ? "" : "#c" + comment));
    }

    @GET
    @Path("report/{itemId}")
    public Response reportForm(
            @PathParam("itemId") long itemId, @QueryParam("lang") String lang, @QueryParam("comment") Long comment) {
        Page p = page(lang, "/comments/report/" + itemId);
        if (comment == null) {
            throw new NotFoundException();
        }
        if (!member()) {
            return responses.seeOther(p.href("/sign-in") + "&next=/c"
                    + delivery.item(site, itemId, p.locale()).body().path());
        }
        return reportPage(p, itemId, comment, new Form(), 200);
    }

    @POST
    @Path("report/{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(
            @PathParam("itemId") long itemId,
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm Long comment,
            @RestForm String reason,
            @RestForm String note) {
        Page p = posted(lang, csrf, "/comments/report/" + itemId);
        if (comment == null) {
            throw new NotFoundException();
        }
        if (!member()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        Form form = new Form().value("reason", reason).value("note", note);
        if (reason == null || !CommentReportRequest.REASONS.contains(reason)) {
            form.error("reason", p.msg("error.field.reason"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            form.error("note", p.msg("error.field.note"));
        }
        if (form.hasErrors()) {
            return reportPage(p, itemId, comment, form, 400);
        }
        try {
            community.report(
                    site,
                    visitor.session().subject(),
                    comment,
                    reason,
                    note == null || note.isBlank() ? null : note.strip());
        } catch (ApiProblemException e) {
            return Refusals.withRetryAfter(reportPage(p, itemId, comment, forms.refused(form, e, p), e.status()), e);
        }
        Content article = delivery.item(site, itemId, p.locale()).body();
        p.titled(p.msg("report.done.title"));
        return responses.personal(Templates.reported(p, article));
    }

    private Response writePage(Page p, long itemId, Form form, Long parent, int status) {
        Content article = delivery.item(site, itemId, p.locale()).body();
        if (!"article".equals(article.type())) {
            throw new NotFoundException();
        }
        Comment replyingTo = parent == null ? null : find(itemId, parent);
        p.titled(p.msg(replyingTo == null ? "comment.title" : "comment.reply-title"));
        return responses.personal(Templates.comment(p, article, replyingTo, form), status);
    }

    private Response reportPage(Page p, long itemId, long commentId, Form form, int status) {
        Content article = delivery.item(site, itemId, p.locale()).body();
        Comment reported = find(itemId, commentId);
        p.titled(p.msg("report.title"));
        var reasons = CommentReportRequest.REASONS.stream()
                .map(r -> new ReportReason(r, p.msg("report.reason." + r)))
                .toList();
        return responses.personal(Templates.report(p, article, reported, commentId, reasons, form), status);
    }

    /** The comment as shown on the article's first page of comments (null when it is further back or gone). */
    private Comment find(long itemId, long commentId) {
        return community.comments(site, itemId, 1, ArticleTalk.COMMENTS_PER_PAGE).body().itemsOrEmpty().stream()
                .flatMap(c -> Stream.concat(Stream.of(c), c.repliesOrEmpty().stream()))
                .filter(c -> c.id() == commentId && !c.removed())
                .findFirst()
                .orElse(null);
    }

    /** Signed in with an alias; a session whose profile is gone is ended. */
    private boolean member() {
        if (!visitor.signedIn()) {
            return false;
        }
        if (!people.me(site, visitor.session().subject()).isMember()) {
            visitor.signOut();
            return false;
        }
        return true;
    }
}
