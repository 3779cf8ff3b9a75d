package dev.beacon.channel.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * This request's visitor: their session, if the cookie holds a valid one, and what the response must do with
 * the cookie ({@link SessionResponseFilter} writes it). A session is only made when a form needs one.
 */
@RequestScoped
public class Visitor {

    @Inject
    SessionCookie cookies;

    @Inject
    Signer signer;

    @Inject
    HttpHeaders headers;

    private Session session;
    private boolean read;
    private boolean changed;
    private boolean cleared;

    public Session session() {
        if (!read) {
            read = true;
            var cookie = headers.getCookies().get(SessionCookie.NAME);
            session = cookie == null ? null : cookies.decode(cookie.getValue());
        }
        return session;
    }

    /** The session, started (not signed in) if there is none, e.g. to tie a form's CSRF token to. */
    public Session sessionOrStart() {
        if (session() == null) {
            session = cookies.fresh(false);
            changed = true;
            cleared = false;
        }
        return session;
    }

    public boolean signedIn() {
        return session() != null && session().signedIn();
    }

    /** A new, signed-in identity, not yet in use: sign-in and recovery link it, then {@link #adopt} it. */
    public Session freshSignedIn() {
        return cookies.fresh(true);
    }

    /** Makes {@code fresh} this visitor's session: a new id at every sign-in, so an id seen before is worth nothing after. */
    public void adopt(Session fresh) {
        session = fresh;
        read = true;
        changed = true;
        cleared = false;
    }

    /** Marks the current identity as signed in (sign-up keeps the id the profile was made with). */
    public void markSignedIn() {
        Session s = sessionOrStart();
        session = new Session(s.subject(), s.issuedAt(), true);
        changed = true;
    }

    public void signOut() {
        session = null;
        read = true;
        changed = false;
        cleared = true;
    }

    /** The CSRF token of this session: an HMAC of its identity, so it is only valid with the cookie it was made for. */
    public String csrfToken() {
        return signer.sign("csrf|" + sessionOrStart().subject());
    }

    public boolean csrfValid(String token) {
        return session() != null && signer.verify("csrf|" + session().subject(), token);
    }

    boolean changed() {
        return changed;
    }

    boolean cleared() {
        return cleared;
    }
}
