package dev.beacon.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house (DESIGN.md, STYLE.md) that the code can be checked for: feature packages without cycles,
 * {@code shared} below every feature, only {@code content} touching the published-content table, entities never on
 * the wire, every management resource authenticated at class level, DTO names. ArchUnit reads the compiled main
 * classes; the table rule also scans the sources, since SQL is text.
 */
class ArchitectureTest {

    /** The main classes of api, imported once for every rule. */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.beacon.api");

    static final String TABLE = "published_content";

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.beacon.api.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "a feature uses the features below it, never one that uses it back (DESIGN.md: package by feature)")
                .check(MAIN);
    }

    @Test
    void sharedUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.beacon.api.shared..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.beacon.api..").and(not(resideInAPackage("dev.beacon.api.shared.."))))
                .because("shared (errors, paging, security, cache, config) is used by every feature and uses none")
                .check(MAIN);
    }

    @Test
    void onlyContentOwnsThePublishedTable() {
        classes()
                .that(mention(TABLE))
                .should()
                .resideInAPackage("dev.beacon.api.content..")
                .because("the published snapshot is content's: other features ask content's PublishedContent")
                .check(MAIN);
    }

    @Test
    void entitiesNeverLeaveAResource() {
        methods()
                .that()
                .areDeclaredInClassesThat(annotatedWithPathOrGraphQL())
                .and()
                .arePublic()
                .should(neitherTakeNorReturnAnEntity())
                .because("resources take XxxRequest and return XxxResponse records, mapped explicitly (STYLE.md 2)")
                .check(MAIN);
    }

    @Test
    void responsesHoldNoEntity() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Response")
                .should(haveNoEntityField())
                .because("a response record is what goes on the wire: it holds values, never an entity")
                .check(MAIN);
    }

    @Test
    void managementResourcesAreAuthenticated() {
        classes()
                .that(managementResources())
                .should()
                .beAnnotatedWith(Authenticated.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .because("every /api/v1/manage/... resource is closed at class level, whatever its methods check")
                .check(MAIN);
    }

    @Test
    void requestsHolderNamesRequests() {
        classes()
                .that()
                .areRecords()
                .and(enclosedIn("Requests"))
                .should()
                .haveSimpleNameEndingWith("Request")
                .because("DTOs are named XxxRequest / XxxResponse / XxxListResponse")
                .check(MAIN);
    }

    @Test
    void responsesHolderNamesResponses() {
        classes()
                .that()
                .areRecords()
                .and(enclosedIn("Responses"))
                .should()
                .haveSimpleNameEndingWith("Response")
                .because("DTOs are named XxxRequest / XxxResponse / XxxListResponse")
                .check(MAIN);
    }

    /** SQL is text, not an import: no main source file outside content names the table. */
    @Test
    void noSourceOutsideContentNamesThePublishedTable() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/dev/beacon/api");
        java.nio.file.Path content = root.resolve("content");
        List<String> outside;
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            outside = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(content))
                    .filter(f -> read(f).contains(TABLE))
                    .map(f -> root.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), outside, "main sources outside content that name " + TABLE);
    }

    private static String read(java.nio.file.Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classes whose bytecode holds the string (SQL constants and text blocks are stored as UTF-8 in the class file). */
    static DescribedPredicate<JavaClass> mention(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        return DescribedPredicate.describe(
                "mention " + text,
                c -> c.getSource()
                        .map(source -> {
                            try (InputStream in = source.getUri().toURL().openStream()) {
                                return indexOf(in.readAllBytes(), needle) >= 0;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .orElse(false));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static DescribedPredicate<JavaClass> annotatedWithPathOrGraphQL() {
        return DescribedPredicate.describe(
                "are resources (@Path or @GraphQLApi)",
                c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(GraphQLApi.class));
    }

    static DescribedPredicate<JavaClass> managementResources() {
        return DescribedPredicate.describe(
                "are management resources (@Path under /api/v1/manage)",
                c -> c.isAnnotatedWith(Path.class)
                        && c.getAnnotationOfType(Path.class).value().startsWith("/api/v1/manage"));
    }

    static DescribedPredicate<JavaClass> enclosedIn(String holderSuffix) {
        return DescribedPredicate.describe(
                "are declared in a ..." + holderSuffix + " holder",
                c -> c.getEnclosingClass()
                        .map(e -> e.getSimpleName().endsWith(holderSuffix))
                        .orElse(false));
    }

    static ArchCondition<JavaMethod> neitherTakeNorReturnAnEntity() {
        return new ArchCondition<>("neither take nor return an @Entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
                        .flatMap(t -> entities(t).stream())
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes the entity " + entity.getName())));
            }
        };
    }

    static ArchCondition<JavaClass> haveNoEntityField() {
        return new ArchCondition<>("have no @Entity field") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaField field : c.getFields()) {
                    for (JavaClass entity : entities(field.getType())) {
                        events.add(SimpleConditionEvent.violated(
                                c, field.getFullName() + " holds the entity " + entity.getName()));
                    }
                }
            }
        };
    }

    /** The entity classes a type involves, generics included ({@code List<Tip>}, {@code RestResponse<Tip>}). */
    private static List<JavaClass> entities(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .toList();
    }
}
