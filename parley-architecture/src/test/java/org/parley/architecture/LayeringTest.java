package org.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies: {@code parley-model} → engines ({@code dealspace}, {@code forecast},
 * {@code simulate}, {@code stability}, {@code evidence}) → applications ({@code cli}, {@code server}).
 * This module depends on every other one (test scope), so every production class is imported here.
 */
class LayeringTest {

    private static final String[] ENGINES = {
        "org.parley.dealspace..",
        "org.parley.forecast..",
        "org.parley.simulate..",
        "org.parley.stability..",
        "org.parley.evidence.."
    };
    private static final String[] APPLICATIONS = {"org.parley.cli..", "org.parley.server.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void theImportSeesTheModelAndTheCommandLine() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.parley.model.scenario"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.parley.cli"))
                .isTrue();
    }

    @Test
    void theModelDependsOnNoOtherParleyModule() {
        noClasses()
                .that()
                .resideInAPackage("org.parley.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(ENGINES, APPLICATIONS))
                .check(classes);
    }

    @Test
    void enginesNeverDependOnApplications() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(APPLICATIONS)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void enginesDoNotDependOnOneAnother() {
        for (String engine : ENGINES) {
            noClasses()
                    .that()
                    .resideInAPackage(engine)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(without(ENGINES, engine))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void picocliOnlyInTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.parley.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void javalinOnlyInTheServer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.parley.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void jacksonInTheModelOnlyForInputAndOutput() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.parley.model.scenario..", "org.parley.model.diagnostic..", "org.parley.model.summary..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void onlyApplicationsWriteToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackages(APPLICATIONS)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void modelPackagesHaveNoCycles() {
        slices().matching("org.parley.model.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String[] without(String[] all, String one) {
        return java.util.Arrays.stream(all).filter(s -> !s.equals(one)).toArray(String[]::new);
    }
}
