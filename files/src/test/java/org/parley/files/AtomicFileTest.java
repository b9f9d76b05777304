package org.parley.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link AtomicFile} leaves behind when the process writing is stopped or killed. */
class AtomicFileTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void removesTheTemporaryFilesOfAKilledWriterOfTheSameTargetOnly(@TempDir Path dir) throws IOException {
    long live = ProcessHandle.current().parent().orElseThrow().pid();
    Files.writeString(dir.resolve(".out.json.parley-999999999-123.tmp"), "half of a killed run");
    Files.writeString(dir.resolve(".out.json.parley-" + live + "-456.tmp"), "another process still writing");
    Files.writeString(dir.resolve(".out.json.parley-x-789.tmp"), "not a name Parley gives");
    Files.writeString(dir.resolve(".other.json.parley-999999999-1.tmp"), "another target's");

    AtomicFile.write(dir.resolve("out.json"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(names(dir)).containsExactly(".other.json.parley-999999999-1.tmp", ".out.json.parley-" + live + "-456.tmp",
        ".out.json.parley-x-789.tmp", "out.json");
    assertThat(Files.readString(dir.resolve("out.json"))).isEqualTo("new");
  }

  @Test
  void leavesNoTemporaryFileWhenTheJvmIsStoppedWhileWriting(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.json");
    Process writer = startWriter(target);
    try {
      assertThat(names(dir)).hasSize(1).allMatch(n -> n.startsWith(".out.json.parley-" + writer.pid() + "-"));

      writer.destroy(); // SIGTERM, as kill or a closing terminal sends
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      writer.destroyForcibly();
    }

    assertThat(names(dir)).isEmpty();
  }

  @Test
  void leavesTheOldFileWholeWhenTheWriterIsKilledOutright(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "the old file");
    Process writer = startWriter(target);
    try {
      writer.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      writer.destroyForcibly();
    }

    assertThat(Files.readString(target)).isEqualTo("the old file");
    assertThat(names(dir)).hasSize(2).contains("out.json");
    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(names(dir)).containsExactly("out.json");
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void keepsThePermissionsOfTheFileItReplacesAndGivesANewFileTheUsualOnes(@TempDir Path dir) throws IOException {
    Path replaced = dir.resolve("replaced.json");
    Files.writeString(replaced, "old");
    Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-r-----"));
    Path usual = Files.createFile(dir.resolve("usual.json"));

    AtomicFile.write(replaced, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    AtomicFile.write(dir.resolve("new.json"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced))).isEqualTo("rw-r-----");
    assertThat(Files.getPosixFilePermissions(dir.resolve("new.json"))).isEqualTo(Files.getPosixFilePermissions(usual))
        .contains(PosixFilePermission.OTHERS_READ);
  }

  /**
   * A {@link SlowWriter} of {@code target} in a JVM of its own, returned once it says its temporary
   * file holds the first bytes (it then waits to be stopped).
   */
  private static Process startWriter(Path target) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process writer = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
    String first = new String(writer.getInputStream().readNBytes("writing\n".length()), StandardCharsets.UTF_8);
    if (!first.equals("writing\n")) {
      writer.destroyForcibly();
    }
    assertThat(first).isEqualTo("writing\n");
    return writer;
  }

  /** Writes a little into the target's temporary file, says so, and then blocks until stopped. */
  public static final class SlowWriter {
    public static void main(String[] args) throws IOException {
      AtomicFile.write(Path.of(args[0]), out -> {
        out.write("{\"parley\":".getBytes(StandardCharsets.UTF_8));
        out.flush();
        System.out.print("writing\n");
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }
}
