package dev.beacon.channel.messenger.inbound;

/**
 * One {@code messaging} item of a webhook, reduced to what the adapter acts on.
 *
 * @param pageId the page that received it ({@code entry[].id})
 * @param psid the person's page-scoped id ({@code sender.id})
 * @param timestamp Meta's time of the event, epoch milliseconds
 * @param kind what happened
 * @param text typed text ({@link Kind#TEXT}) or the tapped button's title
 * @param payload a quick reply's or postback's payload
 * @param ref a referral's {@code ref} (an {@code m.me/<page>?ref=…} link), also when it came with Get Started
 * @param mid Meta's message id, when the event has one
 */
public record MessengerEvent(
        String pageId, String psid, long timestamp, Kind kind, String text, String payload, String ref, String mid) {

    public enum Kind {
        TEXT,
        QUICK_REPLY,
        POSTBACK,
        REFERRAL,
        ATTACHMENT,
        /** Our own message, echoed back: ignored. */
        ECHO,
        READ,
        DELIVERY,
        /** Anything else (reactions, handover, optins…): ignored. */
        OTHER
    }

    /** Whether the person did something that needs an answer. */
    public boolean needsAnswer() {
        return switch (kind) {
            case TEXT, QUICK_REPLY, POSTBACK, REFERRAL, ATTACHMENT -> true;
            default -> false;
        };
    }

    /**
     * The id that makes a redelivery recognisable: the {@code mid} of a message, else (postbacks, referrals) the
     * page, sender, kind and timestamp (older postbacks carry no mid).
     */
    public String deliveryId() {
        return mid != null && kind != Kind.POSTBACK
                ? "mid:" + mid
                : kind.name().toLowerCase() + ":" + pageId + ":" + psid + ":" + timestamp;
    }

    /** The person's channel identity in Beacon, {@code messenger:<psid>}. */
    public String identity() {
        return "messenger:" + psid;
    }
}
