package dk.holbaek.experiments.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module and package boundaries of docs/architecture.md, checked on the compiled classes. */
class ModuleBoundariesTest {

    private static final String CORE = "dk.holbaek.experiments.core..";
    private static final String CORE_MESSAGES = "dk.holbaek.experiments.core..api..";
    private static final String QUERY = "dk.holbaek.experiments.query..";
    private static final String SERVICE = "dk.holbaek.experiments.api..";
    private static final String SERVICE_WIRING = "dk.holbaek.experiments.api.config..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.holbaek.experiments");

    @Test
    void theCoreKnowsNoWebNoSpringDataAndNoSpringBoot() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.data..",
                        "org.springframework.boot..", "jakarta.servlet..", SERVICE, QUERY)
                .check(PRODUCTION);
    }

    @Test
    void theQuerySideSeesOnlyTheCoresMessages() {
        noClasses().that().resideInAPackage(QUERY)
                .should().dependOnClassesThat(resideInAPackage(CORE).and(not(resideInAPackage(CORE_MESSAGES))))
                .check(PRODUCTION);
    }

    @Test
    void theServiceSeesOnlyTheCoresMessages_apartFromItsWiring() {
        noClasses().that().resideInAPackage(SERVICE).and().resideOutsideOfPackage(SERVICE_WIRING)
                .should().dependOnClassesThat(resideInAPackage(CORE).and(not(resideInAPackage(CORE_MESSAGES))))
                .check(PRODUCTION);
    }

    @Test
    void theServicesPackagesHaveNoCycles() {
        slices().matching("dk.holbaek.experiments.api.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theCoresPackagesHaveNoCycles() {
        slices().matching("dk.holbaek.experiments.core.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(PRODUCTION);
    }

    @Test
    void messagesAreRecordsOrEnumsOrTheirSealedGroups() {
        classes().that().resideInAPackage(CORE_MESSAGES)
                .and().areNotAssignableTo(RuntimeException.class)
                .should().beRecords().orShould().beEnums().orShould().beInterfaces()
                .check(PRODUCTION);
    }
}
