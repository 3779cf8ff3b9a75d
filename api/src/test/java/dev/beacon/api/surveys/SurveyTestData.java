package dev.beacon.api.surveys;

import static dev.beacon.api.testing.Staff.staff;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import java.util.UUID;

/** Surveys made through the public API, as staff make them. */
final class SurveyTestData {

    static final String PROBLEM = "https://beacon.dev/problems/";

    /**
     * age + smoke? → (yes) how many → page: why (text) + likes (multi) → page: quit (yes/no) + since (date) → end;
     * "no" ends at once.
     */
    static final String DEFINITION = """
            {"anonymous":false,"submissions":"single","questions":[
             {"key":"age","shortName":"Age","type":"number","required":true,"labels":{"en":"How old are you?","pt":"Quantos anos tens?"}},
             {"key":"smoke","type":"choice","required":true,"labels":{"en":"Do you smoke?"},"choices":[
               {"key":"yes","labels":{"en":"Yes","pt":"Sim"}},
               {"key":"no","labels":{"en":"No","pt":"Não"},"next":{"end":true}}]},
             {"key":"howMany","type":"number","labels":{"en":"How many a day?"}},
             {"key":"why","shortName":"Why","type":"text","pageBreakBefore":true,"labels":{"en":"Why?"}},
             {"key":"likes","type":"multiChoice","labels":{"en":"What do you like?"},"choices":[
               {"key":"music","labels":{"en":"Music"}},{"key":"sport","labels":{"en":"Sport"}}]},
             {"key":"quit","type":"yesNo","pageBreakBefore":true,"labels":{"en":"Want to quit?"}},
             {"key":"since","type":"date","labels":{"en":"Since when?"}}]}
            """;

    private SurveyTestData() {}

    /** A site with locales en, pt, pt-BR and the given settings JSON (or none). */
    static String site(String settings) {
        String slug = "s-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body("""
                {"slug":"%s","name":"Surveys %s","locales":[{"code":"en","name":"English"},
                 {"code":"pt","name":"Português","fallback":"en"},{"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}]%s}
                """.formatted(slug, slug, settings == null ? "" : ",\"settings\":" + settings))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        return slug;
    }

    static void settings(String site, String settings) {
        staff().body("""
                {"name":"Surveys %s","locales":[{"code":"en","name":"English"},
                 {"code":"pt","name":"Português","fallback":"en"},{"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}],
                 "settings":%s}
                """.formatted(site, settings))
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(200);
    }

    /** A survey item with an English title and intro, not yet defined or published. */
    static long item(String site) {
        return Staff.newItem(
                site,
                "survey",
                null,
                "Smoking survey",
                "smoking-" + UUID.randomUUID().toString().substring(0, 6),
                Staff.paragraph("Tell us **honestly**."));
    }

    static void define(String site, long id, String definition) {
        staff().body(definition)
                .put("/api/v1/manage/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(200);
    }

    /** A defined and published survey. */
    static long published(String site, String definition) {
        long id = item(site);
        define(site, id, definition);
        Staff.publish(site, id, "en");
        return id;
    }

    /** Rows of every survey table that belong to a survey: what a refused request must leave as it was. */
    static String rows(AgroalDataSource db, long survey) {
        return Db.count(db, "SELECT count(*) FROM survey_submission WHERE survey_id = " + survey) + "/"
                + Db.count(
                        db,
                        "SELECT count(*) FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id WHERE s.survey_id = "
                                + survey)
                + "/" + Db.count(db, "SELECT count(*) FROM survey_participation WHERE survey_id = " + survey)
                + "/"
                + Db.count(
                        db,
                        "SELECT coalesce(sum(hashtext(step::text || coalesce(completed_at::text, ''))), 0) FROM survey_submission WHERE survey_id = "
                                + survey)
                + "/" + Db.count(db, "SELECT version FROM survey WHERE item_id = " + survey);
    }
}
