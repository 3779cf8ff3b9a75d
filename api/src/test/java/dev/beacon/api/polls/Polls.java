package dev.beacon.api.polls;

import static dev.beacon.api.testing.Staff.staff;

import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Test data for polls, made through the API as editors make it. */
final class Polls {

    static final String PROBLEM = "https://beacon.dev/problems/";
    static final String YES_NO = """
            "choices":[{"key":"yes","shortName":"yes","labels":{"en":"Yes","pt":"Sim"}},
                       {"key":"no","shortName":"no","labels":{"en":"No","pt":"Não"}},
                       {"key":"not-sure","shortName":"unsure","labels":{"en":"Not sure"}}]""";

    private Polls() {}

    /** A poll item with an English question and the given definition (JSON members), published unless asked not to. */
    static long poll(String site, String definition, boolean publish) {
        long id = Staff.newItem(
                site,
                "poll",
                null,
                "Do you like school?",
                "p-" + UUID.randomUUID().toString().substring(0, 8),
                null);
        define(site, id, definition).then().statusCode(200);
        if (publish) {
            Staff.publish(site, id, "en");
        }
        return id;
    }

    static long singleChoice(String site) {
        return poll(site, "\"kind\":\"single\",\"shortName\":\"likes_school\"," + YES_NO, true);
    }

    static io.restassured.response.Response define(String site, long id, String definition) {
        return staff().body("{" + definition + "}").put("/api/v1/manage/sites/{site}/polls/{id}", site, id);
    }

    /** Replaces a site's settings (the test sites' locales stay as Staff.newSite made them). */
    static void settings(String site, String settingsJson) {
        staff().body("""
                {"name":"Test","locales":[{"code":"en","name":"English"},{"code":"pt","name":"Português","fallback":"en"},
                 {"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}],"settings":%s}""".formatted(settingsJson))
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(200);
    }

    static long count(AgroalDataSource db, String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String string(AgroalDataSource db, String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
