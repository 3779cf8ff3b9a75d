package dev.beacon.channel.web.account;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.config.WebConfig;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;

/** A signed-in person's own pages: profile, terms, download of their data, deletion. Never cached. */
@Path("/s/{site}/account")
@Produces(Html.UTF8)
public class AccountPages extends FormPages {

    @Inject
    BeaconPeople people;

    @Inject
    WebConfig config;

    @Inject
    Replies replies;

    @GET
    public Response view(
            @QueryParam("lang") String lang, @QueryParam("saved") boolean saved, @QueryParam("agreed") boolean agreed) {
        Page p = page(lang, "/account");
        Profile me = member(p);
        if (me == null) {
            return responses.seeOther(p.href("/sign-in"));
        }
        p.titled(p.msg("account.title"));
        Form form = new Form()
                .value("alias", me.alias())
                .value("gender", me.gender())
                .value("location", me.location())
                .value(
                        "dateOfBirth",
                        me.dateOfBirth() == null ? null : me.dateOfBirth().toString());
        return responses.personal(Templates.account(
                p,
                me,
                form,
                saved,
                agreed,
                replies.unread(site, visitor.session().subject())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String alias,
            @RestForm String gender,
            @RestForm String location,
            @RestForm String dateOfBirth) {
        Page p = posted(lang, csrf, "/account");
        Profile me = member(p);
        if (me == null) {
            return responses.seeOther(p.href("/sign-in"));
        }
        p.titled(p.msg("account.title"));
        Form form = new Form()
                .value("alias", alias)
                .value("gender", gender)
                .value("location", location)
                .value("dateOfBirth", dateOfBirth);
        LocalDate born = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                born = LocalDate.parse(dateOfBirth.strip());
            } catch (DateTimeParseException e) {
                return responses.personal(
                        Templates.account(
                                p, me, form.error("dateOfBirth", p.msg("error.field.dateOfBirth")), false, false, null),
                        400);
            }
        }
        try {
            // PUT /me replaces every field: the avatar, which the web does not edit, is sent back as it was.
            people.update(
                    site,
                    visitor.session().subject(),
                    new ProfileUpdate(
                            SignInPages.trim(alias), me.avatar(), born, blankToNull(gender), blankToNull(location)));
        } catch (ApiProblemException e) {
            return responses.personal(
                    Templates.account(p, me, forms.refused(form, e, p), false, false, null), e.status());
        }
        return responses.seeOther(p.href("/account") + "&saved=true");
    }

    @POST
    @Path("terms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agree(@RestForm("_csrf") String csrf, @RestForm String lang) {
        Page p = posted(lang, csrf, "/account");
        if (!visitor.signedIn()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        people.consent(
                site,
                visitor.session().subject(),
                new ConsentRequest(config.terms().document(), config.terms().version()));
        return responses.seeOther(p.href("/account") + "&agreed=true");
    }

    /** Everything the API holds about the person, as it sends it, as a download. */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@QueryParam("lang") String lang) {
        if (!visitor.signedIn()) {
            return responses.seeOther(page(lang, "/sign-in").href("/sign-in"));
        }
        String json = people.export(site, visitor.session().subject());
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"my-data-" + site + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @GET
    @Path("delete")
    public Response confirmDelete(@QueryParam("lang") String lang) {
        Page p = page(lang, "/account/delete");
        if (!visitor.signedIn()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        p.titled(p.msg("delete.title"));
        return responses.personal(Templates.delete(p));
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestForm("_csrf") String csrf, @RestForm String lang) {
        Page p = posted(lang, csrf, "");
        if (!visitor.signedIn()) {
            return responses.seeOther(p.href("/sign-in"));
        }
        people.erase(site, visitor.session().subject());
        visitor.signOut();
        p.titled(p.msg("deleted.title"));
        return responses.personal(Templates.message(p, p.msg("deleted.title"), p.msg("deleted.text")));
    }

    /** The signed-in person's profile; null (and the session ends) when there is none any more. */
    private Profile member(Page p) {
        if (!visitor.signedIn()) {
            return null;
        }
        Profile me = people.me(site, visitor.session().subject());
        if (!me.isMember()) {
            visitor.signOut();
            return null;
        }
        return me;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
