package dev.beacon.channel.web.view;

import dev.beacon.channel.web.session.Visitor;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

/**
 * What every page resource under {@code /s/{site}} that takes forms shares: the site from the path, the visitor,
 * the form helpers and the responses, and the opening of every POST (the CSRF check, then the page to answer on).
 */
public abstract class FormPages {

    @Inject
    protected Visitor visitor;

    @Inject
    protected Forms forms;

    @Inject
    protected PageResponses responses;

    @PathParam("site")
    protected String site;

    /** A page whose forms carry this session's CSRF token. */
    protected Page page(String lang, String sitePath) {
        return forms.page(site, lang, sitePath);
    }

    /** The page a POST answers on, once its CSRF token is this session's; otherwise the 403 page is the answer. */
    protected Page posted(String lang, String csrf, String sitePath) {
        forms.refuseForgery(site, lang, csrf);
        return forms.page(site, lang, sitePath);
    }
}
