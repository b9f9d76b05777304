package org.parley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.files.AtomicFile;
import org.parley.model.Dataset;

/**
 * The CSV tables of a dataset that arrives record by record ({@link TableStream}), written without
 * holding its reports: the files {@link CsvExport#write(Dataset, Path, CsvExport.Cells)} writes for the
 * same records, byte for byte. Each table is written to a temporary file in the target folder as its
 * rows come, and {@link #finish} copies every table into place through {@link AtomicFile}, so a reader
 * never sees half a table and a failure leaves the earlier files as they were; {@link #close} removes
 * the temporary files, finished or not. An actor, negotiation, agreement or source after the first
 * report is refused with {@link TableStream.IndexAfterReport}. Not thread-safe.
 */
public final class CsvStream extends StreamedTables {

  private final Path dir;
  private final List<Path> parts = new ArrayList<>();
  private final List<OutputStream> open = new ArrayList<>();

  private CsvStream(Path dir, CsvExport.Cells cells) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    try {
      start(cells);
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void start(CsvExport.Cells cells) throws IOException {
    stream((name, columns) -> {
      Path part = Files.createTempFile(dir, "." + name + ".", ".csv.part");
      parts.add(part);
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
      open.add(out);
      CsvExport.Rows rows = new CsvExport.Rows(name, columns, out, cells);
      return new TableStream.Rows() {
        @Override
        public void write(List<String> row) throws IOException {
          rows.write(row);
        }

        @Override
        public void close() throws IOException {
          rows.close();
          out.close();
        }
      };
    });
  }

  /**
   * An export into {@code dir} (created if missing), text cells written as {@code cells} says.
   *
   * @throws IOException if the folder or its temporary files cannot be made
   */
  public static CsvStream into(Path dir, CsvExport.Cells cells) throws IOException {
    return new CsvStream(dir, cells);
  }

  /**
   * Writes the other tables and puts every file in place, each atomically and durably.
   *
   * @return the files written, in the order of {@link CsvExport#fileNames()}
   */
  @Override
  public List<Path> finish() throws IOException {
    tables().finish();
    List<Path> written = new ArrayList<>();
    for (Path part : parts) {
      String name = part.getFileName().toString();
      Path target = dir.resolve(name.substring(1, name.indexOf('.', 1)) + ".csv");
      AtomicFile.write(target, out -> Files.copy(part, out));
      written.add(target);
    }
    return written;
  }

  /** Closes and removes the temporary files, whether or not the export finished. */
  @Override
  public void close() throws IOException {
    try {
      for (OutputStream out : open) {
        out.close();
      }
    } finally {
      for (Path part : parts) {
        Files.deleteIfExists(part);
      }
    }
  }
}
