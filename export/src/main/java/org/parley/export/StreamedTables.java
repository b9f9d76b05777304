package org.parley.export;

import java.io.IOException;
import java.util.Objects;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Negotiation;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * An export of the tables that takes a dataset's records as they come ({@link TableStream}): what a
 * subclass adds is where the rows go ({@link TableStream.Output}, given to {@link #stream}) and how
 * the finished tables are put in place. An actor, negotiation, agreement or source after the first
 * report is refused with {@link TableStream.IndexAfterReport}.
 */
public abstract class StreamedTables implements RecordSink, AutoCloseable {

  private TableStream tables;

  /** Starts the tables into {@code output}; called once, by the subclass's constructor. */
  protected final void stream(TableStream.Output output) throws IOException {
    if (tables != null) {
      throw new IllegalStateException("the tables are already started");
    }
    tables = new TableStream(output);
  }

  /** The tables being made. */
  protected final TableStream tables() {
    return Objects.requireNonNull(tables, "the subclass's constructor did not start the tables");
  }

  @Override
  public final void actor(Actor actor) {
    tables().actor(actor);
  }

  @Override
  public final void negotiation(Negotiation negotiation) {
    tables().negotiation(negotiation);
  }

  @Override
  public final void agreement(Agreement agreement) {
    tables().agreement(agreement);
  }

  @Override
  public final void source(Source source) {
    tables().source(source);
  }

  /**
   * Hands on the report's rows and files it for reconciliation.
   *
   * @throws java.io.UncheckedIOException if a row cannot be written
   */
  @Override
  public final void report(Report report) {
    tables().report(report);
  }

  /** Completes the tables and puts them in place; returns the files written. */
  public abstract java.util.List<java.nio.file.Path> finish() throws IOException;

  /** Removes what an unfinished export wrote. */
  @Override
  public abstract void close() throws IOException;
}
