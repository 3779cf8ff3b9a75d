package dev.beacon.channel.kit.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The chat simulator's endpoints every adapter serves the same way under its {@code @Path("/simulator")}: the page,
 * the accounts (pages, numbers) to chat with, and what the bot answered; the adapter adds {@code POST send}, which
 * writes its platform's webhook.
 */
public abstract class SimulatorEndpoints {

    private ChatSimulator simulator;

    /** The adapter's simulator, made once with the resource: its channel, its platform double's URL, the demo switch. */
    protected abstract ChatSimulator newSimulator();

    @PostConstruct
    protected void makeSimulator() {
        simulator = newSimulator();
    }

    protected final ChatSimulator simulator() {
        return simulator;
    }

    /** The accounts a person can chat with: {@code id} and {@code site} each. */
    protected abstract List<Map<String, String>> accounts();

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() throws IOException {
        return simulator().page();
    }

    @GET
    @Path("pages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pages() {
        return simulator().on() ? Response.ok(accounts()).build() : ChatSimulator.off();
    }

    @GET
    @Path("messages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response messages(@QueryParam("psid") String psid, @QueryParam("after") long after)
            throws IOException, InterruptedException {
        return simulator().messages(psid, after);
    }
}
