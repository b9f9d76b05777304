package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.parley.files.AtomicFile;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.json.internal.format.FormatVersions;
import org.parley.json.internal.reading.DocumentParser;
import org.parley.json.internal.reading.JsonLinesReader;
import org.parley.json.internal.reading.ModelReader;
import org.parley.json.internal.reading.ValueStarts;
import org.parley.json.internal.writing.DocumentWriter;
import org.parley.json.internal.writing.ModelWriter;
import org.parley.json.internal.writing.ReconciliationWriter;
import org.parley.model.Dataset;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes Parley datasets as JSON documents and JSON Lines. Reading is strict — unknown
 * fields, duplicate keys, nulls, wrong types, trailing content, a byte-order mark and input that is
 * not UTF-8 are all errors — and bounded by {@link ReadLimits}; every error is a {@link
 * ParleyJsonException} with line, column, JSON Pointer and a stable code. Writing is deterministic:
 * UTF-8, fixed field order, {@code \n} line ends, so equal datasets give equal bytes.
 *
 * <p>An instance is immutable and thread-safe; configure one with {@link #builder()}.
 */
public final class ParleyJson {

  private static final ParleyJson STANDARD = builder().build();

  private final ReadLimits limits;
  private final DocumentParser parser;
  private final DocumentWriter writer;

  private ParleyJson(Builder builder) {
    this.limits = builder.limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.streamReadConstraints())
        .characterEscapes(TerminalSafeEscapes.INSTANCE)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Field names as the JVM's one copy, so that Fields.indexOf finds a known name by identity (FieldName interns its own)
        // (Jackson 3 no longer interns them by default; its symbol table still bounds what is interned).
        .enable(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .rootValueSeparator((String) null)
        .build();
    this.parser = new DocumentParser(factory);
    this.writer = new DocumentWriter(factory, builder.pretty);
  }

  /** Default limits, pretty output. */
  public static ParleyJson standard() {
    return STANDARD;
  }

  /** A builder that starts from the defaults: {@link ReadLimits#defaults()}, pretty output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the JSON Schema of the current format (1.2) lies on the class path of this module. */
  public static final String SCHEMA_RESOURCE = "org/parley/json/parley-1.2.schema.json";

  /**
   * The {@code $id} of the JSON Schema of the current format; {@code #/$defs/line} describes one
   * JSON Lines line.
   */
  public static final String SCHEMA_ID = "urn:parley:schema:parley-1.2";

  /** The JSON Schema (draft 2020-12) of the current format, as shipped in this jar. */
  public static String schema() {
    return schema(ModelReader.VERSION);
  }

  /**
   * The JSON Schema of format {@code version} ("1.0", "1.1" or "1.2"), for checking documents that declare
   * that version. Each version's schema accepts documents of that version only.
   *
   * @throws IllegalArgumentException if the version is not one this module reads
   */
  public static String schema(String version) {
    if (!FormatVersions.SUPPORTED.contains(version)) {
      throw new IllegalArgumentException("Unknown Parley format version \"" + version + "\"; expected one of "
          + String.join(", ", FormatVersions.SUPPORTED));
    }
    String resource = "org/parley/json/parley-" + version + ".schema.json";
    // Class.getResourceAsStream finds the file in this module's own package on the module path too.
    try (InputStream in = ParleyJson.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The limits this instance reads with. */
  public ReadLimits limits() {
    return limits;
  }

  /** Reads a dataset from a JSON document held in a string. */
  public Dataset read(String json) {
    return parser.read(json);
  }

  /** Reads a dataset from a JSON document's UTF-8 bytes. */
  public Dataset read(byte[] json) {
    return parser.read(json);
  }

  /** Reads a dataset from a stream of UTF-8 bytes; the stream is not closed. */
  public Dataset read(InputStream json) throws IOException {
    return parser.read(json);
  }

  /** Reads a dataset from characters; the reader is not closed. */
  public Dataset read(Reader json) throws IOException {
    return parser.read(json);
  }

  /**
   * Reads a dataset from a UTF-8 JSON file.
   *
   * @throws ParleyJsonException if the file is not a valid Parley document; its problems name the file
   * @throws IOException if the file cannot be read
   */
  public Dataset read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (ParleyJsonException e) {
      throw e.inFile(file.toString());
    }
  }

  /**
   * Reads a JSON document's bytes, recording in {@code starts} where each value starts, for
   * {@link JsonDocumentValidator}.
   */
  Dataset read(byte[] json, ValueStarts starts) {
    return parser.read(json, starts);
  }

  /**
   * Reads a JSON Lines file record by record, in constant memory: one {@link JsonLine} per record
   * or per bad line, in file order; a bad line does not stop the lines after it. Close the stream
   * (try-with-resources) to close the file.
   */
  public Stream<JsonLine> readLines(Path file) throws IOException {
    // The stream closes the file when it is closed.
    return new JsonLinesReader(parser, limits.maxLineLength(), Files.newInputStream(file), file.toString(), false)
        .stream();
  }

  /** Reads JSON Lines from a stream, as {@link #readLines(Path)}; closing the result closes the stream. */
  public Stream<JsonLine> readLines(InputStream in) {
    return new JsonLinesReader(parser, limits.maxLineLength(), in, "", false).stream();
  }

  /**
   * A reader of JSON Lines as {@link #readLines(InputStream)}, problems named after {@code file},
   * that records where the values of each record start on its line, for {@link JsonLinesValidator}.
   */
  JsonLinesReader linesRecordingStarts(InputStream in, String file) {
    return new JsonLinesReader(parser, limits.maxLineLength(), in, file, true);
  }

  /** A reader of JSON Lines as {@link #readLines(InputStream)}, problems named after {@code file}. */
  JsonLinesReader linesReader(InputStream in, String file) {
    return new JsonLinesReader(parser, limits.maxLineLength(), in, file, false);
  }

  /** The dataset as a JSON document, ending with a line end. */
  public String write(Dataset dataset) {
    return new String(writeBytes(dataset), StandardCharsets.UTF_8);
  }

  /** The dataset as the UTF-8 bytes of a JSON document, ending with a line end. */
  public byte[] writeBytes(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return writer.toBytes(generator -> new ModelWriter(generator).dataset(dataset));
  }

  /** Writes the dataset as a JSON document to a stream, which is flushed but not closed. */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    writer.write(out, generator -> new ModelWriter(generator).dataset(dataset));
  }

  /** A reconciliation as a JSON document, ending with a line end. */
  public String write(Reconciliation reconciliation) {
    Objects.requireNonNull(reconciliation, "reconciliation");
    return new String(writer.toBytes(g -> new ReconciliationWriter(g).reconciliation(reconciliation)),
        StandardCharsets.UTF_8);
  }

  /**
   * One item of a reconciliation as a JSON object, ending with a line end, exactly as it appears in
   * {@code items} when its reconciliation is written: for engines that build a reconciliation's items
   * on many workers and join them.
   */
  public String write(Item item) {
    Objects.requireNonNull(item, "item");
    return new String(writer.toBytes(g -> new ReconciliationWriter(g).item(item)), StandardCharsets.UTF_8);
  }

  /** Writes a reconciliation as a JSON document to a stream, which is flushed but not closed. */
  public void write(Reconciliation reconciliation, OutputStream out) throws IOException {
    Objects.requireNonNull(reconciliation, "reconciliation");
    writer.write(out, generator -> new ReconciliationWriter(generator).reconciliation(reconciliation));
  }

  /**
   * Writes reconciliations (one per negotiation, as {@code Reconciler.reconcileAll} gives them) as one
   * JSON document, {@code {"reconciliations": [...]}}, to a stream, which is flushed but not closed.
   */
  public void write(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
    Objects.requireNonNull(reconciliations, "reconciliations");
    writeReconciliations(out, w -> reconciliations.forEach(w::reconciliation));
  }

  /**
   * Finishes {@code session} and writes its reconciliations as {@link #write(List, OutputStream)}
   * writes them, byte for byte, building each item only just before it is written: one item at a
   * time is in memory, however many claims a negotiation has. The stream is flushed but not closed.
   */
  public void write(Reconciler.Session session, OutputStream out) throws IOException {
    Objects.requireNonNull(session, "session");
    writeReconciliations(out, session::finish);
  }

  /** {@code {"reconciliations": [...]}}, the array's elements written by {@code each}. */
  private void writeReconciliations(OutputStream out, java.util.function.Consumer<ReconciliationWriter> each)
      throws IOException {
    writer.write(out, generator -> {
      generator.writeStartObject();
      generator.writeName("reconciliations");
      generator.writeStartArray();
      each.accept(new ReconciliationWriter(generator));
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /** Writes the dataset as a JSON document to a file, atomically: all or nothing. */
  public void write(Dataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    AtomicFile.write(file, out -> write(dataset, out));
  }

  /**
   * Writes the dataset as JSON Lines: a header line {@code {"parley":"1.2"}}, then one line per
   * actor, negotiation, agreement, source and report, in that order, each {@code {"kind":{...}}}.
   */
  public void writeLines(Dataset dataset, OutputStream out) throws IOException {
    try (JsonLinesWriter lines = linesWriter(out)) {
      dataset.actors().forEach(lines::write);
      dataset.negotiations().forEach(lines::write);
      dataset.agreements().forEach(lines::write);
      dataset.sources().forEach(lines::write);
      dataset.reports().forEach(lines::write);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A writer of JSON Lines records to {@code out}, for datasets written as they are produced. */
  public JsonLinesWriter linesWriter(OutputStream out) {
    return new JsonLinesWriter(writer.generator(out, false));
  }

  /** Writes the dataset as JSON Lines to a file, atomically. */
  public void writeLines(Dataset dataset, Path file) throws IOException {
    AtomicFile.write(file, out -> writeLines(dataset, out));
  }

  /** Configures a {@link ParleyJson}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private boolean pretty = true;

    private Builder() {}

    /** The bounds on what is read. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether JSON documents are written indented (the default) or compact, on one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** The reader and writer as configured. */
    public ParleyJson build() {
      return new ParleyJson(this);
    }
  }
}
