package dev.beacon.channel.ussd.callback;

import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.ussd.config.ServiceCodes;
import dev.beacon.channel.ussd.session.UssdAnswer;
import dev.beacon.channel.ussd.session.UssdSessions;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Africa's Talking's USSD callback: a form POST per step ({@code sessionId}, {@code serviceCode}, {@code phoneNumber},
 * {@code networkCode}, {@code text} = the session's inputs joined by {@code *}), answered with {@code text/plain}
 * {@code CON <screen>} or {@code END <screen>}. The callback carries no signature: {@link CallbackGuard} accepts it
 * only from the allowed source addresses and, when a path secret is set, only at {@code /ussd/<secret>}.
 */
@Path("/ussd")
public class UssdResource {

    @Inject
    UssdSessions sessions;

    @Inject
    ServiceCodes codes;

    @Inject
    CallbackGuard guard;

    @Context
    HttpServerRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam UssdCallback form) {
        return guard.refusal(null, request).orElseGet(() -> callback(form));
    }

    @POST
    @Path("/{secret}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response secret(@PathParam("secret") String secret, @BeanParam UssdCallback form) {
        return guard.refusal(secret, request).orElseGet(() -> callback(form));
    }

    private Response callback(UssdCallback form) {
        if (form.sessionId == null || form.sessionId.isBlank() || form.sessionId.length() > 128) {
            return invalid("sessionId is required (at most 128 characters)");
        }
        if (form.text != null && form.text.length() > 2000) {
            return invalid("text is longer than 2000 characters");
        }
        String identity;
        try {
            identity = UssdSessions.identity(form.phoneNumber);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        Optional<String> site = codes.site(form.serviceCode);
        if (site.isEmpty()) {
            return Problems.of(
                    404, "not-found", "Unknown service code", "No site answers service code " + form.serviceCode);
        }
        UssdAnswer answer;
        try {
            answer = sessions.answer(site.get(), form.sessionId, identity, form.text == null ? "" : form.text);
        } catch (ChatStoreUnavailableException e) {
            // The operator does not retry: the person gets an ending screen rather than a timeout.
            answer = new UssdAnswer(UssdSessions.unavailable(), true);
        }
        return Response.ok(answer.body(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static Response invalid(String detail) {
        return Problems.of(400, "validation", "Not a USSD callback", detail);
    }
}
