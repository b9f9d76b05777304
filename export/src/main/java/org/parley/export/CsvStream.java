package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.files.AtomicFile;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.reconcile.Reconciler;

/**
 * The CSV tables of a dataset that arrives record by record, as a JSON Lines file is read, written
 * without holding its reports: the actors, negotiations, agreements and sources are kept (the index
 * is small), each report's rows of {@code claims.csv} and {@code evidence.csv} are written as it comes
 * and the report is filed for reconciliation ({@link Reconciler.Session}, a dozen bytes a claim) and
 * dropped. {@link #finish} writes the other tables and puts every file in place. The files are those
 * {@link CsvExport#write(Dataset, Path, CsvExport.Cells)} writes for the same records, byte for byte.
 *
 * <p>Records are pooled as a dataset pools them: the first of an id is kept, and a report whose id
 * was met before is left out. Every actor, negotiation, agreement and source must come before the
 * first report, as {@code ParleyJson.writeLines} writes them: one that comes after is refused
 * ({@link IndexAfterReport}), since the reports before it were reconciled without it.
 *
 * <p>{@code claims.csv} and {@code evidence.csv} are written to temporary files in the target folder
 * and copied into place at the end through {@link AtomicFile}, so a reader never sees half a table and
 * a failure leaves the earlier files as they were; {@link #close} removes what an unfinished export
 * wrote. Not thread-safe.
 */
public final class CsvStream implements RecordSink, AutoCloseable {

  private final Path dir;
  private final CsvExport.Cells cells;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Negotiation> negotiations = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final Set<Object> seen = new HashSet<>();
  private final ClaimRows claims = new ClaimRows();
  private final Table.Builder evidence = Tables.evidence();
  private final Path claimsFile;
  private final Path evidenceFile;
  private final OutputStream claimsOut;
  private final OutputStream evidenceOut;
  private final CsvExport.Rows claimRows;
  private final CsvExport.Rows evidenceRows;
  private Reconciler.Session session;
  private int reports;
  private boolean finished;

  private CsvStream(Path dir, CsvExport.Cells cells) throws IOException {
    this.dir = dir;
    this.cells = cells;
    Files.createDirectories(dir);
    claimsFile = Files.createTempFile(dir, ".claims.", ".csv.part");
    evidenceFile = Files.createTempFile(dir, ".evidence.", ".csv.part");
    claimsOut = new java.io.BufferedOutputStream(Files.newOutputStream(claimsFile), 1 << 16);
    evidenceOut = new java.io.BufferedOutputStream(Files.newOutputStream(evidenceFile), 1 << 16);
    claimRows = new CsvExport.Rows(Tables.CLAIMS, Tables.CLAIM_COLUMNS, claimsOut, cells);
    evidenceRows = new CsvExport.Rows(Tables.EVIDENCE, Tables.EVIDENCE_COLUMNS, evidenceOut, cells);
  }

  /**
   * An export into {@code dir} (created if missing), text cells written as {@code cells} says.
   *
   * @throws IOException if the folder or its temporary files cannot be made
   */
  public static CsvStream into(Path dir, CsvExport.Cells cells) throws IOException {
    return new CsvStream(dir, cells);
  }

  @Override
  public void actor(Actor actor) {
    if (seen.add(actor.id())) {
      beforeReports("actor " + actor.id());
      actors.add(actor);
      claims.know(actor);
    }
  }

  @Override
  public void negotiation(Negotiation negotiation) {
    if (seen.add(negotiation.id())) {
      beforeReports("negotiation " + negotiation.id());
      negotiations.add(negotiation);
    }
  }

  @Override
  public void agreement(Agreement agreement) {
    if (seen.add(agreement.id())) {
      beforeReports("agreement " + agreement.id());
      agreements.add(agreement);
    }
  }

  @Override
  public void source(Source source) {
    if (seen.add(source.id())) {
      beforeReports("source " + source.id());
      sources.add(source);
      claims.know(source);
    }
  }

  /** An actor, negotiation, agreement or source that came after a report, which a streamed export cannot take. */
  public static final class IndexAfterReport extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    IndexAfterReport(String message) {
      super(message);
    }
  }

  private void beforeReports(String what) {
    if (session != null) {
      throw new IndexAfterReport("the " + what + " comes after a report; a streamed export needs every actor,"
          + " negotiation, agreement and source before the first report");
    }
  }

  /**
   * Writes the report's rows and files it for reconciliation; a report whose id was met before is left out.
   *
   * @throws java.io.UncheckedIOException if a row cannot be written
   */
  @Override
  public void report(Report report) {
    try {
      write(report);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(Report report) throws IOException {
    if (!seen.add(report.id())) {
      return;
    }
    if (session == null) {
      session = Reconciler.of(index()).session(negotiations);
    }
    claims.add(report, reports++);
    for (List<String> row : claims.table.take()) {
      claimRows.write(row);
    }
    claims.rows.forEach(found -> Tables.evidence(found, evidence));
    claims.rows.clear();
    for (List<String> row : evidence.take()) {
      evidenceRows.write(row);
    }
    session.add(report);
  }

  /** The index records as a dataset without reports. */
  private Dataset index() {
    return Dataset.builder().actors(actors).negotiations(negotiations).agreements(agreements).sources(sources).build();
  }

  /**
   * Writes the other tables and puts every file in place, each atomically and durably.
   *
   * @return the files written, in the order of {@link CsvExport#fileNames()}
   */
  public List<Path> finish() throws IOException {
    if (session == null) {
      session = Reconciler.of(index()).session(negotiations);
    }
    claimRows.close();
    evidenceRows.close();
    claimsOut.close();
    evidenceOut.close();
    Dataset index = index();
    List<Path> written = new ArrayList<>();
    written.add(place(Tables.CLAIMS, claimsFile));
    written.add(place(Tables.EVIDENCE, evidenceFile));
    for (Table table : List.of(Tables.actors(index), Tables.sources(index), Tables.agreements(index))) {
      Path target = dir.resolve(table.name() + ".csv");
      AtomicFile.write(target, out -> CsvExport.write(table, out, cells));
      written.add(target);
    }
    Path reconciliation = dir.resolve(Tables.RECONCILIATION + ".csv");
    AtomicFile.write(reconciliation, out -> {
      try (CsvExport.Rows rows = new CsvExport.Rows(Tables.RECONCILIATION, Tables.RECONCILIATION_COLUMNS, out, cells)) {
        Table.Builder table = Tables.reconciliation();
        java.io.IOException[] failed = {null};
        session.finish(r -> {
          Tables.reconciliation(r, table);
          for (List<String> row : table.take()) {
            try {
              if (failed[0] == null) {
                rows.write(row);
              }
            } catch (IOException e) {
              failed[0] = e;
            }
          }
        });
        if (failed[0] != null) {
          throw failed[0];
        }
      }
    });
    written.add(reconciliation);
    finished = true;
    return written;
  }

  private Path place(String name, Path part) throws IOException {
    Path target = dir.resolve(name + ".csv");
    AtomicFile.write(target, out -> Files.copy(part, out));
    return target;
  }

  /** Closes the temporary files and removes them, whether or not the export finished. */
  @Override
  public void close() throws IOException {
    try {
      if (!finished) {
        claimsOut.close();
        evidenceOut.close();
      }
    } finally {
      Files.deleteIfExists(claimsFile);
      Files.deleteIfExists(evidenceFile);
    }
  }
}
