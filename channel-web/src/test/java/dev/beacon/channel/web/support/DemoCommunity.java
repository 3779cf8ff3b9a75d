package dev.beacon.channel.web.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;

/** Ids of the demo's community items, looked up through the real API by their site path. */
public final class DemoCommunity {

    public static final String POLL = "have-your-say/health-information-poll";
    public static final String NUMBER_POLL = "have-your-say/sleep-hours-poll";
    public static final String CONSENT = "relationships/consent";

    private DemoCommunity() {}

    public static long id(String path) {
        String item = ApiUnderTest.shared().send("GET", "/api/v1/sites/demo/paths/" + path, null, null, 200);
        return Long.parseLong(item.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
    }
}
