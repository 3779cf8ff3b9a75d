package dev.beacon.channel.whatsapp.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** STOP and START, in any of the adapter's languages, are recorded in the real api as the person's consent. */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class OptOutTest {

    @Inject
    PersonQueues queues;

    @Inject
    OptOut optOut;

    private final GraphDouble graph = WaGraph.graph();

    @Test
    void stopIsRecordedInTheApiAndStartUndoesIt() {
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER);
        String identity = "whatsapp:" + person.waId();
        person.starts();
        assertFalse(optOut.optedOut("demo", identity), "never asked: not opted out");
        person.sends("stop").says("no more messages").doesNotSay("Welcome");
        assertTrue(optOut.optedOut("demo", identity));
        person.sends(" Start! ").says("Welcome back");
        assertFalse(optOut.optedOut("demo", identity));
        person.sends("PARAR").says("Não vais receber mais mensagens");
        assertTrue(optOut.optedOut("demo", identity));
        person.assertNothingRefused(graph);
    }

    @Test
    void onlyTheWholeWordCounts() {
        assertEquals(Optional.of(new OptOut.Command(true, "en")), optOut.command("STOP"));
        assertEquals(Optional.of(new OptOut.Command(true, "en")), optOut.command("  stop all. "));
        assertEquals(Optional.of(new OptOut.Command(true, "sw")), optOut.command("Acha"));
        assertEquals(Optional.of(new OptOut.Command(false, "pt")), optOut.command("começar"));
        assertEquals(Optional.empty(), optOut.command("stop smoking tips"));
        assertEquals(Optional.empty(), optOut.command("menu"));
        assertEquals(Optional.empty(), optOut.command(null));
    }
}
