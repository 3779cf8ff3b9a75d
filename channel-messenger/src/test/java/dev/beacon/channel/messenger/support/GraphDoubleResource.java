package dev.beacon.channel.messenger.support;

/** channel-kit's Graph API double for the Messenger adapter's tests. */
public class GraphDoubleResource extends dev.beacon.channel.kit.testing.graph.GraphDoubleResource {

    @Override
    protected String urlProperty() {
        return "beacon.messenger.graph-url";
    }
}
