package dev.beacon.channel.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules for a channel, and this module's own layering: its packages depend on each other one way. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.beacon");

    @Test
    void channelWebNeverUsesApiCode() {
        noClasses()
                .that()
                .resideInAPackage("dev.beacon.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.beacon.api..")
                .because("a channel knows the api only through channel-kit's client, never through its classes")
                .check(MAIN);
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
