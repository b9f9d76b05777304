package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the built jar as a separate process, as a user would. */
class ParleyJarIT {

  @Test
  void theJarValidatesTheSeedDataset() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "validate", "--texts", CliTest.SEEDS.toString(), CliTest.SEED_DATASET))
        .redirectErrorStream(true).start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("1 file, 46 records: 0 errors, 0 warnings\n");
    assertThat(process.exitValue()).isEqualTo(0);
  }

  @Test
  void theJarReportsAndExportsWithEverythingItNeedsInside(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (List<String> command : List.of(
        List.of("report", "--texts", CliTest.SEEDS.toString(), CliTest.SEED_DATASET, "-o",
            dir.resolve("report.html").toString()),
        List.of("export", "--format", "csv", CliTest.SEED_DATASET, "-o", dir.resolve("tables").toString()),
        List.of("export", "--format", "plover", CliTest.SEED_DATASET, "-o", dir.toString()),
        List.of("export", "--format", "pax", CliTest.SEED_DATASET, "-o", dir.toString()),
        List.of("export", "--format", "parquet", CliTest.SEED_DATASET, "-o", dir.resolve("parquet").toString()),
        List.of("export", "--format", "duckdb", CliTest.SEED_DATASET, "-o", dir.toString()))) {
      List<String> line = new java.util.ArrayList<>(List.of(javaCommand, "-jar", jar.toString()));
      line.addAll(command);
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(command + ": " + output).isEqualTo(0);
    }
    assertThat(java.nio.file.Files.readString(dir.resolve("tables").resolve("claims.csv")))
        .startsWith("claim,parent,report,");
    assertThat(dir.resolve("istanbul-2025.plover.jsonl")).exists();
    assertThat(dir.resolve("istanbul-2025.pax.csv")).exists();
    assertThat(dir.resolve("parquet").resolve("claims.parquet")).isNotEmptyFile();
    assertThat(dir.resolve("istanbul-2025.duckdb")).isNotEmptyFile();
    assertThat(java.nio.file.Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void saysInOneLineWhenMemoryRunsOutAndExitsWithTwo(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException, InterruptedException {
    // A valid document of about 40 MB, read by a JVM with 16 MB of heap.
    Path big = dir.resolve("big.json");
    StringBuilder actors = new StringBuilder("{\"parley\":\"1.1\",\"actors\":[");
    for (int i = 0; i < 400_000; i++) {
      actors.append(i == 0 ? "" : ",").append("{\"id\":\"actor:a").append(i)
          .append("\",\"kind\":\"person\",\"name\":\"Person number ").append(i).append(" of the series\"}");
    }
    java.nio.file.Files.writeString(big, actors.append("]}").toString());
    Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-jar", jar.toString(), "validate", big.toString())).start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isEqualTo(2);
    assertThat(err.lines().toList()).singleElement().asString().startsWith("parley: out of memory (")
        .contains("MB of heap); give Java more, such as java -Xmx512m -jar parley.jar ...; a JSON document is held"
            + " whole, while a JSON Lines file (.jsonl) keeps only its index")
        .endsWith("; past one machine, the same checks run on Apache Flink (parley-flink.jar validate)");
  }
}
