package org.parley.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.parley.testing.Budget;

/**
 * Fuzzes the reader: whatever the bytes, reading either succeeds or throws {@link
 * ParleyJsonException}; any other exception fails the test, and so does a cost over {@link Budget}'s
 * for the input's size. In the normal build this runs in
 * regression mode over the inputs in {@code ReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real (see the README).
 */
class ReaderFuzzTest {

  private static final ParleyJson JSON = ParleyJson.standard();

  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesWithoutUnexpectedException(byte[] input) throws Exception {
    Budget.check(input.length, () -> {
      try {
        ParleyJson.standard().writeBytes(JSON.read(input));
      } catch (ParleyJsonException expected) {
        // the one error bad input may cause
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void readsAnyJsonLinesWithoutUnexpectedException(byte[] input) throws Exception {
    Budget.check(input.length, () -> {
      try (Stream<JsonLine> lines = JSON.readLines(new ByteArrayInputStream(input))) {
        lines.forEach(line -> line.error().ifPresent(e -> e.getMessage()));
      }
    });
  }
}
