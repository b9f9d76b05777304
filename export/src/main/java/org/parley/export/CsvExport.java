package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.files.AtomicFile;
import org.parley.model.Dataset;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a dataset as tidy CSV tables, one file per table ({@code claims.csv}, {@code evidence.csv},
 * {@code actors.csv}, {@code sources.csv}, {@code agreements.csv}, {@code reconciliation.csv}): UTF-8
 * without a byte-order mark, RFC 4180 (comma, double quotes doubled, CRLF line ends), a header row,
 * an empty cell for an absent value, and by default no cell a spreadsheet would run as a formula
 * ({@link Cells}). Quoting is Jackson's CSV module's, not hand-written.
 */
public final class CsvExport {

  /** Quotes a cell only when RFC 4180 requires it (a comma, a double quote or a line break in it). */
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvExport() {}

  /**
   * How text cells are written. A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that
   * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula,
   * so a name or a quote in the data could run as one when a journalist opens the table (CSV
   * injection); by default such cells are written with a leading {@code '}, as OWASP's guidance on
   * CSV injection says, which a spreadsheet shows as text and a program can strip.
   */
  public enum Cells {
    /**
     * The default: a text or list cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
     * tab or a carriage return gets a leading {@code '}; every other cell is written as it is.
     */
    SPREADSHEET_SAFE,
    /** Every cell as the dataset has it, for programs that read the tables and never a spreadsheet. */
    AS_IS
  }

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /**
   * The cell as {@link Cells#SPREADSHEET_SAFE} writes it: with a leading {@code '} when it starts with a
   * character that makes a spreadsheet run it as a formula, otherwise unchanged.
   */
  public static String spreadsheetSafe(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The file names {@link #write} writes, in order. */
  public static List<String> fileNames() {
    return Tables.empty().stream().map(t -> t.name() + ".csv").toList();
  }

  /**
   * Writes every table of the dataset into {@code dir} (created if missing), each file replaced
   * atomically and durably ({@link AtomicFile}): a reader never sees half a file, a crash never leaves
   * one, a replaced file keeps its permissions, and a failure leaves the earlier files as they were.
   *
   * @return the files written
   * @throws IOException if the folder cannot be created or a file cannot be written
   */
  public static List<Path> write(Dataset dataset, Path dir) throws IOException {
    return write(dataset, dir, Cells.SPREADSHEET_SAFE);
  }

  /** As {@link #write(Dataset, Path)}, with text cells written as {@code cells} says. */
  public static List<Path> write(Dataset dataset, Path dir, Cells cells) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Table table : Tables.of(dataset)) {
      Path target = dir.resolve(table.name() + ".csv");
      AtomicFile.write(target, out -> write(table, out, cells));
      written.add(target);
    }
    return written;
  }

  /** Writes one table, header first, as UTF-8 CSV, spreadsheet-safe ({@link Cells}); leaves {@code out} open. */
  public static void write(Table table, OutputStream out) throws IOException {
    write(table, out, Cells.SPREADSHEET_SAFE);
  }

  /** Writes one table, header first, as UTF-8 CSV with text cells as {@code cells} says; leaves {@code out} open. */
  public static void write(Table table, OutputStream out, Cells cells) throws IOException {
    try (Rows rows = new Rows(table.name(), table.columns(), out, cells)) {
      for (List<String> row : table.rows()) {
        rows.write(row);
      }
    }
  }

  /**
   * A table written row by row as the rows come: the header first, then each row, text cells as
   * {@link Cells} says; closing it flushes and leaves the stream open. So a table never needs all its
   * rows at once ({@link CsvStream}).
   */
  static final class Rows implements java.io.Closeable {
    private final String name;
    private final SequenceWriter out;
    /** Which columns hold the dataset's own words, to be made spreadsheet-safe; null for every cell as it is. */
    private final boolean[] text;

    Rows(String name, List<Column> columns, OutputStream stream, Cells cells) throws IOException {
      this.name = name;
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
      columns.forEach(c -> schema.addColumn(c.name()));
      if (cells == Cells.AS_IS) {
        text = null;
      } else {
        // Only text and list cells hold the dataset's own words; numbers, dates and wire names are Parley's.
        text = new boolean[columns.size()];
        for (int c = 0; c < text.length; c++) {
          Column.Type type = columns.get(c).type();
          text[c] = type == Column.Type.TEXT || type == Column.Type.LIST;
        }
      }
      try {
        out = MAPPER.writer(schema.build()).without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .writeValues(stream);
        // The header is written as the first row, so a table without rows still has it.
        out.write(columns.stream().map(Column::name).toList());
      } catch (JacksonException e) {
        throw failed(name, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    void write(List<String> row) throws IOException {
      List<String> cells = row;
      if (text != null) {
        cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
          cells.add(text[c] ? spreadsheetSafe(row.get(c)) : row.get(c));
        }
      }
      try {
        out.write(cells);
      } catch (JacksonException e) {
        throw failed(name, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (JacksonException e) {
        throw failed(name, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private static IOException failed(String name, JacksonException e) {
      return new IOException("could not write " + name + ".csv: " + e.getOriginalMessage(), e);
    }
  }
}
