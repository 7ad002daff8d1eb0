package com.creditdesk.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The JabRef rule: the domain and its logic never touch JavaFX, so they run and test headless. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.creditdesk");
    }

    @Test
    void modelAndLogicDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("com.creditdesk.model..", "com.creditdesk.logic..", "com.creditdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.creditdesk.ui..")
                .check(classes);
    }

    @Test
    void modelDoesNotDependOnLogicOrDatabase() {
        noClasses().that().resideInAPackage("com.creditdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.creditdesk.logic..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void newThreadIsNotUsed() {
        noClasses().should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .check(classes);
    }
}
