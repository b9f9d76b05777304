package org.parley.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.reconcile.Reconciler;

/**
 * The tables of a dataset ({@link Tables}) made from its records as they come, as a JSON Lines file
 * is read, without holding its reports: the actors, negotiations, agreements and sources are kept
 * (the index is small), each report's rows of the claims and evidence tables are handed on as it
 * comes, and the report is filed for reconciliation ({@link Reconciler.Session}, a dozen bytes a
 * claim) and dropped. {@link #finish} hands on the actors, sources, agreements and reconciliation
 * tables. The rows are those {@link Tables#of} gives for the same records, in the same order; where
 * they go is the {@link Output}'s (CSV files, {@link CsvStream}; DuckDB tables in {@code parley-sql}).
 *
 * <p>Records are pooled as a dataset pools them: the first of an id is kept, and a report whose id
 * was met before is left out. Every actor, negotiation, agreement and source must come before the
 * first report, as {@code ParleyJson.writeLines} writes them: one that comes after is refused
 * ({@link IndexAfterReport}), since the reports before it were reconciled without it. Not thread-safe.
 */
public final class TableStream implements RecordSink {

  /** Where one table's rows go, in order; closed once the table is complete. */
  public interface Rows extends Closeable {
    void write(List<String> row) throws IOException;
  }

  /** Where the tables go: each is opened with its name and columns, claims and evidence first and together. */
  public interface Output {
    Rows open(String table, List<Column> columns) throws IOException;
  }

  /** An actor, negotiation, agreement or source that came after a report, which a streamed export cannot take. */
  public static final class IndexAfterReport extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    IndexAfterReport(String message) {
      super(message);
    }
  }

  private final Output output;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Negotiation> negotiations = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final Set<Object> seen = new HashSet<>();
  private final ClaimRows claims = new ClaimRows();
  private final Table.Builder evidence = Tables.evidence();
  private final Rows claimRows;
  private final Rows evidenceRows;
  private Reconciler.Session session;
  private int reports;

  /**
   * Tables into {@code output}; the claims and evidence tables are opened now.
   *
   * @throws IOException if the output cannot open them
   */
  public TableStream(Output output) throws IOException {
    this.output = output;
    claimRows = output.open(Tables.CLAIMS, Tables.CLAIM_COLUMNS);
    evidenceRows = output.open(Tables.EVIDENCE, Tables.EVIDENCE_COLUMNS);
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

  private void beforeReports(String what) {
    if (session != null) {
      throw new IndexAfterReport("the " + what + " comes after a report; a streamed export needs every actor,"
          + " negotiation, agreement and source before the first report");
    }
  }

  /**
   * Hands on the report's rows and files it for reconciliation; a report whose id was met before is
   * left out.
   *
   * @throws UncheckedIOException if a row cannot be written
   */
  @Override
  public void report(Report report) {
    if (!seen.add(report.id())) {
      return;
    }
    if (session == null) {
      session = Reconciler.of(index()).session(negotiations);
    }
    claims.add(report, reports++);
    claims.rows.forEach(found -> Tables.evidence(found, evidence));
    claims.rows.clear();
    try {
      write(claims.table.take(), claimRows);
      write(evidence.take(), evidenceRows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    session.add(report);
  }

  private static void write(List<List<String>> rows, Rows out) throws IOException {
    for (List<String> row : rows) {
      out.write(row);
    }
  }

  /** The index records as a dataset without reports. */
  private Dataset index() {
    return Dataset.builder().actors(actors).negotiations(negotiations).agreements(agreements).sources(sources).build();
  }

  /** Closes the claims and evidence tables and hands on the others, each opened, written and closed in turn. */
  public void finish() throws IOException {
    if (session == null) {
      session = Reconciler.of(index()).session(negotiations);
    }
    claimRows.close();
    evidenceRows.close();
    Dataset index = index();
    for (Table table : List.of(Tables.actors(index), Tables.sources(index), Tables.agreements(index))) {
      try (Rows rows = output.open(table.name(), table.columns())) {
        write(table.rows(), rows);
      }
    }
    try (Rows rows = output.open(Tables.RECONCILIATION, Tables.RECONCILIATION_COLUMNS)) {
      Table.Builder table = Tables.reconciliation();
      try {
        session.finish(r -> {
          Tables.reconciliation(r, table);
          try {
            write(table.take(), rows);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
