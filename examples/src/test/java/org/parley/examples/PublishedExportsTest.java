package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.export.CsvExport;
import org.parley.export.PaxExport;
import org.parley.export.PloverExport;
import org.parley.export.Table;
import org.parley.export.Tables;
import org.parley.model.Dataset;

/** The exports published under {@code seeds/exports/} are what the code produces from the seeds. */
class PublishedExportsTest {

  private static final Path EXPORTS = Path.of("..", "seeds", "exports");
  private static final String STALE = "seeds/exports is out of date; run the main job (see the README) to regenerate it";

  private final Dataset dataset = Istanbul2025.dataset();

  @Test
  void thePublishedTablesAreCurrent() throws IOException {
    for (Table table : Tables.of(dataset)) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      CsvExport.write(table, expected);

      assertThat(Files.readAllBytes(EXPORTS.resolve(table.name() + ".csv"))).as(STALE + " (" + table.name() + ")")
          .isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void thePublishedPloverRecordsAreCurrent() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    PloverExport.write(dataset, expected);

    assertThat(Files.readAllBytes(EXPORTS.resolve("istanbul-2025.plover.jsonl"))).as(STALE)
        .isEqualTo(expected.toByteArray());
  }

  @Test
  void thePublishedPaxRowsAreCurrent() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    CsvExport.write(PaxExport.table(dataset), expected);

    assertThat(Files.readAllBytes(EXPORTS.resolve("istanbul-2025.pax.csv"))).as(STALE)
        .isEqualTo(expected.toByteArray());
  }

  @Test
  void publishesNothingElse() throws IOException {
    try (Stream<Path> files = Files.list(EXPORTS)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("actors.csv", "agreements.csv",
          "claims.csv", "evidence.csv", "istanbul-2025.pax.csv", "istanbul-2025.plover.jsonl", "reconciliation.csv",
          "sources.csv");
    }
  }
}
