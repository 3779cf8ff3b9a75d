package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Delivery JSON gzipped for clients that accept it, from the cache's bytes (issue #18). */
@QuarkusTest
@ApiTest
class DeliveryCompressionTest {

    private static final String LIST = "/api/v1/sites/{site}/content";

    @Test
    void gzipsDeliveryJsonForClientsThatAcceptItWithItsOwnETagAndVary() throws IOException {
        String site = newSite();
        for (int i = 0; i < 5; i++) {
            long id = newItem(
                    site,
                    "article",
                    null,
                    "Article " + i,
                    "article-" + i,
                    paragraph("A paragraph long enough to be worth compressing, repeated words words words " + i));
            publish(site, id, "en");
        }
        Response plain = raw().header("Accept-Encoding", "identity").get(LIST, site);
        plain.then()
                .statusCode(200)
                .header("Content-Encoding", nullValue())
                .header("Vary", containsString("Accept-Encoding"));

        for (String accept : new String[] {"gzip", "br;q=1.0, gzip;q=0.8", "*"}) {
            Response gzipped = raw().header("Accept-Encoding", accept).get(LIST, site);
            gzipped.then()
                    .statusCode(200)
                    .header("Content-Encoding", "gzip")
                    .header("Vary", containsString("Accept-Encoding"));
            byte[] zipped = gzipped.asByteArray();
            assertTrue(zipped.length < plain.asByteArray().length / 2, "compressed: " + zipped.length);
            assertArrayEquals(plain.asByteArray(), gunzip(zipped), "the same JSON, gzipped");
            assertNotEquals(plain.header("ETag"), gzipped.header("ETag"), "each encoding its own strong ETag");
            raw().header("Accept-Encoding", accept)
                    .header("If-None-Match", gzipped.header("ETag"))
                    .get(LIST, site)
                    .then()
                    .statusCode(304);
        }
        raw().header("Accept-Encoding", "gzip;q=0").get(LIST, site).then().header("Content-Encoding", nullValue());
        // hits are counted: the ratio is on /q/metrics
        given().get("/q/metrics").then().body(containsString("beacon_delivery_cache_hit_ratio"));
    }

    /** Responses as sent, not decoded by the client. */
    private static RequestSpecification raw() {
        // without the contract check, which reads bodies as JSON (every other delivery test checks them decoded)
        return given().noFilters()
                .config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
