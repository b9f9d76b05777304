package org.parley.json;

import static org.parley.json.LineKinds.kindOf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.json.internal.reading.JsonIn;

/**
 * After a problem that leaves the JSON intact, reading goes on and reports every such problem of
 * the document in one run, leaving out the record or value at fault; it stops at broken syntax.
 */
class ReadingGoesOnTest {

  private static final String HEAD = "{\"parley\":\"1.1\",\"actors\":["
      + "{\"id\":\"actor:a\",\"kind\":\"country\",\"name\":\"A\"},"
      + "{\"id\":\"actor:b\",\"kind\":\"state\",\"name\":\"B\",\"nickname\":\"Bee\"},"
      + "{\"id\":\"actor:c\",\"kind\":\"state\",\"name\":\"C\"}],"
      + "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
      + "\"demands\":[{\"by\":\"actor:a\",\"issue\":\"territory\",\"description\":\"withdraw\"}],"
      + "\"outcomes\":[{\"kind\":\"agreement\",\"issue\":\"prisoners\",\"status\":\"agreed\",\"description\":\"swap\","
      + "\"quantities\":\"many\"}]}]";

  private static List<String> problems(String json) {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(json.getBytes(StandardCharsets.UTF_8)));
    return e.problems().stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.toList());
  }

  @Test
  void reportsEveryProblemThatLeavesTheJsonIntactInOneRun() {
    assertThat(problems(HEAD + "}")).containsExactly(
        "json.unknown-value /actors/0/kind",
        "json.unknown-field /actors/1/nickname",
        "json.missing-field /reports/0/demands/0",
        "json.wrong-type /reports/0/outcomes/0/quantities");
  }

  @Test
  void theExceptionIsTheFirstProblemAndItsMessageSaysWhere() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read((HEAD + "}").getBytes(StandardCharsets.UTF_8)));

    assertThat(e.code()).isEqualTo(ReadCodes.UNKNOWN_VALUE);
    assertThat(e.problem().pointer()).hasToString("/actors/0/kind");
    assertThat(e.problem()).isSameAs(e.problems().get(0));
    assertThat(e.problems()).hasSize(4);
    assertThat(e.getMessage()).isEqualTo("1:50: error json.unknown-value /actors/0/kind: unknown value \"country\";"
        + " expected one of person, state, organization, group, armed_group, state_force, international_organization,"
        + " ngo, media (and 3 more problems)");
  }

  @Test
  void stopsAtBrokenSyntaxAfterReportingWhatCameBefore() {
    assertThat(problems(HEAD + ",\"sources\":[{\"id\":")).containsExactly(
        "json.unknown-value /actors/0/kind",
        "json.unknown-field /actors/1/nickname",
        "json.missing-field /reports/0/demands/0",
        "json.wrong-type /reports/0/outcomes/0/quantities",
        "json.syntax /sources/0/id");
  }

  @Test
  void reportsEveryProblemOfAJsonLinesLineOnThatLine() {
    String lines = "{\"parley\":\"1.1\"}\n"
        + "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"country\",\"name\":\"A\",\"nickname\":\"Ay\"}}\n"
        + "{\"actor\":{\"id\":\"actor:b\",\"kind\":\"state\",\"name\":\"B\"}}\n";

    List<String> read;
    try (Stream<JsonLine> stream = ParleyJson.standard().readLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      read = stream.flatMap(l -> l.error().map(e -> e.problems().stream()
              .map(p -> p.line() + " " + p.code() + " " + p.pointer()))
          .orElse(Stream.of(l.lineNumber() + " " + kindOf(l)))).collect(Collectors.toList());
    }

    assertThat(read).containsExactly("2 json.unknown-value /actor/kind", "2 json.unknown-field /actor/nickname",
        "3 ACTOR");
  }

  @Test
  void stopsCollectingAtAThousandProblems() {
    StringBuilder json = new StringBuilder("{\"parley\":\"1.1\",\"actors\":[");
    for (int i = 0; i < 1500; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"actor:a").append(i).append("\",\"kind\":\"country\",\"name\":\"A\"}");
    }
    json.append("]}");

    assertThat(problems(json.toString())).hasSize(JsonIn.MAX_PROBLEMS);
  }

  @Test
  void reportsEveryProblemOfOneRecordAndLeavesOutOnlyThatRecord() {
    String json = "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"Actor A\",\"kind\":\"country\",\"name\":\"A\","
        + "\"aliases\":[\"a\",7]}],\"negotiations\":{}}";

    assertThat(problems(json)).containsExactly(
        "json.invalid-value /actors/0/id",
        "json.unknown-value /actors/0/kind",
        "json.wrong-type /actors/0/aliases/1",
        "json.wrong-type /negotiations");
  }
}
