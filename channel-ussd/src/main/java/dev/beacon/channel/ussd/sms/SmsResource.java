package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.chat.SeenIds;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.ussd.callback.CallbackGuard;
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
import java.util.List;
import java.util.Optional;

/**
 * Africa's Talking's incoming-SMS callback ({@code from}, {@code to}, {@code text}, {@code id}, …), guarded like the
 * USSD callback. Each SMS is answered through the SMS API with what the engine says, within the site's part cap.
 */
@Path("/sms")
public class SmsResource {

    @Inject
    Optional<SmsBeans.Sms> sms;

    @Inject
    CallbackGuard guard;

    @Inject
    SeenIds seen;

    @Context
    HttpServerRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam SmsCallback form) {
        return guard.refusal(null, request).orElseGet(() -> inbound(form));
    }

    @POST
    @Path("/{secret}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response secret(@PathParam("secret") String secret, @BeanParam SmsCallback form) {
        return guard.refusal(secret, request).orElseGet(() -> inbound(form));
    }

    private Response inbound(SmsCallback form) {
        if (sms.isEmpty()) {
            return Problems.of(404, "not-found", "SMS is off", "BEACON_SMS_API_KEY is not set on this adapter");
        }
        String identity;
        try {
            identity = SmsConversation.identity(form.from);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        if (form.text == null || form.text.length() > 1600) {
            return invalid("text is required (at most 1600 characters)");
        }
        Optional<String> site = sms.get().shortcodes().site(form.to);
        if (site.isEmpty()) {
            return Problems.of(404, "not-found", "Unknown shortcode", "No site answers " + form.to);
        }
        try {
            if (form.id != null && !form.id.isBlank() && !seen.firstSighting("sms:" + form.id)) {
                return ok("already handled");
            }
        } catch (ChatStoreUnavailableException e) {
            return Response.fromResponse(Problems.of(503, "unavailable", "Try again", "Redis did not answer"))
                    .header("Retry-After", "5")
                    .build();
        }
        List<String> replies = sms.get().conversation().answer(site.get(), identity, form.text);
        for (String reply : replies) {
            if (sms.get().gateway().send(form.from.strip(), reply) != SmsGateway.Outcome.SENT) {
                break; // logged by the gateway; the person can write again
            }
        }
        return ok("answered with " + replies.size() + " SMS");
    }

    private static Response ok(String what) {
        return Response.ok(what, MediaType.TEXT_PLAIN_TYPE).build();
    }

    private static Response invalid(String detail) {
        return Problems.of(400, "validation", "Not an SMS callback", detail);
    }
}
