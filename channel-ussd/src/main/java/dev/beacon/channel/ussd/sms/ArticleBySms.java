package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.model.Block;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.text.Measure;
import dev.beacon.text.TextSplitter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Send me the full article": what USSD shows as a summary goes by SMS, in messages of at most the site's
 * {@code sms.maxParts} parts each, at most {@code perDay} articles a person a day (UTC), never to a number that sent
 * STOP on SMS.
 */
public final class ArticleBySms {

    public enum Result {
        SENT,
        CAP_REACHED,
        STOPPED,
        FAILED
    }

    private final BeaconDelivery delivery;
    private final SmsGateway gateway;
    private final ChatStore store;
    private final int perDay;
    private final Clock clock;

    public ArticleBySms(BeaconDelivery delivery, SmsGateway gateway, ChatStore store, int perDay, Clock clock) {
        this.delivery = delivery;
        this.gateway = gateway;
        this.store = store;
        this.perDay = perDay;
        this.clock = clock;
    }

    public int perDay() {
        return perDay;
    }

    /** Sends article {@code id} of {@code site} in {@code locale} to {@code phone} (E.164). */
    public Result send(String site, String phone, long id, String locale, BeaconPeople smsPeople) {
        String smsIdentity = SmsConversation.identity(phone);
        try {
            if (smsPeople.consentOf(site, smsIdentity, "contact").withdrawn()) {
                return Result.STOPPED;
            }
        } catch (RuntimeException unknownOrUnavailable) {
            // no SMS record yet: nothing withdrawn
        }
        if (!claimSlot(site, smsIdentity)) {
            return Result.CAP_REACHED;
        }
        Content article;
        int maxParts;
        try {
            article = delivery.item(site, id, locale).body();
            maxParts = delivery.site(site).body().smsMaxParts();
        } catch (RuntimeException unavailable) {
            return Result.FAILED;
        }
        for (String part : messages(article, maxParts)) {
            if (gateway.send(phone, part) != SmsGateway.Outcome.SENT) {
                return Result.FAILED;
            }
        }
        return Result.SENT;
    }

    /** The article as SMS: title, then its text blocks, split at paragraph, sentence, word within {@code maxParts}. */
    static List<String> messages(Content article, int maxParts) {
        StringBuilder text = new StringBuilder(article.title() == null ? "" : article.title());
        if (article.body() != null) {
            for (Block block : article.body()) {
                if (block.text() != null && !block.text().isBlank()) {
                    text.append("\n\n").append(block.text().strip());
                }
                if (block.items() != null) {
                    block.items().forEach(item -> text.append("\n- ").append(item.text()));
                }
            }
        }
        return new ArrayList<>(TextSplitter.split(text.toString().strip(), maxParts, Measure.SMS_PARTS));
    }

    /** One of the person's {@code perDay} slots of today, taken atomically (so two replicas cannot both take the last). */
    private boolean claimSlot(String site, String identity) {
        LocalDate today = LocalDate.now(clock);
        for (int slot = 1; slot <= perDay; slot++) {
            if (store.putIfAbsent(
                    "sms-article:" + site + ":" + identity + ":" + today + ":" + slot, "1", Duration.ofHours(25))) {
                return true;
            }
        }
        return false;
    }
}
