package org.parley.json;

import static org.parley.json.LineKinds.kindOf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Fixtures;

class JsonLinesTest {

  private static final String HEADER = "{\"parley\":\"1.0\"}\n";
  private static final String ACTOR = "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\"}}\n";

  private static List<JsonLine> read(String text) {
    try (Stream<JsonLine> lines = ParleyJson.standard().readLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      return lines.collect(Collectors.toList());
    }
  }

  private static String describe(List<JsonLine> lines) {
    return lines.stream().map(l -> l.lineNumber() + " " + l.error().map(e -> e.code() + " " + e.problem().pointer())
        .orElse(kindOf(l))).collect(Collectors.joining("\n"));
  }

  @Test
  void writesAHeaderThenOneRecordPerLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(Fixtures.dataset(), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());

    assertThat(lines).hasSize(1 + 8 + 2 + 1 + 1);
    assertThat(lines.get(0)).isEqualTo("{\"parley\":\"1.2\"}");
    assertThat(lines.get(1)).startsWith("{\"actor\":{\"id\":\"actor:russia\"");
    assertThat(lines.get(9)).startsWith("{\"negotiation\":{");
    assertThat(lines.get(11)).startsWith("{\"source\":{");
    assertThat(lines.get(12)).startsWith("{\"report\":{");
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}}\n").doesNotContain("\r");
  }

  @Test
  void reportsABadLineWithItsNumberAndGoesOnWithTheRest() {
    String text = HEADER + ACTOR + "{\"actor\":{\"id\":\"actor:b\",\"kind\":\"country\",\"name\":\"B\"}}\n" + "{oops\n" + ACTOR;

    List<JsonLine> lines = read(text);

    assertThat(describe(lines)).isEqualTo("2 ACTOR\n3 json.unknown-value /actor/kind\n4 json.syntax \n5 ACTOR");
    assertThat(lines.get(1).error().orElseThrow().getMessage())
        .isEqualTo("3:33: error json.unknown-value /actor/kind: unknown value \"country\"; expected one of person, state, organization, group,"
            + " armed_group, state_force, international_organization, ngo, media");
  }

  @Test
  void saysTheHeaderIsMissingAndStillReadsTheFirstLinesRecord() {
    List<JsonLine> lines = read(ACTOR + ACTOR);

    assertThat(describe(lines)).isEqualTo("1 json.missing-version \n1 ACTOR\n2 ACTOR");
    assertThat(lines.get(0).error().orElseThrow().problem().message()).isEqualTo("the first line must state the format version,"
        + " {\"parley\":\"1.2\"}; this line is read as a record of format 1.2");
  }

  @Test
  void saysAnEmptyFileLacksItsHeader() {
    assertThat(describe(read(""))).isEqualTo("1 json.missing-version ");
  }

  @Test
  void refusesAnUnsupportedVersion() {
    assertThat(describe(read("{\"parley\":\"9.9\"}\n" + ACTOR))).isEqualTo("1 json.unsupported-version /parley\n2 ACTOR");
  }

  @Test
  void refusesAHeaderAfterTheFirstLine() {
    assertThat(describe(read(HEADER + HEADER))).isEqualTo("2 json.unknown-field /parley");
  }

  @Test
  void refusesALineWithTwoRecords() {
    String two = "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\"},\"actor\":{}}\n";

    assertThat(describe(read(HEADER + two))).isEqualTo("2 json.unknown-field /actor");
  }

  @Test
  void refusesABlankLineInTheMiddleButNotALineEndAtTheEnd() {
    assertThat(describe(read(HEADER + "\n" + ACTOR))).isEqualTo("2 json.empty \n3 ACTOR");
    assertThat(describe(read(HEADER + ACTOR))).isEqualTo("2 ACTOR");
  }

  @Test
  void acceptsWindowsLineEndsAndALastLineWithoutLineEnd() {
    assertThat(describe(read(HEADER.replace("\n", "\r\n") + ACTOR.replace("\n", "\r\n") + ACTOR.strip())))
        .isEqualTo("2 ACTOR\n3 ACTOR");
  }

  @Test
  void refusesALineLongerThanTheLimitAndReadsTheNext() {
    ParleyJson small = ParleyJson.builder().limits(ReadLimits.builder().maxLineLength(60).build()).build();
    String longLine = "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"" + "x".repeat(100) + "\"}}\n";

    List<JsonLine> lines = small.readLines(new ByteArrayInputStream((HEADER + longLine + ACTOR)
        .getBytes(StandardCharsets.UTF_8))).collect(Collectors.toList());

    assertThat(describe(lines)).isEqualTo("2 json.limit-exceeded \n3 ACTOR");
    assertThat(lines.get(0).error().orElseThrow().problem().message()).isEqualTo("the line is longer than the limit of 60 bytes");
  }

  @Test
  void readsLinesLongerThanItsBuffer() {
    String name = "ü".repeat(100_000);
    String line = "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"" + name + "\"}}\n";

    List<JsonLine> lines = read(HEADER + line + line);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).actor().orElseThrow().name()).isEqualTo(name);
  }

  @Test
  void closingTheStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream((HEADER + ACTOR).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };

    try (Stream<JsonLine> lines = ParleyJson.standard().readLines(in)) {
      assertThat(lines.count()).isEqualTo(1);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fixture.jsonl");
    ParleyJson.standard().writeLines(Fixtures.dataset(), file);

    try (Stream<JsonLine> lines = ParleyJson.standard().readLines(file)) {
      assertThat(lines.filter(l -> l.report().isPresent()).map(l -> l.report().orElseThrow()))
          .containsExactly(Fixtures.report());
    }
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("fixture.jsonl");
  }
}
