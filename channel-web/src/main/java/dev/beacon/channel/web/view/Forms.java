package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.session.Visitor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.regex.Pattern;

/**
 * What every form page shares, and what community pages (polls, comments, tips…) will reuse: a page tied to the
 * session with its CSRF token, the CSRF check of every POST, and the API's refusals turned into field errors.
 */
@RequestScoped
public class Forms {

    private static final Pattern PIN = Pattern.compile("^[0-9]{4}$");

    @Inject
    Visitor visitor;

    @Inject
    PageFactory pages;

    @Inject
    PageResponses responses;

    /** A page whose forms carry this session's CSRF token (the session starts here if there is none). */
    public Page page(String site, String lang, String sitePath) {
        return pages.page(site, lang, sitePath).withCsrf(visitor.csrfToken());
    }

    /** Returns when the POST carries this session's token; otherwise throws, answered with the 403 page. */
    public void refuseForgery(String site, String lang, String token) {
        if (!visitor.csrfValid(token)) {
            Page p = pages.page(site, lang, "");
            throw new WebApplicationException(
                    responses.personal(Templates.message(p, p.msg("error.csrf.title"), p.msg("error.csrf.text")), 403));
        }
    }

    public Form refused(Form form, ApiProblemException e, Page p) {
        return ProblemMessages.addTo(form, e, p.texts());
    }

    public static boolean isPin(String value) {
        return value != null && PIN.matcher(value).matches();
    }
}
