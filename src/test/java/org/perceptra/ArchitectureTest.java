package org.perceptra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package rules of docs/architecture.md: a wrong import fails the build instead of a review. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perceptra");
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("org.perceptra.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..",
                        "com.fasterxml..", "org.perceptra.edit..", "org.perceptra.project..", "org.perceptra.data..",
                        "org.perceptra.engine..", "org.perceptra.ui..", "org.perceptra.cli..")
                .check(classes);
    }

    @Test
    void editKnowsOnlyModelProjectAndData() {
        noClasses().that().resideInAPackage("org.perceptra.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "com.fasterxml..",
                        "org.perceptra.engine..", "org.perceptra.ui..", "org.perceptra.cli..")
                .check(classes);
    }

    @Test
    void projectAndDataKnowNeitherJavaFxNorNd4j() {
        noClasses().that().resideInAnyPackage("org.perceptra.project..", "org.perceptra.data..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..",
                        "org.perceptra.engine..", "org.perceptra.ui..", "org.perceptra.cli..", "org.perceptra.edit..")
                .check(classes);
    }

    @Test
    void dataDoesNotKnowTheFileFormat() {
        noClasses().that().resideInAPackage("org.perceptra.data..")
                .should().dependOnClassesThat().resideInAnyPackage("org.perceptra.project..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void engineKnowsNoUi() {
        noClasses().that().resideInAPackage("org.perceptra.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.perceptra.ui..", "org.perceptra.cli..")
                .allowEmptyShould(true) // the engine arrives with issue 3; the rule is in place before it
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoNd4j() {
        noClasses().that().resideInAPackage("org.perceptra.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void exportKnowsNoUi() {
        noClasses().that().resideInAPackage("org.perceptra.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.perceptra.ui..", "org.perceptra.cli..")
                .check(classes);
    }

    @Test
    void onnxImportKnowsNoUiNorCli() {
        noClasses().that().resideInAPackage("org.perceptra.onnximport..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.perceptra.ui..", "org.perceptra.cli..",
                        "org.perceptra.edit..")
                .check(classes);
    }

    @Test
    void reportDrawsWithoutJavaFxOrNd4j() {
        noClasses().that().resideInAPackage("org.perceptra.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..",
                        "org.perceptra.engine..", "org.perceptra.export..", "org.perceptra.ui..", "org.perceptra.cli..")
                .check(classes);
    }

    @Test
    void cliKnowsNoUi() {
        noClasses().that().resideInAPackage("org.perceptra.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.perceptra.ui..")
                .check(classes);
    }
}
