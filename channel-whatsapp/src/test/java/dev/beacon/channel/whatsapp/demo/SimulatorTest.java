package dev.beacon.channel.whatsapp.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.SimulatorContract;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chat simulator's WhatsApp mode: the shared contract, and actions through the signed webhook and back. */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class SimulatorTest extends SimulatorContract {

    @Override
    protected String platform() {
        return "whatsapp";
    }

    @Override
    protected List<String> accounts() {
        return List.of(Cloud.NUMBER, Cloud.OTHER_NUMBER);
    }

    @Override
    protected String newPerson() {
        return Cloud.newWaId();
    }

    @Test
    void aTypedHiAndALocationGoThroughTheSignedWebhookAndTheAnswersAreShown() {
        String waId = Cloud.newWaId();
        act(Map.of("page", Cloud.NUMBER, "psid", waId, "kind", "text", "text", "hi"));
        List<Object> welcome = shown(waId, l -> l.toString().contains("interactive"));
        assertTrue(welcome.toString().contains("Welcome to Beacon Demo"), welcome.toString());
        act(Map.of("page", Cloud.NUMBER, "psid", waId, "kind", "location"));
        List<Object> after = shown(waId, l -> l.toString().contains("only read text"));
        assertTrue(after.toString().contains("only read text"), after.toString());
    }
}
