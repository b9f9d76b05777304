package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.SourceId;
import org.parley.testing.Fixtures;
import org.parley.validate.Validator;

class JsonDocumentValidatorTest {

  private final JsonDocumentValidator validator =
      new JsonDocumentValidator(ParleyJson.standard(), Validator.builder().texts(Fixtures.texts()).build());

  private static byte[] broken() {
    Demand demand = Fixtures.report().demands().get(0);
    Dataset dataset = Fixtures.withReport(r -> r.source(SourceId.of("source:missing"))
        .demands(List.of(Demand.builder().from(demand).addressee(demand.by()).build())));
    return ParleyJson.standard().writeBytes(dataset);
  }

  @Test
  void locatesEveryViolationByLineColumnAndPointer() {
    byte[] document = broken();
    List<Problem> found = new ArrayList<>();

    ValidationSummary summary = validator.validate(document, "broken.json", Long.MAX_VALUE, found::add);

    assertThat(found).extracting(Problem::toString).allMatch(p -> p.matches("broken\\.json:\\d+:\\d+: error .*"));
    assertThat(found).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "reference.unknown-source /reports/0/source", "demand.self-addressed /reports/0/demands/0/addressee");
    String[] lines = new String(document, StandardCharsets.UTF_8).split("\n");
    Problem source = found.get(0);
    assertThat(lines[(int) source.line() - 1].substring((int) source.column() - 1)).startsWith("\"source:missing\"");
    assertThat(summary).isEqualTo(new ValidationSummary(12, 2, 0, false));
  }

  @Test
  void stopsAtTheErrorThatReachesTheLimit() {
    List<Problem> found = new ArrayList<>();

    ValidationSummary summary = validator.validate(broken(), "", 1, found::add);

    assertThat(found).extracting(Problem::code).containsExactly("reference.unknown-source");
    assertThat(summary.stopped()).isTrue();
    assertThat(summary.errors()).isEqualTo(1);
  }

  @Test
  void givesReadErrorsAndNoRecordForADocumentItCannotRead() {
    List<Problem> found = new ArrayList<>();

    ValidationSummary summary = validator.validate("{\"parley\":\"1.1\",\"actors\":[{\"id\":7}]}"
        .getBytes(StandardCharsets.UTF_8), "bad.json", Long.MAX_VALUE, found::add);

    assertThat(found).extracting(Problem::toString).containsExactly(
        "bad.json:1:33: error json.wrong-type /actors/0/id: expected a string, found a number");
    assertThat(summary.records()).isZero();
    assertThat(summary.errors()).isEqualTo(found.size()).isPositive();
  }
}
