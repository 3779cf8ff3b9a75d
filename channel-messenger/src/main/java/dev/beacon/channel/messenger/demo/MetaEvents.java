package dev.beacon.channel.messenger.demo;

import static dev.beacon.channel.kit.webhook.MetaJson.quote;

import dev.beacon.channel.kit.simulator.SimulatorAction;

/** Webhook bodies as Meta writes them (non-ASCII escaped as {@code \\uXXXX}), for the chat simulator. */
final class MetaEvents {

    private MetaEvents() {}

    static String webhook(SimulatorAction a, long now) {
        String head = "\"sender\":{\"id\":\"" + a.psid() + "\"},\"recipient\":{\"id\":\"" + a.page()
                + "\"},\"timestamp\":" + now;
        String mid = "\"mid\":\"m_sim_" + now + "_" + a.psid() + "\"";
        String item = switch (a.kind() == null ? "text" : a.kind()) {
            case "quick_reply" ->
                "{" + head + ",\"message\":{" + mid + ",\"text\":" + quote(a.text()) + ",\"quick_reply\":{\"payload\":"
                        + quote(a.payload()) + "}}}";
            case "postback" ->
                "{" + head + ",\"postback\":{\"title\":" + quote(a.text()) + ",\"payload\":"
                        + quote(a.payload())
                        + (a.ref() == null
                                ? ""
                                : ",\"referral\":{\"ref\":" + quote(a.ref())
                                        + ",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}")
                        + "}}";
            case "referral" ->
                "{" + head + ",\"referral\":{\"ref\":" + quote(a.ref())
                        + ",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}}";
            case "attachment" ->
                "{" + head + ",\"message\":{" + mid
                        + ",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://example.org/photo.jpg\"}}]}}";
            default -> "{" + head + ",\"message\":{" + mid + ",\"text\":" + quote(a.text()) + "}}";
        };
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + a.page() + "\",\"time\":" + now + ",\"messaging\":["
                + item + "]}]}";
    }
}
