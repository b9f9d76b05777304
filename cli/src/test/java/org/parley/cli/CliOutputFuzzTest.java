package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes what the tool prints: any bytes, as a JSON document and as JSON Lines, through
 * {@code validate} (text and JSON) and {@code reconcile}. Invariants: {@code validate} exits with 0
 * or 1 and never 2 for a readable file, no command prints a stack trace, and the text output holds no
 * control, line-separator or bidirectional character but its own line ends. In the normal build this
 * runs in regression mode over {@code CliOutputFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real (see the README).
 */
class CliOutputFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void printsNothingRawWhateverTheInput(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("parley-fuzz");
    try {
      for (String name : new String[] {"input.json", "input.jsonl"}) {
        Path file = Files.write(dir.resolve(name), input);

        CliTest.Run text = CliTest.parley("validate", file.toString());
        CliTest.Run json = CliTest.parley("validate", "--format", "json", file.toString());
        CliTest.Run reconcile = CliTest.parley("reconcile", file.toString());

        assertThat(text.exit).isIn(0, 1);
        assertThat(json.exit).isEqualTo(text.exit);
        for (CliTest.Run run : new CliTest.Run[] {text, json, reconcile}) {
          assertThat(run.err).doesNotContain("\tat org.parley", "Exception");
          assertPrintable(run.out);
          assertPrintable(run.err);
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static void assertPrintable(String output) {
    assertThat(output.chars().filter(c -> c != '\n' && org.parley.validate.Printable.unsafe(c))).as(output).isEmpty();
  }
}
