package dev.beacon.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: the admin uses only the management API over HTTP; its own packages depend on each other one way. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.beacon");

    @Test
    void theAdminNeverUsesApiCode() {
        noClasses()
                .that()
                .resideInAPackage("dev.beacon.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.beacon.api..")
                .because("everything an editor does must be possible for an integration, through the public API")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.beacon.admin.(*)..")
                .should()
                .beFreeOfCycles()
                .because("pages (entry, sites, content) build on view, signin, manage and config, never the reverse")
                .check(MAIN);
    }
}
