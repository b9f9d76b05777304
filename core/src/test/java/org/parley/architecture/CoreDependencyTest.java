package org.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rule for core: its classes use only the JDK and each other, so parley-core has no
 * run-time dependency. Immutables' annotations are allowed because they are not retained at run
 * time (the enforcer rule in core/pom.xml checks the same on the resolved dependency graph).
 */
class CoreDependencyTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.parley");

  @Test
  void coreUsesOnlyTheJdkAtRunTime() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.parley..", "org.immutables.value..")
        .check(CORE);
  }

  @Test
  void coreKnowsNothingOfJsonFilesOrTheOtherModules() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "java.io..", "java.nio.file..",
            "org.parley.json..", "org.parley.examples..", "org.parley.cli..")
        .check(CORE);
  }

  @Test
  void theModelDoesNotDependOnValidation() {
    noClasses().that().resideInAPackage("org.parley.model..")
        .should().dependOnClassesThat().resideInAPackage("org.parley.validate..")
        .check(CORE);
  }

  @Test
  void immutablesAnnotationsAreNotRetainedAtRunTime() {
    classes().that().resideInAPackage("org.parley..").should(new com.tngtech.archunit.lang.ArchCondition<>(
        "carry no run-time-visible Immutables annotation") {
      @Override
      public void check(com.tngtech.archunit.core.domain.JavaClass item,
          com.tngtech.archunit.lang.ConditionEvents events) {
        for (java.lang.annotation.Annotation a : item.reflect().getAnnotations()) {
          if (a.annotationType().getName().startsWith("org.immutables")) {
            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                item.getName() + " carries " + a.annotationType().getName() + " at run time"));
          }
        }
      }
    }).check(CORE);
  }
}
