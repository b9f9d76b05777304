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
import org.parley.export.StreamedTables;
import org.parley.export.TableStream;
import org.parley.files.AtomicFile;
import org.parley.model.Dataset;

/**
 * A dataset's tables ({@link org.parley.export.Tables}: claims, evidence, actors, sources, agreements, reconciliation)
 * for SQL: as Parquet files, one per table, or as one DuckDB database file. The columns are those of
 * the CSV tables, in their order, typed ({@link Column.Type#sql()}): whole numbers as {@code BIGINT},
 * booleans as {@code BOOLEAN}, lists as {@code VARCHAR[]}, everything else as {@code VARCHAR}; a date
 * keeps its precision as text and has a companion column {@code NAME_day} of type {@code DATE} holding
 * it when it is a whole day. An empty cell is {@code NULL}. The files are written by DuckDB (its JDBC
 * driver) into a temporary folder and then put in place atomically and durably ({@link AtomicFile}),
 * so a reader never sees half a file and a failure leaves the earlier files as they were. A JSON
 * Lines file can be written record by record without holding its reports ({@link #parquet}, {@link
 * #database}).
 */
public final class SqlExport {

  private SqlExport() {}

  /** The most memory DuckDB takes besides Java's heap while it writes; it spills to disk beyond. */
  static final String MEMORY_LIMIT = "512MB";

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
    try (Writer writer = parquet(dir)) {
      writer.all(dataset);
      return writer.finish();
    }
  }

  /**
   * Writes every table of the dataset as a table of one DuckDB database, {@code file} (replaced if it
   * is there).
   *
   * @throws IOException if the file cannot be written, or DuckDB fails (its message kept)
   */
  public static void writeDatabase(Dataset dataset, Path file) throws IOException {
    try (Writer writer = database(file)) {
      writer.all(dataset);
      writer.finish();
    }
  }

  /**
   * Parquet files of a dataset that arrives record by record, as a JSON Lines file is read, written
   * without holding its reports ({@link TableStream}: the index kept, each report's rows appended to
   * DuckDB as it comes); {@link Writer#finish} writes the files into {@code dir}.
   */
  public static Writer parquet(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new Writer(dir, true);
  }

  /** As {@link #parquet}, into one DuckDB database file. */
  public static Writer database(Path file) throws IOException {
    return new Writer(file, false);
  }

  /**
   * The tables of records that come one at a time, loaded into DuckDB as they come and written out
   * by {@link #finish}. An actor, negotiation, agreement or source after the first report is refused
   * with {@link TableStream.IndexAfterReport}. {@link #close} removes the temporary folder, finished or
   * not. Not thread-safe.
   */
  public static final class Writer extends StreamedTables {
    private final Path target;
    private final boolean parquet;
    private final Path work;
    private final DuckDBConnection db;
    private final List<String> names = new ArrayList<>();
    private boolean closed;

    private Writer(Path target, boolean parquet) throws IOException {
      this.target = target;
      this.parquet = parquet;
      work = Files.createTempDirectory("parley-sql");
      DuckDBConnection started = null;
      try {
        // A database on disk even for Parquet files: DuckDB then keeps a corpus's tables out of memory.
        started = connect(work.resolve("parley.duckdb").toString());
        // Bounded native memory too: beyond it DuckDB writes to the temporary folder.
        execute(started, "SET memory_limit = '" + MEMORY_LIMIT + "'");
        execute(started, "SET temp_directory = " + literal(work.resolve("spill")));
      } catch (IOException e) {
        if (started != null) {
          try {
            started.close();
          } catch (SQLException ignored) {
            // the failure being reported is the first one
          }
        }
        delete(work);
        throw e;
      }
      db = started;
      try {
        stream(this::open);
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    /** A table's rows, appended as text to a table of {@code VARCHAR}s, typed once complete. */
    private TableStream.Rows open(String name, List<Column> columns) throws IOException {
      String raw = "cells_" + name;
      execute(db, "CREATE TABLE " + quote(raw) + " ("
          + String.join(", ", columns.stream().map(c -> quote(c.name()) + " VARCHAR").toList()) + ")");
      DuckDBAppender appender;
      try {
        appender = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, raw);
      } catch (SQLException e) {
        throw failed("could not load the " + name + " table", e);
      }
      names.add(name);
      return new TableStream.Rows() {
        @Override
        public void write(List<String> row) throws IOException {
          try {
            appender.beginRow();
            for (String cell : row) {
              appender.append(cell);
            }
            appender.endRow();
          } catch (SQLException e) {
            throw failed("could not load the " + name + " table", e);
          }
        }

        @Override
        public void close() throws IOException {
          try {
            appender.close();
          } catch (SQLException e) {
            throw failed("could not load the " + name + " table", e);
          }
          execute(db, "CREATE TABLE " + quote(name) + " AS " + typedSelect(columns, raw));
          execute(db, "DROP TABLE " + quote(raw));
        }
      };
    }

    /**
     * Completes the tables and writes them out: the Parquet files in table order, or the database file.
     *
     * @return the files written
     */
    @Override
    public List<Path> finish() throws IOException {
      tables().finish();
      List<Path> made = new ArrayList<>();
      if (parquet) {
        for (String name : names) {
          Path file = work.resolve(name + ".parquet");
          execute(db, "COPY " + quote(name) + " TO " + literal(file) + " (FORMAT parquet)");
          made.add(file);
        }
      } else {
        execute(db, "CHECKPOINT");
        made.add(work.resolve("parley.duckdb"));
      }
      closeDatabase();
      List<Path> written = new ArrayList<>();
      for (Path file : made) {
        Path to = parquet ? target.resolve(file.getFileName().toString()) : target;
        AtomicFile.write(to, out -> Files.copy(file, out));
        written.add(to);
      }
      return written;
    }

    private void closeDatabase() throws IOException {
      if (!closed) {
        closed = true;
        try {
          db.close();
        } catch (SQLException e) {
          throw failed("could not close DuckDB", e);
        }
      }
    }

    /** Closes DuckDB and removes the temporary folder, whether or not the tables were written out. */
    @Override
    public void close() throws IOException {
      try {
        closeDatabase();
      } finally {
        delete(work);
      }
    }
  }

  /**
   * The SQL that turns a table's text cells, loaded as {@code VARCHAR} into {@code from}, into its
   * typed columns: one expression per column, and a second, {@code NAME_day}, per date column.
   */
  static String typedSelect(List<Column> of, String from) {
    List<String> columns = new ArrayList<>();
    for (Column column : of) {
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
