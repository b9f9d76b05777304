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
        .isEqualTo("1 file, 33 records: 0 errors, 0 warnings\n");
    assertThat(process.exitValue()).isEqualTo(0);
  }
}
