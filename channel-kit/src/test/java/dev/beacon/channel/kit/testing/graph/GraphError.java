package dev.beacon.channel.kit.testing.graph;

/**
 * An error the double answers in Meta's shape: {@code {"error":{"message","type":"OAuthException","code",
 * "error_subcode","fbtrace_id"}}}. {@code subcode} is 0 when Meta documents none for the case (then left out).
 */
record GraphError(int status, String message, int code, int subcode) {

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
                + (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":" + Json.quote(traceId)
                + "}}";
    }
}
