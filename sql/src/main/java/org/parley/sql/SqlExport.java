package org.parley.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.parley.export.Column;
import org.parley.export.Table;
import org.parley.export.Tables;
import org.parley.files.AtomicFile;
import org.parley.model.Dataset;

/**
 * A dataset's tables ({@link Tables}: claims, evidence, actors, sources, agreements, reconciliation)
 * for SQL: as Parquet files, one per table, or as one DuckDB database file. The columns are those of
 * the CSV tables, in their order, typed ({@link Column.Type#sql()}): whole numbers as {@code BIGINT},
 * booleans as {@code BOOLEAN}, lists as {@code VARCHAR[]}, everything else as {@code VARCHAR}; a date
 * keeps its precision as text and has a companion column {@code NAME_day} of type {@code DATE} holding
 * it when it is a whole day. An empty cell is {@code NULL}. The files are written by DuckDB (its JDBC
 * driver) into a temporary folder and then put in place atomically and durably ({@link AtomicFile}),
 * so a reader never sees half a file and a failure leaves the earlier files as they were.
 */
public final class SqlExport {

  private SqlExport() {}

  /** The file names {@link #writeParquet} writes, in order. */
  public static List<String> parquetFileNames() {
    return org.parley.export.CsvExport.fileNames().stream().map(n -> n.replaceFirst("\\.csv$", ".parquet")).toList();
  }

  /**
   * Writes every table of the dataset into {@code dir} (created if missing) as {@code NAME.parquet}.
   *
   * @return the files written, in table order
   * @throws IOException if the folder or a file cannot be written, or DuckDB fails (its message kept)
   */
  public static List<Path> writeParquet(Dataset dataset, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path work = Files.createTempDirectory("parley-sql");
    try {
      List<Path> made = new ArrayList<>();
      try (DuckDBConnection db = connect("")) {
        for (Table table : Tables.of(dataset)) {
          load(db, table);
          Path file = work.resolve(table.name() + ".parquet");
          execute(db, "COPY " + quote(table.name()) + " TO " + literal(file) + " (FORMAT parquet)");
          made.add(file);
        }
      } catch (SQLException e) {
        throw failed("could not close DuckDB", e);
      }
      List<Path> written = new ArrayList<>();
      for (Path file : made) {
        Path target = dir.resolve(file.getFileName().toString());
        AtomicFile.write(target, out -> Files.copy(file, out));
        written.add(target);
      }
      return written;
    } finally {
      delete(work);
    }
  }

  /**
   * Writes every table of the dataset as a table of one DuckDB database, {@code file} (replaced if it
   * is there).
   *
   * @throws IOException if the file cannot be written, or DuckDB fails (its message kept)
   */
  public static void writeDatabase(Dataset dataset, Path file) throws IOException {
    Path work = Files.createTempDirectory("parley-sql");
    try {
      Path made = work.resolve("parley.duckdb");
      try (DuckDBConnection db = connect(made.toString())) {
        for (Table table : Tables.of(dataset)) {
          load(db, table);
        }
        execute(db, "CHECKPOINT");
      } catch (SQLException e) {
        throw failed("could not close DuckDB", e);
      }
      AtomicFile.write(file, out -> Files.copy(made, out));
    } finally {
      delete(work);
    }
  }

  /**
   * The SQL that turns a table's text cells, loaded as {@code VARCHAR} into {@code from}, into its
   * typed columns: one expression per column, and a second, {@code NAME_day}, per date column.
   */
  static String typedSelect(Table table, String from) {
    List<String> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      String name = quote(column.name());
      String cell = "NULLIF(" + name + ", '')";
      switch (column.type()) {
        case INTEGER, BOOLEAN -> columns.add("CAST(" + cell + " AS " + column.type().sql() + ") AS " + name);
        case LIST -> columns.add("string_split(" + cell + ", ';') AS " + name);
        case DATE -> {
          columns.add(cell + " AS " + name);
          columns.add("CAST(CASE WHEN length(" + name + ") = 10 THEN " + name + " END AS DATE) AS "
              + quote(column.name() + Column.Type.DAY_SUFFIX));
        }
        case TEXT, ENUM -> columns.add(cell + " AS " + name);
      }
    }
    return "SELECT " + String.join(", ", columns) + " FROM " + quote(from);
  }

  /** Loads a table's cells as text through DuckDB's appender, then makes the typed table of its name. */
  private static void load(DuckDBConnection db, Table table) throws IOException {
    String raw = "cells_" + table.name();
    List<String> columns = table.columns().stream().map(c -> quote(c.name()) + " VARCHAR").toList();
    execute(db, "CREATE TABLE " + quote(raw) + " (" + String.join(", ", columns) + ")");
    try (DuckDBAppender appender = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, raw)) {
      for (List<String> row : table.rows()) {
        appender.beginRow();
        for (String cell : row) {
          appender.append(cell);
        }
        appender.endRow();
      }
    } catch (SQLException e) {
      throw failed("could not load the " + table.name() + " table", e);
    }
    execute(db, "CREATE TABLE " + quote(table.name()) + " AS " + typedSelect(table, raw));
    execute(db, "DROP TABLE " + quote(raw));
  }

  private static DuckDBConnection connect(String file) throws IOException {
    try {
      return (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    } catch (SQLException e) {
      throw failed("could not start DuckDB", e);
    }
  }

  private static void execute(DuckDBConnection db, String sql) throws IOException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw failed("DuckDB could not run " + sql.split(" ", 3)[0] + " " + sql.split(" ", 3)[1], e);
    }
  }

  private static IOException failed(String what, SQLException e) {
    return new IOException(what + ": " + e.getMessage(), e);
  }

  /** A name as an SQL identifier: in double quotes, any inside doubled ("end", "text" are keywords). */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** A path as an SQL string literal. */
  private static String literal(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
