package dev.beacon.channel.ussd.demo;

import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.SimulatorEndpoints;
import dev.beacon.channel.ussd.config.ServiceCodes;
import dev.beacon.channel.ussd.config.UssdConfig;
import dev.beacon.channel.ussd.sms.SmsConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's chat simulator in its feature-phone mode (channel-kit's {@link ChatSimulator}): a phone that dials a
 * USSD code and answers its screens, and sends and receives SMS. Each step is the form Africa's Talking would post,
 * sent to this adapter's own {@code /ussd} (or {@code /sms}) callback, through its guard (path secret, allowed
 * sources) like any gateway's; the SMS the adapter sends are read back from the SMS API double. Served only with
 * {@code BEACON_USSD_DEMO=true}, which start-up refuses unless the SMS API is a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends SimulatorEndpoints {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    @Inject
    UssdConfig config;

    @Inject
    SmsConfig sms;

    @Inject
    ServiceCodes codes;

    @Override
    protected ChatSimulator newSimulator() {
        return new ChatSimulator("ussd", sms.apiUrl(), config.demo());
    }

    /** The service codes to dial ({@code *}: any code, shown as {@code *123#}) and the SMS shortcode. */
    @Override
    protected List<Map<String, String>> accounts() {
        String shortcode = sms.from().orElse("");
        return codes.all().entrySet().stream()
                .map(e -> Map.of(
                        "id", e.getKey().equals("*") ? "*123#" : e.getKey(), "site", e.getValue(), "sms", shortcode))
                .toList();
    }

    /** One step of a USSD session: what the gateway posts ({@code text}: the inputs so far, joined by {@code *}). */
    public record Step(String sessionId, String serviceCode, String phoneNumber, String text) {}

    /** One SMS from the phone to the shortcode. */
    public record Sms(String phoneNumber, String text) {}

    @POST
    @Path("dial")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response dial(Step step, @Context HttpServerRequest request) throws IOException, InterruptedException {
        if (!simulator().on()) {
            return ChatSimulator.off();
        }
        if (step == null
                || step.sessionId() == null
                || !step.sessionId().matches("[A-Za-z0-9_-]{1,64}")
                || !phone(step.phoneNumber())
                || step.serviceCode() == null
                || !step.serviceCode().matches("[*#0-9]{2,20}")) {
            return ChatSimulator.invalid("sessionId, serviceCode (*123#) and phoneNumber (+ and digits) are required");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sessionId", step.sessionId());
        form.put("serviceCode", step.serviceCode());
        form.put("phoneNumber", step.phoneNumber());
        form.put("networkCode", "99999");
        form.put("text", step.text() == null ? "" : step.text());
        return relayed(simulator().postFormToSelf(request.localAddress().port(), callback("/ussd"), form));
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(Sms message, @Context HttpServerRequest request) throws IOException, InterruptedException {
        if (!simulator().on()) {
            return ChatSimulator.off();
        }
        if (message == null
                || !phone(message.phoneNumber())
                || message.text() == null
                || message.text().isBlank()) {
            return ChatSimulator.invalid("phoneNumber (+ and digits) and text are required");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("from", message.phoneNumber());
        form.put("to", sms.from().orElse("24123"));
        form.put("text", message.text());
        form.put("id", "sim-" + IDS.incrementAndGet());
        form.put("date", java.time.Instant.now().toString());
        form.put("networkCode", "99999");
        return relayed(simulator().postFormToSelf(request.localAddress().port(), callback("/sms"), form));
    }

    private String callback(String path) {
        return config.pathSecret()
                .filter(s -> !s.isBlank())
                .map(s -> path + "/" + s)
                .orElse(path);
    }

    private static boolean phone(String number) {
        return number != null && number.matches("\\+[0-9]{6,15}");
    }

    private static Response relayed(HttpResponse<String> answer) {
        return Response.ok(Map.of("status", answer.statusCode(), "body", answer.body()))
                .build();
    }
}
