package dev.beacon.channel.web.account;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.Recovery;
import dev.beacon.channel.kit.model.SignIn;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.session.Session;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Forms;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import dev.beacon.channel.web.view.Templates;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/** Sign in with alias + PIN, recover a forgotten PIN with the security answer, sign out. */
@Path("/s/{site}")
@Produces(Html.UTF8)
public class SignInPages extends FormPages {

    private static final Logger LOG = Logger.getLogger(SignInPages.class);

    @Inject
    BeaconPeople people;

    @Inject
    PageFactory pages;

    @GET
    @Path("sign-in")
    public Response signInForm(@QueryParam("lang") String lang, @QueryParam("next") String next) {
        Page p = page(lang, "/sign-in");
        p.titled(p.msg("sign-in.title"));
        return responses.personal(Templates.signIn(p, new Form().value("next", ReturnLink.safe(next))));
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String alias,
            @RestForm String pin,
            @RestForm String next) {
        Page p = posted(lang, csrf, "/sign-in");
        p.titled(p.msg("sign-in.title"));
        Form form = new Form().value("alias", alias).value("next", ReturnLink.safe(next));
        Session fresh = visitor.freshSignedIn();
        try {
            people.signIn(site, fresh.subject(), new SignIn(trim(alias), pin));
        } catch (ApiProblemException e) {
            return responses.personal(Templates.signIn(p, forms.refused(form, e, p)), e.status());
        }
        visitor.adopt(fresh);
        return responses.seeOther(p.href(ReturnLink.safe(next) == null ? "/account" : ReturnLink.safe(next)));
    }

    @GET
    @Path("recover")
    public Response recoverForm(@QueryParam("lang") String lang) {
        Page p = page(lang, "/recover");
        p.titled(p.msg("recover.title"));
        return responses.personal(Templates.recover(p, new Form()));
    }

    @POST
    @Path("recover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recover(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String alias,
            @RestForm String securityAnswer,
            @RestForm String pin) {
        Page p = posted(lang, csrf, "/recover");
        p.titled(p.msg("recover.title"));
        Form form = new Form().value("alias", alias).value("securityAnswer", securityAnswer);
        if (!Forms.isPin(pin)) {
            return responses.personal(Templates.recover(p, form.error("pin", p.msg("error.field.pin"))), 400);
        }
        Session fresh = visitor.freshSignedIn();
        try {
            people.recover(site, fresh.subject(), new Recovery(trim(alias), securityAnswer, pin));
        } catch (ApiProblemException e) {
            return responses.personal(Templates.recover(p, forms.refused(form, e, p)), e.status());
        }
        visitor.adopt(fresh);
        return responses.seeOther(p.href("/account"));
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestForm("_csrf") String csrf, @RestForm String lang) {
        forms.refuseForgery(site, lang, csrf);
        if (visitor.signedIn()) {
            // Beacon forgets this browser's identity, so a copy of the cookie signs nobody in any more.
            try {
                people.forget(site, visitor.session().subject());
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Sign-out on %s: the identity could not be forgotten (%s); the cookie is cleared anyway",
                        site, e.toString());
            }
        }
        visitor.signOut();
        Page p = pages.page(site, lang, "");
        p.titled(p.msg("signed-out.title"));
        return responses.personal(Templates.message(p, p.msg("signed-out.title"), p.msg("signed-out.text")));
    }

    static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
