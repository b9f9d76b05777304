package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;
import org.parley.validate.Validator;

/** Lines parsed on several threads give exactly what one thread gives: the same problems, in order. */
class ParallelValidationTest {

  private static final JsonLinesValidator ONE =
      new JsonLinesValidator(ParleyJson.standard(), Validator.builder().texts(Fixtures.texts()).build())
          .withBatchLines(7);

  private record Result(List<Problem> problems, ValidationSummary summary) {}

  private static Result validate(JsonLinesValidator validator, String text, long stopAfter) {
    List<Problem> found = new ArrayList<>();
    ValidationSummary summary = validator.validateWhile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "f.jsonl", problem -> {
          found.add(problem);
          return found.size() < stopAfter;
        });
    return new Result(found, summary);
  }

  private static String lines(Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Several random datasets in one file (ids repeat across them), with faults injected by the seed. */
  private static String corpus(long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      String part = lines(RandomDatasets.of(seed * 10 + i));
      text.append(i == 0 ? part : part.substring(part.indexOf('\n') + 1));
    }
    List<String> all = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
    for (int fault = 0; fault < 3; fault++) {
      int at = random.nextInt(all.size());
      switch (random.nextInt(6)) {
        case 0 -> all.set(at, "");                                      // a blank line
        case 1 -> all.set(at, all.get(at).replace("\"", "'"));          // broken syntax
        case 2 -> all.add(at, all.get(random.nextInt(all.size())));     // a record repeated
        case 3 -> all.set(at, all.get(at).replace("\"kind\":\"", "\"kind\":\"x")); // an unknown value
        case 4 -> all.set(0, all.get(1));                               // no header
        default -> all.set(at, all.get(at) + " {}");                    // trailing content
      }
    }
    return String.join("\n", all);
  }

  @Test
  void findsTheSameProblemsInTheSameOrderOnAnyNumberOfThreads() throws IOException {
    for (long seed = 0; seed < 60; seed++) {
      String text = corpus(seed);
      Result one = validate(ONE, text, Long.MAX_VALUE);
      for (int threads : new int[] {2, 3}) {
        Result many = validate(ONE.withThreads(threads), text, Long.MAX_VALUE);
        assertThat(many.problems()).as("seed %d, %d threads", seed, threads).isEqualTo(one.problems());
        assertThat(many.summary()).as("seed %d, %d threads", seed, threads).isEqualTo(one.summary());
      }
      assertThat(one.problems()).as("seed %d finds something to compare", seed).isNotEmpty();
    }
  }

  @Test
  void stopsWhereOneThreadStops() throws IOException {
    String text = corpus(7);
    for (long stopAfter : new long[] {1, 5, 20}) {
      Result one = validate(ONE, text, stopAfter);
      Result many = validate(ONE.withThreads(2), text, stopAfter);

      assertThat(many.problems()).hasSize((int) stopAfter).isEqualTo(one.problems());
      assertThat(many.summary()).isEqualTo(one.summary());
      assertThat(many.summary().stopped()).isTrue();
    }
  }

  @Test
  void findsNothingInAValidFileAndSaysAnEmptyFileIsEmpty() throws IOException {
    Result valid = validate(ONE.withThreads(2), lines(Fixtures.dataset()), Long.MAX_VALUE);
    Result empty = validate(ONE.withThreads(2), "", Long.MAX_VALUE);

    assertThat(valid.problems()).isEmpty();
    assertThat(valid.summary()).isEqualTo(new ValidationSummary(12, 0, 0, false));
    assertThat(empty.problems()).extracting(Problem::toString).containsExactly("f.jsonl:1:1: error json.missing-version"
        + " (document): the file is empty; a JSON Lines file starts with the header line {\"parley\":\"1.2\"}");
    assertThat(empty.summary()).isEqualTo(new ValidationSummary(0, 1, 0, false));
    assertThat(empty).isEqualTo(validate(ONE, "", Long.MAX_VALUE));
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatThrownBy(() -> ONE.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for threads (must be 1 or more): 0");
  }
}
