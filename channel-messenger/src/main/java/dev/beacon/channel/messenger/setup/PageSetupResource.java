package dev.beacon.channel.messenger.setup;

import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.messenger.config.MessengerConfig;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.config.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /manage/pages/{page}/setup}: writes the page's Get Started button, greetings and persistent menu.
 * Management only: a bearer token from {@code BEACON_MESSENGER_MANAGE_TOKEN}; without one configured the endpoint
 * does not exist (404).
 */
@Path("/manage/pages/{page}/setup")
public class PageSetupResource {

    @Inject
    MessengerConfig config;

    @Inject
    Pages pages;

    @Inject
    PageSetup setup;

    @POST
    public Response setUp(@PathParam("page") String pageId, @HeaderParam("Authorization") String authorization) {
        Optional<String> token = config.manageToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return Problems.of(404, "not-found", "Resource not found", "Page set-up is not enabled here");
        }
        if (authorization == null
                || !MessageDigest.isEqual(
                        authorization.getBytes(StandardCharsets.UTF_8),
                        ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8))) {
            return Response.fromResponse(Problems.of(
                            401,
                            "unauthorized",
                            "Authentication required",
                            "Send Authorization: Bearer <BEACON_MESSENGER_MANAGE_TOKEN>"))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        Optional<Page> page = pages.byId(pageId);
        if (page.isEmpty()) {
            return Problems.of(404, "not-found", "Resource not found", "Page " + pageId + " is not configured");
        }
        PageSetup.Result result;
        try {
            result = setup.setUp(page.get());
        } catch (ApiProblemException e) {
            return Problems.of(
                    409,
                    "site-unknown",
                    "The page's site cannot be read",
                    "Site " + page.get().site() + ": " + e.kind());
        } catch (ApiUnavailableException e) {
            return Problems.of(503, "api-unavailable", "The api did not answer", "Try again in a moment");
        }
        if (!result.answer().ok()) {
            return Problems.of(
                    502,
                    "graph-refused",
                    "Meta refused the page set-up",
                    "Graph API: HTTP " + result.answer().status() + ", code "
                            + result.answer().code() + ": " + result.answer().message());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", pageId);
        body.put("site", page.get().site());
        body.put("profile", result.profile());
        return Response.ok(body).build();
    }
}
