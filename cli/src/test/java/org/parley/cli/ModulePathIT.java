package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs a user's named module that requires {@code org.parley.core} and
 * {@code org.parley.json}, with the built jars on the module path: the Automatic-Module-Name of
 * each jar is what a modular application writes in its module-info.
 */
class ModulePathIT {

  /**
   * The built Parley jars (core, files, json) and jackson-core, as the test's class path has them, and with {@code
   * databind} Jackson's databind and annotations too.
   */
  private static String modulePath(boolean databind) {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.endsWith(".jar"))
        .filter(p -> {
          String name = Path.of(p).getFileName().toString();
          return name.startsWith("parley-core-") && !name.contains("-tests") || name.startsWith("parley-json-")
              || name.startsWith("parley-files-")
              || name.startsWith("jackson-core-") || databind && (name.startsWith("jackson-databind-")
              || name.startsWith("jackson-annotations-"));
        })
        .collect(Collectors.toList());
    assertThat(jars).as("jars on the module path: %s", jars).hasSize(databind ? 6 : 4);
    return String.join(File.pathSeparator, jars);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isEqualTo(0);
    return out;
  }

  /** Compiles the application in {@code folder} (module-info and one class) and runs its main class. */
  private static String compileAndRun(Path dir, String folder, String module, String mainClass, boolean databind)
      throws IOException, InterruptedException {
    Path source = Path.of("src", "test", "resources", folder);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    String modulePath = modulePath(databind);
    run(List.of(bin.resolve("javac").toString(), "--module-path", modulePath, "-d", classes.toString(),
        source.resolve("module-info.java").toString(),
        source.resolve(mainClass.replace('.', File.separatorChar) + ".java").toString()));
    return run(List.of(bin.resolve("java").toString(), "--module-path", classes + File.pathSeparator + modulePath,
        "-m", module + "/" + mainClass));
  }

  @Test
  void aNamedModuleRequiresParleyByItsModuleNamesWithoutDatabind(@TempDir Path dir)
      throws IOException, InterruptedException {
    assertThat(compileAndRun(dir, "module-path-app", "parley.user", "user.App", false))
        .isEqualTo("true 0 error(s), 0 warning(s)\n");
  }

  @Test
  void aUsersOwnMapperOnTheModulePathTakesParleysModule(@TempDir Path dir) throws IOException, InterruptedException {
    assertThat(compileAndRun(dir, "module-path-mapper", "parley.user.mapper", "mapper.App", true))
        .isEqualTo("\"security_guarantees\" \"actor:oman\" HOSTAGES\n");
  }
}
