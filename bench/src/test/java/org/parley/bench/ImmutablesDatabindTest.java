package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import tools.jackson.databind.ObjectReader;

/** The databind peer reads every line into the very records Parley's reader gives: an honest peer. */
class ImmutablesDatabindTest {

  private static void assertSameRecords(Path file) throws IOException {
    ObjectReader peer = ImmutablesDatabind.mapper().readerFor(ImmutablesDatabind.Line.class);
    List<String> lines = Files.readAllLines(file);
    List<JsonLine> parley;
    try (Stream<JsonLine> read = ParleyJson.standard().readLines(file)) {
      parley = read.toList();
    }
    assertThat(parley).hasSize(lines.size() - 1).noneMatch(JsonLine::isError);
    for (int i = 1; i < lines.size(); i++) {
      ImmutablesDatabind.Line line = peer.readValue(lines.get(i));
      Object record = Stream.of(line.actor(), line.negotiation(), line.agreement(), line.source(), line.report())
          .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      JsonLine expected = parley.get(i - 1);
      assertThat(record).as("line %d", i + 1).isEqualTo(Stream.of(expected.actor(), expected.negotiation(),
          expected.agreement(), expected.source(), expected.report()).flatMap(java.util.Optional::stream)
          .findFirst().orElseThrow());
    }
  }

  @Test
  void readsTheBenchmarkCorpusIntoTheRecordsParleysReaderGives(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    Corpus.write(corpus, 300_000, 2025);

    assertSameRecords(corpus);
  }

  @Test
  void readsTheSeedDatasetIntoTheRecordsParleysReaderGives() throws IOException {
    assertSameRecords(Path.of("..", "seeds", "istanbul-2025.parley.jsonl"));
  }
}
