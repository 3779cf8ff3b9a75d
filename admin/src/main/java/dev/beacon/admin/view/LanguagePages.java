package dev.beacon.admin.view;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The interface language, kept in a cookie (the admin's pages are personal, never cached for others). */
@Path("/lang")
public class LanguagePages {

    @GET
    @Path("{language}")
    public Response choose(@PathParam("language") String language, @QueryParam("next") String next) {
        if (!Texts.LANGUAGES.contains(language)) {
            return Response.status(404).build();
        }
        // Only a path of this app is followed, never another origin (//evil.example or /\evil.example).
        String back = next != null && next.matches("/[^/\\\\].*|/") ? next : "/";
        return Response.seeOther(URI.create(back))
                .cookie(new NewCookie.Builder(Pages.LANGUAGE_COOKIE)
                        .value(language)
                        .path("/")
                        .maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build())
                .build();
    }
}
