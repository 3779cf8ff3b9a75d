package dev.beacon.channel.kit.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.ChatConfig;
import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.chat.Intake;
import dev.beacon.channel.kit.chat.PersonLanguage;
import dev.beacon.channel.kit.model.Notification;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.RawBody;
import dev.beacon.channel.kit.webhook.SignedWebhook;
import dev.beacon.channel.kit.webhook.StandardWebhooks;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code POST /notifications}: the api's webhook for {@code notification.created} (Standard Webhooks, a CloudEvent
 * body). The signature is checked on the raw bytes before anything parses them (401 when missing, wrong or too old);
 * then the notification is read from the api's channel feed, which names the person's identity on this channel (an
 * event carries ids only), and queued behind the person's other messages. A delivery is taken once by its
 * {@code webhook-id} across replicas, so the api's at-least-once redeliveries tell the person once. The adapter's
 * resource extends this, names the path and tells the person ({@link #tell}).
 */
public abstract class NotificationsResource {

    public static final String TYPE = "notification.created";
    private static final Logger LOG = Logger.getLogger(NotificationsResource.class);

    @Inject
    NotifyConfig config;

    @Inject
    ChatConfig chat;

    @Inject
    Intake intake;

    @Inject
    BeaconCommunity community;

    @Inject
    BeaconDelivery delivery;

    @Inject
    PersonLanguage language;

    @Inject
    ObjectMapper json;

    private StandardWebhooks verifier;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        verifier = config.secret()
                .filter(s -> !s.isBlank())
                .map(s -> new StandardWebhooks(s, config.tolerance()))
                .orElse(null);
    }

    /** The adapter's account (page, number) that speaks for {@code site}, if it serves that site. */
    protected abstract Optional<String> account(String site);

    /** Tells the person, by the platform's rules (window, templates, opt-out). Runs in the person's queue. */
    protected abstract void tell(String account, String site, Reply reply);

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(
            @HeaderParam(StandardWebhooks.ID) String id,
            @HeaderParam(StandardWebhooks.TIMESTAMP) String timestamp,
            @HeaderParam(StandardWebhooks.SIGNATURE) String signature,
            InputStream in)
            throws IOException {
        if (verifier == null) {
            return Problems.of(404, "not-found", "No notifications are taken here", "BEACON_NOTIFY_SECRET is not set");
        }
        byte[] body;
        try {
            body = RawBody.read(in, chat.maxBody());
        } catch (RawBody.TooLarge e) {
            return Problems.of(413, "too-large", "The request body is too large", e.getMessage());
        }
        if (!verifier.verify(id, timestamp, signature, body, clock.instant())) {
            return Problems.of(
                    401,
                    "bad-signature",
                    "The delivery is not signed",
                    "webhook-signature must sign webhook-id.webhook-timestamp.body with the webhook's secret, "
                            + "and webhook-timestamp be within "
                            + config.tolerance().toSeconds() + " s of now");
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            return Problems.of(400, "validation", "Not a CloudEvent", "the body is not JSON");
        }
        if (event == null || !TYPE.equals(event.path("type").asText())) {
            return Response.noContent().build(); // another type: not ours to tell
        }
        String source = event.path("source").asText();
        long notificationId = event.path("data").path("notificationId").asLong(0);
        if (!source.startsWith("/sites/") || notificationId <= 0) {
            return Problems.of(
                    400,
                    "validation",
                    "Not a notification.created event",
                    "source /sites/<slug> and data.notificationId");
        }
        String site = source.substring("/sites/".length());
        Optional<String> account = account(site);
        if (account.isEmpty()) {
            LOG.debugf("Notification %d of site %s: no account of this adapter serves the site", notificationId, site);
            return Response.noContent().build();
        }
        try {
            Optional<Notification> notification = community.toDeliver(site, notificationId);
            if (notification.isEmpty()) {
                LOG.debugf("Notification %d of site %s: its person is not reachable here", notificationId, site);
                return Response.noContent().build();
            }
            Reply reply = reply(site, notification.get());
            return switch (intake.take(
                    "webhook:" + id,
                    account.get() + ":" + reply.platformId(),
                    () -> tell(account.get(), site, reply))) {
                case QUEUED, SEEN -> Response.noContent().build();
                case FULL -> SignedWebhook.later("busy", "Too many events are waiting to be handled");
            };
        } catch (ChatStoreUnavailableException e) {
            return SignedWebhook.later("unavailable", "The shared state does not answer");
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Notification %d of site %s could not be read from the api: %s",
                    notificationId, site, e.toString());
            return SignedWebhook.later("unavailable", "The api does not answer");
        }
    }

    private Reply reply(String site, Notification notification) {
        String subject = notification.subject();
        String locale = language.of(site, subject);
        String title = "";
        if (notification.itemId() != null) {
            try {
                title = delivery.item(site, notification.itemId(), locale)
                        .body()
                        .title();
            } catch (RuntimeException gone) {
                // unpublished since: the reply is still worth telling, without the title
            }
        }
        return new Reply(notification, locale, title == null ? "" : title);
    }
}
