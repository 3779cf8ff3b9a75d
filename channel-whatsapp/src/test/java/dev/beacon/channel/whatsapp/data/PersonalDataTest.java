package dev.beacon.channel.whatsapp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A WhatsApp number is personal data: the person's {@code wa_id} is their channel identity in the api, so it leaves
 * with the GDPR export (the person's own, and a site admin's on their behalf) and is gone once they erased
 * themselves in chat ("Delete my data" through real signed webhooks).
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class PersonalDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonQueues queues;

    @Test
    void theWaIdLeavesWithTheExportAndIsGoneAfterErasure() throws Exception {
        ApiUnderTest api = ApiUnderTest.shared();
        WhatsAppPerson person = new WhatsAppPerson(WaGraph.graph(), queues, Cloud.NUMBER);
        person.starts();
        String subject = "whatsapp:" + person.waId();

        JsonNode own = JSON.readTree(
                api.send("GET", "/api/v1/sites/demo/me/export", api.channelToken("whatsapp"), subject, null, 200));
        assertEquals(
                "[\"" + subject + "\"]", own.path("profile").path("identities").toString());
        long profile = own.path("profile").path("id").asLong();
        String admin = api.staffToken("ada");
        String byAdmin = api.send("GET", "/api/v1/manage/sites/demo/profiles/" + profile + "/export", admin, null, 200);
        assertTrue(byAdmin.contains(person.waId()), byAdmin);

        person.sends("menu");
        person.taps("My corner");
        person.taps("Delete my data").says("cannot be undone");
        person.taps("Yes, delete").says("everything we held about you is deleted");

        String gone = api.send("GET", "/api/v1/manage/sites/demo/profiles/" + profile + "/export", admin, null, 404);
        assertFalse(gone.contains(person.waId()), gone);
        String erased =
                api.send("GET", "/api/v1/manage/sites/demo/events?type=profile.erased&limit=500", admin, null, 200);
        assertTrue(erased.contains("\"profileId\":" + profile), "profile.erased told downstream: " + erased);
        assertFalse(erased.contains(person.waId()), "events carry ids only");
    }
}
