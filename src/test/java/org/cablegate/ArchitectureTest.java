package org.cablegate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules that the compiler does not check, checked by ArchUnit over the service's own classes (tests
 * excluded): no circle among the packages, entities never leave through a resource, and the parsers and extractors
 * know nothing of HTTP or the database; and every package says in its {@code package-info.java} its job and which
 * packages it may use.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cablegate");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        ArchRule rule = slices().matching("org.cablegate.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void noResourceMethodReturnsAnEntity() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and().arePublic()
                .should(notNameInTheirReturnType(inPackage("org.cablegate.domain")))
                .because("entities never leave as JSON: resources answer records (rest.dto) or pages");
        rule.check(classes);
    }

    @Test
    void noAnswerRecordHoldsAnEntity() {
        ArchRule rule = noClasses().that().resideInAPackage("org.cablegate.rest.dto..")
                .should().dependOnClassesThat().resideInAPackage("org.cablegate.domain..")
                .because("the answers' records are what leaves as JSON; entities never do");
        rule.check(classes);
    }

    @Test
    void parsersAndExtractorsKnowNothingOfHttpOrTheDatabase() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.cablegate.ingest..", "org.cablegate.facts..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "io.quarkus.hibernate..", "org.hibernate..", "java.sql..", "javax.sql..", "io.vertx..")
                .because("ingest and facts are plain Java over text: usable by the command, the API and tests alike");
        rule.check(classes);
    }

    /** The compiler keeps no trace of a {@code package-info.java} without annotations: the sources are read. */
    @Test
    void everyPackageSaysItsJobAndWhatItMayUse() throws IOException {
        var missing = new ArrayList<String>();
        try (var dirs = Files.walk(Path.of("src/main/java/org/cablegate"))) {
            for (var dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (var files = Files.list(dir)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                var info = dir.resolve("package-info.java");
                if (hasClasses && (!Files.exists(info) || !Files.readString(info).contains("May use:"))) {
                    missing.add(dir.toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java that says what they may use");
    }

    private static DescribedPredicate<JavaClass> inPackage(String pkg) {
        return DescribedPredicate.describe("in " + pkg, c -> c.getPackageName().startsWith(pkg));
    }

    /** The raw return type and every type argument in it (a {@code List<Cable>} names {@code Cable}). */
    private static ArchCondition<JavaMethod> notNameInTheirReturnType(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not name a class " + forbidden.getDescription() + " in their return type") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (var named : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (forbidden.test(named)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                                + method.getReturnType().getName()));
                    }
                }
            }
        };
    }
}
