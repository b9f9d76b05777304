package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.testing.Fixtures;
import org.parley.validate.Validator;

class JsonLinesValidatorTest {

  private final JsonLinesValidator validator =
      new JsonLinesValidator(ParleyJson.standard(), Validator.builder().texts(Fixtures.texts()).build());

  private List<String> problems(String text, ValidationSummary[] summary) {
    List<Problem> found = new ArrayList<>();
    summary[0] = validator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), found::add);
    return found.stream().map(p -> p.line() + " " + p.severity().wireName() + " " + p.code() + " " + p.pointer())
        .collect(Collectors.toList());
  }

  private static String lines(Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findsNothingInTheFixture() throws IOException {
    ValidationSummary[] summary = new ValidationSummary[1];

    assertThat(problems(lines(Fixtures.dataset()), summary)).isEmpty();
    assertThat(summary[0].records()).isEqualTo(12);
    assertThat(summary[0].errors()).isZero();
  }

  @Test
  void placesReadErrorsAndViolationsOnTheirLines() throws IOException {
    Demand selfAddressed = Demand.builder().from(Fixtures.report().demands().get(0)).addressee(Fixtures.RUSSIA).build();
    Dataset dataset = Dataset.builder().from(Fixtures.withReport(r -> r.demands(List.of(selfAddressed))))
        .addActors(Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Trump again").build())
        .build();
    String text = lines(dataset).replace("\"kind\":\"organization\"", "\"kind\":\"company\"");
    ValidationSummary[] summary = new ValidationSummary[1];

    assertThat(problems(text, summary)).containsExactly(
        "9 error json.unknown-value /actor/kind",
        "14 error reference.unknown-actor /report/statements/0/attribution/0/actor",
        "14 error demand.self-addressed /report/demands/0/addressee",
        "10 error id.duplicate /actor/id",
        "13 error reference.unknown-actor /source/cites/0");
    assertThat(summary[0].records()).isEqualTo(13);
    assertThat(summary[0].errors()).isEqualTo(5);
  }

  @Test
  void namesTheLineOfTheFirstRecordWhenAnIdOrAnAccountRepeats() throws IOException {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addActors(Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Trump again").build())
        .addReports(Fixtures.report()).build();
    List<Problem> found = new ArrayList<>();

    validator.validate(new ByteArrayInputStream(lines(dataset).getBytes(StandardCharsets.UTF_8)), found::add);

    assertThat(found).extracting(p -> p.line() + " " + p.code() + " " + p.message()).containsExactly(
        "15 id.duplicate id report:fixture-article is already used by line 14; ids must be unique",
        "15 report.duplicate-account report report:fixture-article is a second account by source:fixture-article of"
            + " negotiation:istanbul-2025 (the first is line 14); one report per source and negotiation keeps sources"
            + " apart",
        "10 id.duplicate id actor:donald-trump is already used by line 8; ids must be unique");
  }

  @Test
  void stopsAtOnceWhenTheSinkSaysSoAndCountsWhatItRead() throws IOException {
    String text = lines(Fixtures.dataset()).replace("\"kind\":\"organization\"", "\"kind\":\"company\"")
        + "\n\n\n";
    List<String> seen = new ArrayList<>();

    ValidationSummary summary = validator.validateWhile(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "", p -> {
          seen.add(p.line() + " " + p.code());
          return seen.size() < 2;
        });
    ValidationSummary whole = validator.validate(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), p -> { });

    assertThat(seen).containsExactly("9 json.unknown-value", "13 reference.unknown-actor");
    assertThat(summary.records()).isEqualTo(12);
    assertThat(summary.errors()).isEqualTo(2);
    assertThat(summary.stopped()).isTrue();
    assertThat(summary).hasToString("12 records: 2 errors, 0 warnings (stopped)");
    assertThat(whole).hasToString("15 records: 6 errors, 0 warnings");
    assertThat(whole.stopped()).isFalse();
  }
}
