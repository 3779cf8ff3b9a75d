package dev.beacon.channel.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.beacon.channel.kit.testing.ChannelRules;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules for a channel, and this module's own layering: its packages depend on each other one way. */
class ArchitectureTest {

    static final JavaClasses MAIN = ChannelRules.mainClasses();

    @Test
    void channelWebNeverUsesApiCode() {
        ChannelRules.neverUsesApiCode().check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.beacon.channel.web.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "pages (account, community, participation) build on view, session and config, never the reverse")
                .check(MAIN);
    }
}
