package dev.beacon.api.tips;

import static dev.beacon.api.testing.Staff.staff;

import dev.beacon.api.testing.Db;
import io.agroal.api.AgroalDataSource;
import java.util.UUID;

/** Test helpers for tips and stories: sites with chosen settings, and row counts to prove bad input changed nothing. */
public final class CommunitySites {

    public static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String LOCALES = """
            [{"code":"en","name":"English"},{"code":"pt","name":"Português","fallback":"en"},
             {"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}]""";

    private CommunitySites() {}

    /** A fresh site (en, pt, pt-BR) with these settings, e.g. {@code {"features":{"tips":false}}}; returns its slug. */
    public static String site(String settings) {
        String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body("{\"slug\":\"" + slug + "\",\"name\":\"C " + slug + "\",\"locales\":" + LOCALES + ",\"settings\":"
                        + settings + "}")
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        return slug;
    }

    /** Replaces the site's settings (name and locales as {@link #site} made them). */
    public static void settings(String slug, String settings) {
        staff().body("{\"name\":\"C " + slug + "\",\"locales\":" + LOCALES + ",\"settings\":" + settings + "}")
                .put("/api/v1/manage/sites/{site}", slug)
                .then()
                .statusCode(200);
    }

    /** Everything the community tables of a site hold, as one comparable fingerprint of counts. */
    public static String rows(AgroalDataSource db, String slug) {
        String site = "(SELECT id FROM site WHERE slug = ?)";
        return Db.count(db, "SELECT count(*) FROM tip WHERE site_id = " + site, slug) + "/"
                + Db.count(
                        db,
                        "SELECT count(*) FROM tip_helpful h JOIN tip t ON t.id = h.tip_id WHERE t.site_id = " + site,
                        slug)
                + "/"
                + Db.count(db, "SELECT count(*) FROM story_entry WHERE site_id = " + site, slug) + "/"
                + Db.count(db, "SELECT count(*) FROM profile WHERE site_id = " + site, slug) + "/"
                + Db.count(
                        db,
                        "SELECT count(*) FROM consent c JOIN profile p ON p.id = c.profile_id WHERE p.site_id = "
                                + site,
                        slug)
                + "/"
                + Db.count(
                        db,
                        "SELECT count(*) FROM rate_limit_hit r JOIN profile p ON p.id = r.profile_id WHERE p.site_id = "
                                + site,
                        slug)
                + "/"
                + Db.count(db, "SELECT count(*) FROM content_item WHERE site_id = " + site, slug) + "/"
                + Db.count(db, "SELECT count(*) FROM competition WHERE site_id = " + site, slug);
    }
}
