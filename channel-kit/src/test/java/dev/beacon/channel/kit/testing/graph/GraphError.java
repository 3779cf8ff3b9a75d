package dev.beacon.channel.kit.testing.graph;

/**
 * An error the double answers in Meta's shape: {@code {"error":{"message","type":"OAuthException","code",
 * "error_subcode","fbtrace_id"}}}. {@code subcode} is 0 when Meta documents none for the case (then left out).
 */
record GraphError(int status, String message, int code, int subcode, String details) {

    GraphError(int status, String message, int code, int subcode) {
        this(status, message, code, subcode, null);
    }

    /**
     * A WhatsApp Cloud API refusal: HTTP 400, message {@code (#<code>) <title>}, and {@code error_data} with
     * {@code messaging_product} and {@code details}.
     */
    static GraphError whatsapp(int code, String title, String details) {
        return new GraphError(400, "(#" + code + ") " + title, code, 0, details);
    }

    /** WhatsApp: the business number's throughput was exceeded. */
    static GraphError whatsappThroughput() {
        return whatsapp(130429, "Rate limit hit", "Cloud API message throughput has been reached.");
    }

    /** WhatsApp: too many messages to the same person in a short time. */
    static GraphError whatsappPairRate() {
        return whatsapp(
                131056,
                "(Business Account, Consumer Account) pair rate limit hit",
                "Too many messages sent from the sender phone number to the same recipient phone number in a short"
                        + " period of time.");
    }

    static GraphError param(String message) {
        return new GraphError(400, "(#100) " + message, 100, 0);
    }

    /** Send API: the PSID is not one of this page's people. */
    static GraphError noSuchUser() {
        return new GraphError(400, "(#100) No matching user found", 100, 2018001);
    }

    /** Send API: the person blocked the page or deleted their account. */
    static GraphError unavailable() {
        return new GraphError(400, "(#551) This person isn't available right now.", 551, 1545041);
    }

    /** Send API: more than 24 hours since the person's last message and no tag. */
    static GraphError outsideWindow() {
        return new GraphError(
                400,
                "(#10) This message is sent outside of allowed window. Learn more about the new policy here:"
                        + " https://developers.facebook.com/docs/messenger-platform/policy-overview",
                10,
                2018278);
    }

    static GraphError badToken() {
        return new GraphError(400, "Invalid OAuth access token - Cannot parse access token", 190, 0);
    }

    /** Page-level rate limit (Send API: code 613 "Calls to this api have exceeded the rate limit"). */
    static GraphError rateLimited() {
        return new GraphError(429, "(#613) Calls to this api have exceeded the rate limit.", 613, 0);
    }

    static GraphError unexpected(int status) {
        return new GraphError(status, "An unexpected error has occurred. Please retry your request later.", 2, 0);
    }

    String json(String traceId) {
        return "{\"error\":{\"message\":" + Json.quote(message) + ",\"type\":\"OAuthException\",\"code\":" + code
                + (subcode == 0 ? "" : ",\"error_subcode\":" + subcode)
                + (details == null
                        ? ""
                        : ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":" + Json.quote(details)
                                + "}")
                + ",\"fbtrace_id\":" + Json.quote(traceId) + "}}";
    }
}
