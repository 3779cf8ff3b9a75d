package dev.beacon.channel.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: channels never depend on api's code; they talk HTTP through this kit, written against the contract. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.beacon");

    @Test
    void channelKitNeverUsesApiCode() {
        noClasses()
                .that()
                .resideInAPackage("dev.beacon.channel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.beacon.api..")
                .because("a channel knows the api only through the contract in openapi/, never through its classes")
                .check(MAIN);
    }
}
