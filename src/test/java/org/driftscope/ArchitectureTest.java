package org.driftscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the core free of the desktop toolkit, and the layers pointing one way. */
@AnalyzeClasses(packages = "org.driftscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreNeverTouchesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage("org.driftscope.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the core runs headless on servers; only the app package may use JavaFX");

    @ArchTest
    static final ArchRule nothingDependsOnTheApp = noClasses()
            .that()
            .resideOutsideOfPackage("org.driftscope.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.driftscope.app..");

    @ArchTest
    static final ArchRule vectorsAndCorpusStandAlone = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.driftscope.vectors..",
                    "org.driftscope.corpus..",
                    "org.driftscope.projection..",
                    "org.driftscope.drift..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.driftscope.training..",
                    "org.driftscope.session..",
                    "org.driftscope.run..",
                    "org.driftscope.export..",
                    "org.driftscope.plot..",
                    "org.driftscope.cli..");

    /** A session file is read and written without the live run or the exports: each has its package. */
    @ArchTest
    static final ArchRule sessionFilesStandAlone = noClasses()
            .that()
            .resideInAPackage("org.driftscope.session..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.driftscope.run..", "org.driftscope.export..", "org.driftscope.cli..");

    /** Exports read sessions and draw figures; they never start or steer a run. */
    @ArchTest
    static final ArchRule exportsDoNotRunAnything = noClasses()
            .that()
            .resideInAPackage("org.driftscope.export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.driftscope.run..", "org.driftscope.cli..");
}
