package dev.beacon.admin.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.restassured.path.json.JsonPath;

/** What the api holds, read straight from it (as eddie, an editor of demo) to check what a page saved. */
public final class Drafts {

    private Drafts() {}

    /** The draft of item {@code id} of demo in {@code locale}. */
    public static JsonPath draft(long id, String locale) {
        return JsonPath.from(get("/api/v1/manage/sites/demo/content/" + id + "/translations/" + locale));
    }

    /** A management GET of demo as eddie, which must answer 200. */
    public static String get(String path) {
        ApiUnderTest api = ApiUnderTest.shared();
        return api.send("GET", path, api.staffToken("eddie"), null, 200);
    }
}
