package dev.beacon.api.sites;

import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class WhatsAppTemplateResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String TEMPLATES = "/api/v1/manage/sites/{site}/whatsapp-templates";

    private static String template(String purpose, String locale, String body, String parameters) {
        return """
                {"purpose":"%s","locale":"%s","name":"beacon_%s","language":"en","body":"%s","parameters":[%s]}""".formatted(purpose, locale, purpose.replace('-', '_'), body, parameters);
    }

    private static String request(String... templates) {
        return "{\"templates\":[" + String.join(",", templates) + "]}";
    }

    @Test
    void aNewSiteHasNoTemplates() {
        String site = newSite();
        staff().get(TEMPLATES, site).then().statusCode(200).body("templates", empty());
        given().get("/api/v1/sites/{site}", site).then().statusCode(200).body("whatsapp.templates", empty());
    }

    @Test
    void replacedTemplatesAreReadBackByStaffAndChannels() {
        String site = newSite();
        long version = staff().get(TEMPLATES, site).then().extract().jsonPath().getLong("version");
        staff().header("If-Match", "\"" + version + "\"")
                .body(request(
                        template(
                                "comment-reply",
                                "en",
                                "Hi {{1}}, a reply on {{2}}: {{3}}",
                                "\"alias\",\"title\",\"text\""),
                        template(
                                "comment-reply",
                                "pt",
                                "Olá {{1}}, resposta em {{2}}: {{3}}",
                                "\"alias\",\"title\",\"text\""),
                        template("new-survey", "en", "A new survey: {{1}}. Reply to take part.", "\"title\"")))
                .put(TEMPLATES, site)
                .then()
                .statusCode(200)
                .body("templates", hasSize(3))
                .body("version", equalTo((int) version + 1));
        given().get("/api/v1/sites/{site}", site)
                .then()
                .statusCode(200)
                .body("whatsapp.templates.purpose", contains("comment-reply", "comment-reply", "new-survey"))
                .body("whatsapp.templates[2].parameters", contains("title"));
        staff().get("/api/v1/manage/sites/{site}", site)
                .then()
                .body("settings.whatsapp.templates.name", hasItem("beacon_new_survey"));
        // the old version is now stale
        staff().header("If-Match", "\"" + version + "\"")
                .body(request())
                .put(TEMPLATES, site)
                .then()
                .statusCode(412);
    }

    @Test
    void aParameterCountThatDiffersFromTheBodyIsRefused() {
        String site = newSite();
        refused(
                site,
                template("comment-reply", "en", "Hi {{1}}, a reply: {{2}}", "\"alias\""),
                "templates[0].parameters");
        refused(site, template("comment-reply", "en", "Hi there", "\"alias\""), "templates[0].parameters");
        refused(site, template("comment-reply", "en", "Hi {{1}}, {{3}}", "\"alias\",\"text\""), "templates[0].body");
        refused(site, template("comment-reply", "en", "Hi {{name}}", "\"alias\""), "templates[0].body");
        staff().get(TEMPLATES, site).then().body("templates", empty());
    }

    @Test
    void theNameLanguagePurposeAndParametersMustBeWhatWhatsAppTakes() {
        String site = newSite();
        refused(
                site,
                template("comment-reply", "en", "Hi {{1}}", "\"alias\"")
                        .replace("beacon_comment_reply", "Beacon Reply"),
                "templates[0].name");
        refused(
                site,
                template("comment-reply", "en", "Hi {{1}}", "\"alias\"")
                        .replace("\"language\":\"en\"", "\"language\":\"en-US\""),
                "templates[0].language");
        refused(site, template("birthday", "en", "Hi {{1}}", "\"alias\""), "templates[0].purpose");
        refused(site, template("comment-reply", "en", "Hi {{1}}", "\"phone\""), "templates[0].parameters[0]");
    }

    @Test
    void aTemplateForALocaleTheSiteLacksOrASecondForThePurposeIsRefused() {
        String site = newSite();
        refused(site, template("new-survey", "sw", "New: {{1}}", "\"title\""), "templates[0].locale");
        refused(
                site,
                template("new-survey", "en", "New: {{1}}", "\"title\"") + ","
                        + template("new-survey", "en", "Survey: {{1}}", "\"title\""),
                "templates[1]");
    }

    @Test
    void siteSettingsAreCheckedByTheSameRules() {
        String site = newSite();
        long version = staff().get("/api/v1/manage/sites/{site}", site)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        staff().body("""
                {"name":"X","locales":[{"code":"en"}],"version":%d,"settings":{"whatsapp":{"templates":[%s]}}}
                """.formatted(version, template("re-engagement", "pt", "Olá {{1}}", "\"alias\"")))
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("settings.whatsapp.templates[0].locale"));
    }

    private static void refused(String site, String templates, String field) {
        staff().body("{\"templates\":[" + templates + "]}")
                .put(TEMPLATES, site)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem(field));
    }
}
