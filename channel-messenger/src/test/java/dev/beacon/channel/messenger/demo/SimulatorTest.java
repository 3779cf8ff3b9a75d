package dev.beacon.channel.messenger.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.SimulatorContract;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's chat simulator: a person's action becomes a signed webhook, the answer is read back from the double. */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
class SimulatorTest extends SimulatorContract {

    @Override
    protected String platform() {
        return "messenger";
    }

    @Override
    protected List<String> accounts() {
        return List.of(Meta.PAGE, Meta.OTHER_PAGE);
    }

    @Override
    protected String newPerson() {
        return Meta.newPsid();
    }

    @Test
    void postsWhatThePersonDidAsASignedWebhookAndShowsTheAnswer() {
        String psid = Meta.newPsid();
        act(Map.of("page", Meta.PAGE, "psid", psid, "kind", "attachment"));
        List<Object> answers = shown(psid, l -> l.toString().contains("only read text"));
        assertTrue(answers.toString().contains("only read text"), answers.toString());
    }
}
