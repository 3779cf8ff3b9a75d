package dev.beacon.channel.kit;

import dev.beacon.channel.kit.testing.ChannelRules;
import org.junit.jupiter.api.Test;

/** DESIGN.md: channels never depend on api's code; they talk HTTP through this kit, written against the contract. */
class ArchitectureTest {

    @Test
    void channelKitNeverUsesApiCode() {
        ChannelRules.neverUsesApiCode().check(ChannelRules.mainClasses());
    }
}
