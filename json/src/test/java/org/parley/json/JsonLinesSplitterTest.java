package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines split in one place and parsed in another read exactly as {@link ParleyJson#readLines} reads them. */
class JsonLinesSplitterTest {

  private static final ParleyJson JSON = ParleyJson.builder().limits(ReadLimits.builder().maxLineLength(200).build())
      .build();
  private static final String ACTOR = "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\"}}";

  private static List<String> inPlace(String text) {
    try (Stream<JsonLine> lines = JSON.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      return lines.map(line -> line.isError() ? line.error().orElseThrow().problems().stream()
          .map(p -> p.inFile("f.jsonl").toString()).collect(Collectors.joining("; ")) : line.toString()).toList();
    }
  }

  /** Split here, then each line parsed by a parser of its own, as on another worker. */
  private static List<String> splitAndParsed(String text) {
    List<JsonLinesSplitter.Line> lines = new ArrayList<>();
    String version;
    try (JsonLinesSplitter splitter = JsonLinesSplitter.of(JSON,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.jsonl")) {
      for (JsonLinesSplitter.Line line; (line = splitter.next()) != null; ) {
        lines.add(line);
      }
      version = splitter.version();
    }
    List<String> parsed = new ArrayList<>();
    java.util.Collections.reverse(lines);   // last first: no line depends on another parsed before it
    for (JsonLinesSplitter.Line line : lines) {
      List<String> these = JsonLinesSplitter.parser(JSON, "f.jsonl", version).parse(line).stream()
          .map(l -> l.isError() ? l.error().orElseThrow().problems().stream().map(Problem::toString)
              .collect(Collectors.joining("; ")) : l.toString()).toList();
      parsed.addAll(0, these);
    }
    return parsed;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"parley\":\"1.1\"}\n" + ACTOR + "\n",
      "{\"parley\":\"1.0\"}\n" + ACTOR + "\n\n{\"report\": x}\n",
      ACTOR + "\n" + ACTOR + "\n",
      "{\"parley\":\"9.9\"}\n" + ACTOR + "\n",
      "{\"parley\":\"1.1\"}\n{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\""
          + "a very long name that goes on and on and on and on and on and on and on and on and on and on and on and on"
          + " and on and on and on and on and on and on and on and on\"}}\n" + ACTOR,
      "not json\n" + ACTOR + "\n",
      ""})
  void readsEveryLineAsReadingInPlaceDoes(String text) {
    assertThat(splitAndParsed(text)).isEqualTo(inPlace(text)).isNotEmpty();
  }

  @Test
  void saysWhenLineOneIsNoHeader() {
    try (JsonLinesSplitter splitter = JsonLinesSplitter.of(JSON,
        new ByteArrayInputStream((ACTOR + "\n").getBytes(StandardCharsets.UTF_8)), "f.jsonl")) {
      splitter.next();
      assertThat(splitter.headerRead()).isFalse();
      assertThat(splitter.version()).isEqualTo("1.2");
    }
  }

  @Test
  void givesTheHeadersVersionAndNumbersTheLines() {
    try (JsonLinesSplitter splitter = JsonLinesSplitter.of(JSON,
        new ByteArrayInputStream(("{\"parley\":\"1.0\"}\r\n" + ACTOR).getBytes(StandardCharsets.UTF_8)), "f.jsonl")) {
      assertThat(splitter.version()).isNull();
      assertThat(splitter.next().number()).isEqualTo(1);
      assertThat(splitter.version()).isEqualTo("1.0");
      assertThat(splitter.headerRead()).isTrue();
      JsonLinesSplitter.Line second = splitter.next();
      assertThat(second.number()).isEqualTo(2);
      assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).isEqualTo(ACTOR);
      assertThat(splitter.next()).isNull();
    }
  }
}
