package dev.beacon.channel.web.account;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.PinSetting;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.SecurityQuestion;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.config.WebConfig;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Forms;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Joining on the web: the session's identity gets an alias ({@code PUT /me}), then a PIN with a security question
 * ({@code PUT /me/pin}), then the terms consent. Only then is the session signed in.
 */
@Path("/s/{site}/sign-up")
@Produces(Html.UTF8)
public class SignUpPages extends FormPages {

    @Inject
    BeaconPeople people;

    @Inject
    WebConfig config;

    @GET
    public Response form(@QueryParam("lang") String lang, @QueryParam("next") String next) {
        Page p = page(lang, "/sign-up");
        if (visitor.signedIn()) {
            return responses.seeOther(p.href(ReturnLink.safe(next) == null ? "/account" : ReturnLink.safe(next)));
        }
        p.titled(p.msg("sign-up.title"));
        return responses.personal(Templates.signUp(p, new Form().value("next", ReturnLink.safe(next)), questions(p)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(
            @RestForm("_csrf") String csrf,
            @RestForm String lang,
            @RestForm String alias,
            @RestForm String pin,
            @RestForm String pin2,
            @RestForm String securityQuestion,
            @RestForm String securityAnswer,
            @RestForm String terms,
            @RestForm String next) {
        Page p = posted(lang, csrf, "/sign-up");
        p.titled(p.msg("sign-up.title"));
        // What they typed comes back with the errors; the PIN never does.
        Form form = new Form()
                .value("alias", alias)
                .value("securityQuestion", securityQuestion)
                .value("securityAnswer", securityAnswer)
                .value("terms", terms)
                .value("next", ReturnLink.safe(next));
        if (!Forms.isPin(pin)) {
            form.error("pin", p.msg("error.field.pin"));
        } else if (!pin.equals(pin2)) {
            form.error("pin", p.msg("error.pin-mismatch"));
        }
        if (!"yes".equals(terms)) {
            form.error("terms", p.msg("error.terms"));
        }
        if (form.hasErrors()) {
            return responses.personal(Templates.signUp(p, form, questions(p)), 400);
        }
        String subject = visitor.session().subject();
        try {
            people.update(site, subject, new ProfileUpdate(SignInPages.trim(alias), null, null, null, null));
            people.setPin(site, subject, new PinSetting(pin, securityQuestion, securityAnswer));
            people.consent(
                    site,
                    subject,
                    new ConsentRequest(config.terms().document(), config.terms().version()));
        } catch (ApiProblemException e) {
            return responses.personal(Templates.signUp(p, forms.refused(form, e, p), questions(p)), e.status());
        }
        visitor.markSignedIn();
        return responses.seeOther(p.href(ReturnLink.safe(next) == null ? "/account" : ReturnLink.safe(next)));
    }

    private static List<SecurityQuestion> questions(Page p) {
        return p.site().profiles() == null || p.site().profiles().securityQuestions() == null
                ? List.of()
                : p.site().profiles().securityQuestions();
    }
}
