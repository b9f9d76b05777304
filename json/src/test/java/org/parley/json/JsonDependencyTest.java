package org.parley.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rule for json: it uses core, the atomic file writer, Jackson and the JDK, and knows nothing
 * of seeds or the other modules.
 */
class JsonDependencyTest {

  private static final JavaClasses JSON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.parley.json");

  @Test
  void usesOnlyCoreFilesJacksonAndTheJdk() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.parley.json..", "org.parley.model..", "org.parley.validate..", "org.parley.reconcile..",
            "org.parley.files..", "tools.jackson..")
        .check(JSON);
  }
}
