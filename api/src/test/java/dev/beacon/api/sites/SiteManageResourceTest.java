package dev.beacon.api.sites;

import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class SiteManageResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";

    @Test
    void createsSiteWithResolvedFallbackChains() {
        String slug = newSite();
        staff().get("/api/v1/manage/sites/{site}", slug)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("defaultLocale", equalTo("en"))
                .body("locales.find { it.code == 'pt-BR' }.chain", contains("pt-BR", "pt", "en"))
                .body("locales.find { it.code == 'pt' }.chain", contains("pt", "en"))
                .body("settings.features.comments", equalTo(true))
                .body("settings.comments.reportThreshold", equalTo(3));
    }

    @Test
    void rejectsUnknownSettingsKeyAndCreatesNothing() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body("""
                {"slug":"%s","name":"X","locales":[{"code":"en"}],"settings":{"skin":{"colour":"#ffffff"}}}
                """.formatted(slug))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem("settings.skin.colour"));
        staff().get("/api/v1/manage/sites/{site}", slug).then().statusCode(404);
    }

    @Test
    void rejectsInvalidSettingsValuesWithEachField() {
        staff().body("""
                {"slug":"t-bad-%s","name":"","locales":[{"code":"english"}],"settings":{"skin":{"primaryColor":"red"},"comments":{"reportThreshold":0}}}
                """.formatted(UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("locales[0].code"))
                .body("errors.field", hasItem("settings.skin.primaryColor"))
                .body("errors.field", hasItem("settings.comments.reportThreshold"));
    }

    @Test
    void rejectsFallbackToLocaleTheSiteDoesNotHave() {
        staff().body("""
                {"slug":"t-fb-%s","name":"X","locales":[{"code":"en"},{"code":"pt","fallback":"es"}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(400)
                .body("errors.field", contains("locales[1].fallback"));
    }

    @Test
    void refusesDuplicateSlugWithConflict() {
        String slug = newSite();
        staff().body("""
                {"slug":"%s","name":"Again","locales":[{"code":"en"}]}
                """.formatted(slug))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "conflict"));
    }

    @Test
    void staleUpdateIsRefusedAndChangesNothing() {
        String slug = newSite();
        String etag = staff().get("/api/v1/manage/sites/{site}", slug)
                .then()
                .extract()
                .header("ETag");
        String update = """
                {"name":"%s","locales":[{"code":"en"},{"code":"pt","fallback":"en"},{"code":"pt-BR","fallback":"pt"}]}""";
        staff().header("If-Match", etag)
                .body(update.formatted("First"))
                .put("/api/v1/manage/sites/{site}", slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("First"));
        staff().header("If-Match", etag)
                .body(update.formatted("Second"))
                .put("/api/v1/manage/sites/{site}", slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "stale-version"));
        staff().get("/api/v1/manage/sites/{site}", slug).then().body("name", equalTo("First"));
    }

    @Test
    void deliveryShowsPublicSiteFieldsOnly() {
        String slug = newSite();
        given().get("/api/v1/sites/{site}", slug)
                .then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("locales.code", contains("en", "pt", "pt-BR"))
                .body("skin.primaryColor", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("bannedWords")))
                .body("$", not(org.hamcrest.Matchers.hasKey("version")));
        given().get("/api/v1/sites").then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void managementNeedsAStaffToken() {
        given().contentType(ContentType.JSON)
                .get("/api/v1/manage/sites")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "unauthorized"));
        given().auth().oauth2("not-a-token").get("/api/v1/manage/sites").then().statusCode(401);
    }
}
