package dev.beacon.channel.ussd.support;

import dev.beacon.channel.kit.testing.SwitchedApi;
import java.util.HashMap;
import java.util.Map;

/** The SMS API double, and the real api behind channel-kit's {@link SwitchedApi} (which can fail requests). */
public class SwitchedSmsResource extends SwitchedApi {

    /** Started after (so its api URL wins over) the module-wide {@link SmsDoubleResource}. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new SmsDoubleResource().start());
        config.putAll(super.start());
        return config;
    }
}
