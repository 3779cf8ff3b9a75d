package dev.beacon.channel.kit.webhook;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem answers with the house's stable types. */
public final class Problems {

    private Problems() {}

    public static Response of(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://beacon.dev/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status)
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
