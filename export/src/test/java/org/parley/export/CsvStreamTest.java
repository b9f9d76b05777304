package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

/** The streamed CSV tables are those of the whole dataset, byte for byte, and an unfinished export leaves nothing. */
class CsvStreamTest {

  @TempDir
  Path dir;

  /** The dataset as a pool keeps it: the first record of each id. */
  private static Dataset pooled(Dataset dataset) {
    Set<Object> seen = new HashSet<>();
    return Dataset.builder()
        .actors(dataset.actors().stream().filter(a -> seen.add(a.id())).toList())
        .negotiations(dataset.negotiations().stream().filter(n -> seen.add(n.id())).toList())
        .agreements(dataset.agreements().stream().filter(a -> seen.add(a.id())).toList())
        .sources(dataset.sources().stream().filter(s -> seen.add(s.id())).toList())
        .reports(dataset.reports().stream().filter(r -> seen.add(r.id())).toList())
        .build();
  }

  private static List<Path> stream(Dataset dataset, Path out, CsvExport.Cells cells) throws IOException {
    try (CsvStream csv = CsvStream.into(out, cells)) {
      csv.all(dataset);
      return csv.finish();
    }
  }

  private void assertSameFiles(Dataset dataset, String name, CsvExport.Cells cells) throws IOException {
    List<Path> whole = CsvExport.write(pooled(dataset), dir.resolve(name + "-whole"), cells);
    List<Path> streamed = stream(dataset, dir.resolve(name + "-streamed"), cells);

    assertThat(streamed).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(CsvExport.fileNames());
    for (int i = 0; i < whole.size(); i++) {
      assertThat(Files.readString(streamed.get(i))).as(name + " " + streamed.get(i).getFileName())
          .isEqualTo(Files.readString(whole.get(i)));
    }
    try (Stream<Path> files = Files.list(dir.resolve(name + "-streamed"))) {
      assertThat(files).hasSize(6);   // no temporary file left
    }
  }

  @Test
  void writesTheFixtureAndRandomDatasetsByteForByteAsTheWholeDatasetExport() throws IOException {
    assertSameFiles(Fixtures.dataset(), "fixture", CsvExport.Cells.SPREADSHEET_SAFE);
    for (long seed = 0; seed < 40; seed++) {
      assertSameFiles(RandomDatasets.of(seed), "random-" + seed, seed % 2 == 0 ? CsvExport.Cells.SPREADSHEET_SAFE
          : CsvExport.Cells.AS_IS);
    }
  }

  @Test
  void ploverRecordsAndPaxRowsStreamAsTheWholeDatasetGivesThem() throws IOException {
    for (long seed = 0; seed < 40; seed++) {
      Dataset dataset = pooled(RandomDatasets.of(seed));
      StringBuilder whole = new StringBuilder();
      for (var record : PloverExport.export(dataset).records()) {
        whole.append(record).append('\n');
      }
      java.io.ByteArrayOutputStream plover = new java.io.ByteArrayOutputStream();
      PloverExport.Writer writer = new PloverExport.Writer(plover);
      writer.all(dataset);

      assertThat(writer.finish()).as("seed " + seed).isEqualTo(PloverExport.export(dataset).leftOut());
      assertThat(plover.toString(java.nio.charset.StandardCharsets.UTF_8)).as("seed " + seed).isEqualTo(whole.toString());

      java.io.ByteArrayOutputStream paxWhole = new java.io.ByteArrayOutputStream();
      CsvExport.write(PaxExport.table(dataset), paxWhole, CsvExport.Cells.SPREADSHEET_SAFE);
      java.io.ByteArrayOutputStream pax = new java.io.ByteArrayOutputStream();
      PaxExport.Writer rows = new PaxExport.Writer(pax, CsvExport.Cells.SPREADSHEET_SAFE);
      rows.all(dataset);
      rows.finish();
      assertThat(pax.toString(java.nio.charset.StandardCharsets.UTF_8)).as("seed " + seed)
          .isEqualTo(paxWhole.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void refusesAnActorAfterAReportAndLeavesNoFileBehind() throws IOException {
    Path out = dir.resolve("late");
    Dataset dataset = Fixtures.dataset();

    try (CsvStream csv = CsvStream.into(out, CsvExport.Cells.SPREADSHEET_SAFE)) {
      dataset.actors().forEach(csv::actor);
      dataset.negotiations().forEach(csv::negotiation);
      dataset.sources().forEach(csv::source);
      csv.report(dataset.reports().get(0));
      assertThatThrownBy(() -> csv.actor(Actor.builder().from(dataset.actors().get(0))
          .id(org.parley.model.ActorId.of("actor:late")).build()))
          .isInstanceOf(TableStream.IndexAfterReport.class)
          .hasMessage("the actor actor:late comes after a report; a streamed export needs every actor, negotiation,"
              + " agreement and source before the first report");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
