package dev.beacon.api.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import java.util.UUID;

/** Sites, articles and comments for the comment tests, made through the API; and row counts to prove nothing changed. */
final class CommentFixtures {

    static final String PROBLEM = "https://beacon.dev/problems/";

    private CommentFixtures() {}

    /** A fresh site (en, pt, pt-BR) with these settings (a JSON object's inside, e.g. {@code "comments":{…}}). */
    static String site(String settings) {
        String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
        Staff.staff()
                .body("""
                {"slug":"%s","name":"Comments %s","locales":[{"code":"en","name":"English"},
                 {"code":"pt","name":"Português","fallback":"en"},{"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}],
                 "settings":{%s}}
                """.formatted(slug, slug, settings))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        return slug;
    }

    /** A published article (under {@code parent} if given). */
    static long article(String site, Long parent) {
        return published(site, "article", parent);
    }

    static long published(String site, String type, Long parent) {
        String slug = "a-" + UUID.randomUUID().toString().substring(0, 8);
        long id = Staff.newItem(site, type, parent, "Article " + slug, slug, Staff.paragraph("Hello"));
        Staff.publish(site, id, "en");
        return id;
    }

    static long section(String site) {
        return published(site, "section", null);
    }

    static long comment(String site, String subject, long item, String text) {
        return comment(site, subject, item, text, null);
    }

    static long comment(String site, String subject, long item, String text, Long parent) {
        return People.as(subject)
                .body(body(text, parent))
                .post("/api/v1/sites/{site}/content/{id}/comments", site, item)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static String body(String text, Long parent) {
        return "{\"text\":" + json(text) + (parent == null ? "" : ",\"parentId\":" + parent) + "}";
    }

    static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the comment tables, to prove that a refused request changed nothing. */
    static String rows(AgroalDataSource db) {
        return Db.count(db, "comment") + "/" + Db.count(db, "comment_report") + "/" + Db.count(db, "notification") + "/"
                + Db.count(db, "commenting_override") + "/" + Db.count(db, "rate_limit_hit");
    }

    /** Runs a refused request and checks the comment tables are as they were. */
    static void unchanged(AgroalDataSource db, Runnable refused) {
        String before = rows(db);
        refused.run();
        assertEquals(before, rows(db), "a refused request must change nothing");
    }
}
