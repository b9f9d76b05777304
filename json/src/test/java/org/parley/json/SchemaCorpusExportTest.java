package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.testing.RandomDatasets;

/**
 * Writes what the Java writer produces for random datasets, as documents and as JSON Lines, to
 * {@code target/schema-corpus}, where the build's ajv check ({@code src/test/ajv/check.mjs}, run in
 * the verify phase) validates it with an implementation of JSON Schema independent of Java's.
 */
class SchemaCorpusExportTest {

  static final int DATASETS = 300;

  @Test
  void exportsRandomDatasetsAsTheWriterWritesThemAndTheReaderReadsThemBack() throws IOException {
    Path corpus = Files.createDirectories(Path.of(System.getProperty("schema.corpus", "target/schema-corpus")));
    ParleyJson compact = ParleyJson.builder().pretty(false).build();
    for (long seed = 0; seed < DATASETS; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      Path document = corpus.resolve(String.format("random-%03d.json", seed));
      Path lines = corpus.resolve(String.format("random-%03d.jsonl", seed));
      compact.write(dataset, document);
      compact.writeLines(dataset, lines);

      assertThat(compact.read(document)).isEqualTo(dataset);
    }

    try (Stream<Path> files = Files.list(corpus)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      assertThat(names).hasSize(2 * DATASETS).startsWith("random-000.json", "random-000.jsonl");
    }
  }
}
