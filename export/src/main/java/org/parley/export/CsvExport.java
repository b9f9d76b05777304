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
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a dataset as tidy CSV tables, one file per table ({@code claims.csv}, {@code evidence.csv},
 * {@code actors.csv}, {@code sources.csv}, {@code agreements.csv}, {@code reconciliation.csv}): UTF-8
 * without a byte-order mark, RFC 4180 (comma, double quotes doubled, CRLF line ends), a header row,
 * an empty cell for an absent value. Quoting is Jackson's CSV module's, not hand-written.
 */
public final class CsvExport {

  /** Quotes a cell only when RFC 4180 requires it (a comma, a double quote or a line break in it). */
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvExport() {}

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
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Table table : Tables.of(dataset)) {
      Path target = dir.resolve(table.name() + ".csv");
      AtomicFile.write(target, out -> write(table, out));
      written.add(target);
    }
    return written;
  }

  /** Writes one table, header first, as UTF-8 CSV; leaves {@code out} open. */
  public static void write(Table table, OutputStream out) throws IOException {
    // The header is written as the first row, so a table without rows still has it.
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    table.header().forEach(schema::addColumn);
    List<List<String>> rows = new ArrayList<>(table.rows().size() + 1);
    rows.add(table.header());
    rows.addAll(table.rows());
    try {
      MAPPER.writer(schema.build()).without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .writeValue(out, rows);
    } catch (JacksonException e) {
      throw new IOException("could not write " + table.name() + ".csv: " + e.getOriginalMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
