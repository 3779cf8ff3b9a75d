package dev.beacon.channel.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's rule for every channel module, for its ArchitectureTest: channels never depend on api's code. */
public final class ChannelRules {

    private ChannelRules() {}

    /** The main (not test) classes of Beacon on this module's class path. */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.beacon");
    }

    public static ArchRule neverUsesApiCode() {
        return noClasses()
                .that()
                .resideInAPackage("dev.beacon.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.beacon.api..")
                .because("a channel knows the api only through the contract in openapi/ and channel-kit's client,"
                        + " never through its classes");
    }
}
