package dev.beacon.channel.web.view;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Cache headers of pages. Anonymous pages are the same for everyone: public, with a weak ETag derived from the
 * API's ETags of everything shown (plus language and light mode), so {@code If-None-Match} gets a 304 without
 * rendering. Personal pages are {@code private, no-store}.
 */
@RequestScoped
public class PageResponses {

    /** Changes with every start, so a new release never answers 304 for a page rendered by the old one. */
    private static final String RENDERER = Long.toString(System.currentTimeMillis(), 36);

    @Inject
    Request request;

    public Response cacheable(Page page, Supplier<TemplateInstance> render) {
        EntityTag etag = new EntityTag(digest(page), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        String cacheControl = "public, max-age=" + page.maxAge();
        if (notModified != null) {
            return notModified
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, "Accept-Language, Via, Save-Data")
                    .build();
        }
        return Response.ok(render.get())
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept-Language, Via, Save-Data")
                .header(HttpHeaders.CONTENT_LANGUAGE, page.lang())
                .build();
    }

    public Response personal(TemplateInstance page, int status) {
        return Response.status(status)
                .entity(page)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    public Response personal(TemplateInstance page) {
        return personal(page, 200);
    }

    /** After a form: back to a page with GET (post/redirect/get), never cached. */
    public Response seeOther(String location) {
        return Response.seeOther(java.net.URI.create(location))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    private static String digest(Page page) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((RENDERER + "|" + page.locale() + "|" + page.light()).getBytes(StandardCharsets.UTF_8));
            for (String e : page.etags()) {
                sha.update(("|" + e).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
