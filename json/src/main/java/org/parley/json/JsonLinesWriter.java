package org.parley.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.parley.json.internal.writing.ModelWriter;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines dataset record by record, so that a dataset larger than memory can be written
 * as it is produced: the header line first, then one line per record. Write actors, negotiations and
 * sources before the reports that use them. Closing flushes the stream but does not close it.
 */
public final class JsonLinesWriter implements Closeable {

  private final JsonGenerator generator;
  private final ModelWriter writer;

  JsonLinesWriter(JsonGenerator generator) {
    this.generator = generator;
    this.writer = new ModelWriter(generator);
    run(() -> {
      generator.writeStartObject();
      generator.writeStringProperty("parley", Dataset.CURRENT_SCHEMA_VERSION);
      generator.writeEndObject();
      generator.writeRaw('\n');
    });
  }

  /**
   * Writes the actor as one line, {@code {"actor":{...}}}.
   *
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public void write(Actor actor) {
    line("actor", () -> writer.actor(actor));
  }

  /** Writes the negotiation as one line, {@code {"negotiation":{...}}}. */
  public void write(Negotiation negotiation) {
    line("negotiation", () -> writer.negotiation(negotiation));
  }

  /** Writes the agreement as one line, {@code {"agreement":{...}}}. */
  public void write(Agreement agreement) {
    line("agreement", () -> writer.agreement(agreement));
  }

  /** Writes the source as one line, {@code {"source":{...}}}. */
  public void write(Source source) {
    line("source", () -> writer.source(source));
  }

  /**
   * Writes the report as one line, {@code {"report":{...}}}. Write the records it refers to before
   * it, as {@link JsonLinesValidator} reads them in order.
   */
  public void write(Report report) {
    line("report", () -> writer.report(report));
  }

  private void line(String kind, Runnable value) {
    run(() -> {
      generator.writeStartObject();
      generator.writeName(kind);
      value.run();
      generator.writeEndObject();
      generator.writeRaw('\n');
    });
  }

  private static void run(Runnable write) {
    try {
      write.run();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      generator.close();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

}
