package dev.beacon.channel.whatsapp.support;

import dev.beacon.channel.kit.testing.graph.GraphDoubleResource;

/** channel-kit's Graph API double (with the Cloud API) for the WhatsApp adapter's tests. */
public class WaGraph extends GraphDoubleResource {

    @Override
    protected String urlProperty() {
        return "beacon.whatsapp.graph-url";
    }
}
