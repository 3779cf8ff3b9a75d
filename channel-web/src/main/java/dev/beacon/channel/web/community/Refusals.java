package dev.beacon.channel.web.community;

import dev.beacon.channel.kit.rest.ApiProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** What the community pages add to a refused form's page: the API's {@code Retry-After} when it was rate-limited. */
final class Refusals {

    private Refusals() {}

    static Response withRetryAfter(Response page, ApiProblemException e) {
        if (e.retryAfterSeconds() == null) {
            return page;
        }
        return Response.fromResponse(page)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}
