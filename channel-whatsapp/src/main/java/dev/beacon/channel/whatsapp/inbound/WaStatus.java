package dev.beacon.channel.whatsapp.inbound;

/**
 * What became of one of our messages: {@code sent}, {@code delivered}, {@code read} or {@code failed}.
 *
 * @param numberId our phone number id
 * @param waId the person (never logged in clear)
 * @param wamid our message's id
 * @param status {@code sent}, {@code delivered}, {@code read}, {@code failed} (others are kept as they come)
 * @param timestamp epoch seconds
 * @param errorCode the first error's code of a {@code failed} status (131047: outside the 24-hour window), else 0
 */
public record WaStatus(String numberId, String waId, String wamid, String status, long timestamp, int errorCode) {

    /** The id that makes a redelivery recognisable: one status of one message is processed once. */
    public String deliveryId() {
        return "status:" + wamid + ":" + status;
    }
}
