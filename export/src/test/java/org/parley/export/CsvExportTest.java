package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Fixtures;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvExportTest {

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** The rows of a written file as maps by header, read back with the CSV module. */
  private static List<Map<String, String>> read(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String claim) {
    return rows.stream().filter(r -> r.get("claim").equals(claim)).findFirst().orElseThrow();
  }

  @Test
  void writesEveryTableWithItsHeaderAndReadsBackCellForCell(@TempDir Path dir) throws IOException {
    List<Path> written = CsvExport.write(Fixtures.dataset(), dir);

    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("claims.csv", "evidence.csv",
        "actors.csv", "sources.csv", "agreements.csv", "reconciliation.csv");
    assertThat(Files.list(dir)).hasSize(6);
    List<Map<String, String>> claims = read(dir.resolve("claims.csv"));
    assertThat(claims.get(0).keySet()).containsExactlyElementsOf(
        Tables.CLAIM_COLUMNS.stream().map(Column::name).toList());
    assertThat(claims).extracting(r -> r.get("claim_type")).containsExactly("date", "venue", "duration",
        "delegation", "member", "delegation", "member", "delegation", "member", "demand", "response", "outcome",
        "quantity", "statement", "title");

    Map<String, String> demand = row(claims, "report:fixture-article#/demands/0");
    assertThat(demand).containsEntry("actor_id", "actor:russia").containsEntry("actor_name", "Russia")
        .containsEntry("counterpart_id", "actor:ukraine").containsEntry("issue", "territory")
        .containsEntry("value", "withdraw from Donetsk and Luhansk").containsEntry("source_kind", "news")
        .containsEntry("evidence_count", "1").containsEntry("parent", "").containsEntry("verdict", "");
    Map<String, String> response = row(claims, "report:fixture-article#/demands/0/response");
    assertThat(response).containsEntry("parent", "report:fixture-article#/demands/0")
        .containsEntry("actor_id", "actor:rustem-umerov").containsEntry("counterpart_id", "actor:russia")
        .containsEntry("status", "rejected").containsEntry("value", "calling it \"detached from reality\"");
    Map<String, String> quantity = row(claims, "report:fixture-article#/outcomes/0/quantities/0");
    assertThat(quantity).containsEntry("amount", "1000").containsEntry("unit", "prisoners of war")
        .containsEntry("basis", "per_party").containsEntry("qualifier", "exact")
        .containsEntry("parent", "report:fixture-article#/outcomes/0");
    Map<String, String> date = row(claims, "report:fixture-article#/date");
    assertThat(date).containsEntry("date", "2025-05").containsEntry("date_weekday", "Friday")
        .containsEntry("date_role", "held").containsEntry("evidence_text", "on Friday");
    Map<String, String> title = row(claims, "report:fixture-article#/titles/0");
    assertThat(title).containsEntry("verdict", "false")
        .containsEntry("assessment_note", "Donald Trump is President of the United States");
    int start = Integer.parseInt(date.get("evidence_start"));
    assertThat(Fixtures.ARTICLE.codePoints().skip(start).limit(9)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
        .isEqualTo("on Friday");
    assertThat(date.get("evidence_end")).isEqualTo(String.valueOf(start + 9));

    List<Map<String, String>> evidence = read(dir.resolve("evidence.csv"));
    assertThat(evidence).hasSize(15);
    List<Map<String, String>> actors = read(dir.resolve("actors.csv"));
    assertThat(actors.get(0)).containsEntry("id", "actor:russia").containsEntry("anonymous", "false")
        .containsEntry("aliases", "Russian Federation;Moscow").containsEntry("country", "RUS");
    assertThat(read(dir.resolve("sources.csv")).get(0)).containsEntry("published", "2025-05-16")
        .containsEntry("cites", "actor:reuters");
    List<Map<String, String>> reconciliation = read(dir.resolve("reconciliation.csv"));
    assertThat(reconciliation).allSatisfy(r -> assertThat(r.get("classification")).isEqualTo("single_source"));
  }

  @Test
  void replacesEachTableWhollyKeepingItsPermissionsAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path claims = dir.resolve("claims.csv");
    Files.writeString(claims, "an older table");
    Files.setPosixFilePermissions(claims, PosixFilePermissions.fromString("rw-r-----"));
    Path usual = Files.createFile(dir.resolve("usual.txt"));

    List<Path> written = CsvExport.write(Fixtures.dataset(), dir);

    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(CsvExport.fileNames());
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(java.util.stream.Stream.concat(CsvExport.fileNames().stream(), java.util.stream.Stream.of("usual.txt"))
              .sorted().toList());
    }
    assertThat(Files.readString(claims)).startsWith("claim,parent,report,").doesNotContain("an older table");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(claims))).isEqualTo("rw-r-----");
    assertThat(Files.getPosixFilePermissions(dir.resolve("actors.csv"))).isEqualTo(Files.getPosixFilePermissions(usual))
        .contains(PosixFilePermission.OTHERS_READ);
  }

  @Test
  void writesRfc4180WithCrlfAndQuotesOnlyWhereNeeded() throws IOException {
    Table table = new Table("t", "a test row", List.of(Column.text("a", "a"), Column.text("b", "b")),
        List.of(List.of("plain", "with, comma"), List.of("with \"quote\"", "two\nlines"), List.of("", "Türkiye’s")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CsvExport.write(table, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "a,b\r\nplain,\"with, comma\"\r\n\"with \"\"quote\"\"\",\"two\nlines\"\r\n,Türkiye’s\r\n");
  }

  @Test
  void writesTheHeaderOfATableWithoutRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CsvExport.write(Tables.agreements(Fixtures.dataset()), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("id,name,type,negotiation\r\n");
  }

  @Test
  void refusesARowThatDoesNotFitTheColumns() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Table("t", "r", List.of(Column.text("a", "a")),
        List.of(List.of("x", "y")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: a row of 2 cells for 1 columns");
  }
}
