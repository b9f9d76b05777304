package org.parley.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.Column;
import org.parley.export.Table;
import org.parley.export.Tables;
import org.parley.json.ParleyJson;
import org.parley.model.Dataset;
import org.parley.testing.RandomDatasets;

/**
 * The seed dataset's tables written as Parquet files and as a DuckDB database, queried back with SQL:
 * every cell as the CSV table has it, each column of its SQL type, and the counts and joins an
 * analyst would run giving what the CSV tables give.
 */
class SqlExportTest {

  private static Dataset seeds;
  private static List<Table> tables;

  @TempDir
  Path dir;

  @BeforeAll
  static void readSeeds() throws IOException {
    seeds = ParleyJson.standard().read(Path.of("..", "seeds", "istanbul-2025.parley.json"));
    tables = Tables.of(seeds);
  }

  private static Connection duckdb(String file) throws SQLException {
    Properties readOnly = new Properties();
    if (!file.isEmpty()) {
      readOnly.setProperty("duckdb.read_only", "true");
    }
    return new DuckDBDriver().connect("jdbc:duckdb:" + file, readOnly);
  }

  private static List<List<Object>> query(Connection db, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object value = rs.getObject(i);
          row.add(value instanceof Array a ? Arrays.asList((Object[]) a.getArray()) : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static long count(Connection db, String sql) throws SQLException {
    return ((Number) query(db, sql).get(0).get(0)).longValue();
  }

  /** A typed value back as the CSV cell it came from. */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
    return value.toString();
  }

  /** The table's rows as cells, its columns in the CSV's order (the {@code _day} columns left out). */
  private static List<List<String>> cells(Connection db, Table table, String from) throws SQLException {
    String columns = table.columns().stream().map(c -> SqlExport.quote(c.name())).collect(Collectors.joining(", "));
    return query(db, "SELECT " + columns + " FROM " + from).stream()
        .map(row -> row.stream().map(SqlExportTest::cell).toList()).toList();
  }

  private static String parquet(Path file) {
    return "read_parquet('" + file.toString().replace("'", "''") + "')";
  }

  @Test
  void writesOneParquetFilePerTableWithEveryCellAsTheCsvTableHasIt() throws Exception {
    List<Path> written = SqlExport.writeParquet(seeds, dir);

    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("claims.parquet",
        "evidence.parquet", "actors.parquet", "sources.parquet", "agreements.parquet", "reconciliation.parquet");
    assertThat(SqlExport.parquetFileNames()).containsExactlyElementsOf(
        written.stream().map(p -> p.getFileName().toString()).toList());
    try (Connection db = duckdb("")) {
      for (int t = 0; t < tables.size(); t++) {
        Table table = tables.get(t);
        assertThat(cells(db, table, parquet(written.get(t)))).as(table.name()).containsExactlyElementsOf(table.rows());
      }
    }
  }

  @Test
  void typesEachColumnAsTheCodebookSaysWithADayColumnBesideEachDate() throws Exception {
    List<Path> written = SqlExport.writeParquet(seeds, dir);

    try (Connection db = duckdb("")) {
      for (int t = 0; t < tables.size(); t++) {
        List<String> expected = new ArrayList<>();
        for (Column c : tables.get(t).columns()) {
          expected.add(c.name() + " " + c.type().sql());
          if (c.type() == Column.Type.DATE) {
            expected.add(c.name() + "_day DATE");
          }
        }
        assertThat(query(db, "DESCRIBE SELECT * FROM " + parquet(written.get(t))))
            .extracting(row -> row.get(0) + " " + row.get(1)).as(tables.get(t).name()).containsExactlyElementsOf(expected);
      }
      // A whole day is a DATE; a month or a year alone is no day.
      assertThat(query(db, "SELECT date, date_day FROM " + parquet(dir.resolve("claims.parquet"))
          + " WHERE length(date) = 10 LIMIT 1")).first()
          .satisfies(row -> assertThat(row.get(1)).isEqualTo(LocalDate.parse((String) row.get(0))));
      assertThat(count(db, "SELECT count(*) FROM " + parquet(dir.resolve("claims.parquet"))
          + " WHERE date IS NOT NULL AND length(date) < 10 AND date_day IS NOT NULL")).isZero();
      assertThat(count(db, "SELECT count(*) FROM " + parquet(dir.resolve("claims.parquet"))
          + " WHERE length(date) = 10 AND date_day = CAST(date AS DATE)")).isEqualTo(tables.get(0).rows().stream()
          .filter(r -> r.get(tables.get(0).header().indexOf("date")).length() == 10).count());
    }
  }

  @Test
  void aDatabaseFileHoldsTheSixTablesAndAnswersAnAnalystsCountsAndJoinsAsTheCsvDoes() throws Exception {
    Path file = dir.resolve("istanbul.duckdb");

    SqlExport.writeDatabase(seeds, file);

    Table claims = tables.get(0);
    Table evidence = tables.get(1);
    int type = claims.header().indexOf("claim_type");
    try (Connection db = duckdb(file.toString())) {
      assertThat(query(db, "SELECT table_name FROM information_schema.tables ORDER BY table_name"))
          .extracting(row -> row.get(0)).containsExactly("actors", "agreements", "claims", "evidence",
              "reconciliation", "sources");
      for (Table table : tables) {
        assertThat(cells(db, table, SqlExport.quote(table.name()))).as(table.name())
            .containsExactlyElementsOf(table.rows());
      }
      // Claims by type, as a journalist counts them.
      List<String> byType = query(db, "SELECT claim_type, count(*) FROM claims GROUP BY claim_type ORDER BY 1")
          .stream().map(r -> r.get(0) + "=" + r.get(1)).toList();
      assertThat(byType).containsExactlyElementsOf(claims.rows().stream()
          .collect(Collectors.groupingBy(r -> r.get(type), java.util.TreeMap::new, Collectors.counting()))
          .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
      // Every evidence passage joins its claim, and the passages of the statements count as in the CSV.
      assertThat(count(db, "SELECT count(*) FROM evidence e JOIN claims c ON c.claim = e.claim"))
          .isEqualTo(evidence.rows().size());
      java.util.Set<String> statements = claims.rows().stream().filter(r -> r.get(type).equals("statement"))
          .map(r -> r.get(0)).collect(Collectors.toSet());
      assertThat(count(db, "SELECT count(*) FROM evidence e JOIN claims c USING (claim)"
          + " WHERE c.claim_type = 'statement'"))
          .isEqualTo(evidence.rows().stream().filter(r -> statements.contains(r.get(0))).count());
      // Lists are lists: the actors that name an alias.
      assertThat(count(db, "SELECT count(*) FROM actors WHERE len(aliases) > 0")).isEqualTo(tables.get(2).rows()
          .stream().filter(r -> !r.get(tables.get(2).header().indexOf("aliases")).isEmpty()).count());
    }
  }

  @Test
  void writesRandomDatasetsCellForCell() throws Exception {
    for (long seed = 0; seed < 20; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      Path out = dir.resolve("random-" + seed);
      List<Path> written = SqlExport.writeParquet(dataset, out);
      List<Table> expected = Tables.of(dataset);
      try (Connection db = duckdb("")) {
        for (int t = 0; t < expected.size(); t++) {
          assertThat(cells(db, expected.get(t), parquet(written.get(t)))).as(seed + " " + expected.get(t).name())
              .containsExactlyElementsOf(expected.get(t).rows());
        }
      }
    }
  }

  @Test
  void aFolderThatIsAFileIsRefusedAndNothingIsWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> SqlExport.writeParquet(seeds, file)).isInstanceOf(IOException.class);
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void replacesAnEarlierDatabaseFileWhole() throws Exception {
    Path file = dir.resolve("x.duckdb");
    SqlExport.writeDatabase(RandomDatasets.of(3), file);

    SqlExport.writeDatabase(seeds, file);

    try (Connection db = duckdb(file.toString())) {
      assertThat(count(db, "SELECT count(*) FROM claims")).isEqualTo(tables.get(0).rows().size());
    }
  }
}
