package dev.beacon.channel.web.images;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beacon.channel.kit.config.ApiConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Renditions of the api's media library, on this site's origin: {@code /s/{site}/media/{id}/{hash}/320.webp}. The
 * api made them once, within their byte budgets; this only passes the bytes on (kept in a bounded cache), so pages
 * need no other host and the visitor's browser never talks to the api. The URLs carry the file's hash, so they are
 * immutable. Only names of the api's fixed widths and formats are taken; anything else is 404 without asking it.
 */
@Path("/s/{site: [a-z0-9-]{1,40}}/media")
public class MediaPages {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Bytes by api path; at most 32 MB. */
    private static final Cache<String, Fetched> CACHE = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, Fetched f) -> f.bytes().length + key.length())
            .build();

    record Fetched(byte[] bytes, String contentType, String etag) {}

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    ApiConfig api;

    @Inject
    Request request;

    @GET
    @Path("{id: [0-9]{1,18}}/{hash: [0-9a-f]{16}}/{name: [0-9]{3}(-square|-wide)?[.](jpg|webp)}")
    public Response rendition(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("hash") String hash,
            @PathParam("name") String name) {
        String path = "/api/v1/sites/" + site + "/media/" + id + "/" + hash + "/" + name;
        Fetched f = CACHE.getIfPresent(path);
        if (f == null) {
            f = fetch(path);
            CACHE.put(path, f);
        }
        EntityTag etag = new EntityTag(f.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        return Response.ok(f.bytes(), f.contentType())
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Fetched fetch(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(api.url().replaceAll("/$", "") + path))
                            .timeout(api.readTimeout())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new NotFoundException();
            }
            String type = r.headers().firstValue("Content-Type").orElse("application/octet-stream");
            if (!type.equals("image/webp") && !type.equals("image/jpeg")) {
                throw new NotFoundException();
            }
            String etag = r.headers().firstValue("ETag").orElse("\"\"").replace("\"", "");
            return new Fetched(r.body(), type, etag);
        } catch (IOException e) {
            return failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed();
        }
    }

    private static Fetched failed() {
        throw new jakarta.ws.rs.WebApplicationException(Response.status(502)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build());
    }
}
