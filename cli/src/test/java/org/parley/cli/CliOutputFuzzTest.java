package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.testing.Budget;

/**
 * Fuzzes what the tool prints: any bytes, as a JSON document and as JSON Lines, through
 * {@code validate} (text and JSON) and {@code reconcile}. Invariants: {@code validate} exits with 0
 * or 1 and never 2 for a readable file, no command prints a stack trace, and the text output holds no
 * control, line-separator or bidirectional character but its own line ends, and the three commands
 * cost no more than {@link Budget} allows for the input's size. In the normal build this
 * runs in regression mode over {@code CliOutputFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real (see the README).
 */
class CliOutputFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void printsNothingRawWhateverTheInput(byte[] input) throws Exception {
    Path dir = Files.createTempDirectory("parley-fuzz");
    try {
      for (String name : new String[] {"input.json", "input.jsonl"}) {
        Path file = Files.write(dir.resolve(name), input);

        CliTest.Run[] runs = new CliTest.Run[5];
        Budget.check(input.length, () -> {
          runs[0] = CliTest.parley("validate", file.toString());
          runs[1] = CliTest.parley("validate", "--format", "json", file.toString());
          runs[2] = CliTest.parley("reconcile", file.toString());
          runs[3] = CliTest.parley("validate", "--format", "plover", file.toString());
          runs[4] = CliTest.parley("validate", "--format", "plover", "--lenient", file.toString());
        });
        CliTest.Run text = runs[0];
        CliTest.Run json = runs[1];
        CliTest.Run reconcile = runs[2];

        assertThat(text.exit).isIn(0, 1);
        assertThat(json.exit).isEqualTo(text.exit);
        assertThat(runs[3].exit).isIn(0, 1);
        assertThat(runs[4].exit).isIn(0, 1);
        for (CliTest.Run run : runs) {
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
