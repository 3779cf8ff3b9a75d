package dev.beacon.api.shared.http;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** Answers that belong to one caller (a person's own data, a write's receipt): no cache may keep them. */
public final class PrivateResponses {

    private PrivateResponses() {}

    public static <T> RestResponse<T> ok(T body) {
        return of(RestResponse.Status.OK, body);
    }

    public static <T> RestResponse<T> created(T body) {
        return of(RestResponse.Status.CREATED, body);
    }

    public static <T> RestResponse<T> of(RestResponse.Status status, T body) {
        return ResponseBuilder.create(status, body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
