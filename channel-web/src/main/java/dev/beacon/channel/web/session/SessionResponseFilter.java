package dev.beacon.channel.web.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes the session cookie when it changed: signed, HttpOnly, SameSite=Lax, never readable by a script. */
public class SessionResponseFilter {

    @Inject
    Visitor visitor;

    @Inject
    SessionCookie cookies;

    @ServerResponseFilter
    public void writeCookie(ContainerResponseContext response) {
        String secure = cookies.secure() ? "; Secure" : "";
        if (visitor.cleared()) {
            response.getHeaders()
                    .add(
                            HttpHeaders.SET_COOKIE,
                            SessionCookie.NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure);
        } else if (visitor.changed()) {
            response.getHeaders()
                    .add(
                            HttpHeaders.SET_COOKIE,
                            SessionCookie.NAME + "=" + cookies.encode(visitor.session()) + "; Path=/; Max-Age="
                                    + cookies.maxAgeSeconds() + "; HttpOnly; SameSite=Lax" + secure);
        }
    }
}
