package org.parley.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.model.Dataset;
import org.parley.reconcile.Reconciliation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

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

  // Jackson's messages may name a "[Source: ...]" that says nothing to a reader of the error.
  private static final java.util.regex.Pattern JACKSON_SOURCE =
      java.util.regex.Pattern.compile(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)| ?\\[Source:[^\\]]*\\]|, from `[^`]*`");

  private final JsonFactory factory;
  private final ReadLimits limits;
  private final boolean pretty;

  private ParleyJson(Builder builder) {
    this.limits = builder.limits;
    this.pretty = builder.pretty;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 1000))
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .characterEscapes(TerminalSafeEscapes.INSTANCE)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .rootValueSeparator((String) null)
        .build();
  }

  /** Default limits, pretty output. */
  public static ParleyJson standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where the JSON Schema of the current format (1.1) lies on the class path of this module. */
  public static final String SCHEMA_RESOURCE = "org/parley/json/parley-1.1.schema.json";

  /**
   * The {@code $id} of the JSON Schema of the current format; {@code #/$defs/line} describes one
   * JSON Lines line.
   */
  public static final String SCHEMA_ID = "urn:parley:schema:parley-1.1";

  /** The JSON Schema (draft 2020-12) of the current format, as shipped in this jar. */
  public static String schema() {
    return schema(ModelReader.VERSION);
  }

  /**
   * The JSON Schema of format {@code version} ("1.0" or "1.1"), for checking documents that declare
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

  // ---- reading ------------------------------------------------------------------------------

  /** Reads a dataset from a JSON document held in a string. */
  public Dataset read(String json) {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw byteOrderMark();
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json), ModelReader::dataset);
  }

  /** Reads a dataset from a JSON document's UTF-8 bytes. */
  public Dataset read(byte[] json) {
    return read(json, 0, json.length);
  }

  Dataset read(byte[] json, int offset, int length) {
    checkEncoding(json, offset, length);
    Utf8 utf8 = Utf8.scan(json, offset, length);
    // At a fault the parser reads only up to it, so the fault is placed in the value that holds it.
    int readable = utf8.fault == null ? length : (int) utf8.faultOffset();
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json, offset, readable), ModelReader::dataset,
        () -> utf8.fault);
  }

  /** Reads a dataset from a stream of UTF-8 bytes; the stream is not closed. */
  public Dataset read(InputStream json) throws IOException {
    BufferedInputStream in = new BufferedInputStream(json);
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    checkEncoding(head, 0, head.length);
    Utf8.Checking checked = new Utf8.Checking(in);
    try {
      return parse(() -> factory.createParser(ObjectReadContext.empty(), checked), ModelReader::dataset, checked::fault);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads a dataset from characters; the reader is not closed. */
  public Dataset read(Reader json) throws IOException {
    PushbackReader in = new PushbackReader(json, 1);
    int first = in.read();
    if (first == '\uFEFF') {
      throw byteOrderMark();
    }
    if (first >= 0) {
      in.unread(first);
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), in), ModelReader::dataset);
  }

  /** Reads a dataset from a UTF-8 JSON file. */
  public Dataset read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a JSON Lines file record by record, in constant memory: one {@link JsonLine} per record
   * or per bad line, in file order; a bad line does not stop the lines after it. Close the stream
   * (try-with-resources) to close the file.
   */
  public Stream<JsonLine> readLines(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return readLines(in).onClose(() -> {
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads JSON Lines from a stream, as {@link #readLines(Path)}; closing the result closes the stream. */
  public Stream<JsonLine> readLines(InputStream in) {
    return new JsonLinesReader(this, in).stream();
  }

  /** Reads one JSON Lines line (without its line end); used by {@link JsonLinesReader}. */
  <T> T parseLine(byte[] line, int length, Function<ModelReader, T> body) {
    checkEncoding(line, 0, length);
    Utf8 utf8 = Utf8.scan(line, 0, length);
    int readable = utf8.fault == null ? length : (int) utf8.faultOffset();
    return parse(() -> factory.createParser(ObjectReadContext.empty(), line, 0, readable), body, () -> utf8.fault);
  }

  private <T> T parse(Supplier<JsonParser> open, Function<ModelReader, T> body) {
    return parse(open, body, () -> null);
  }

  /**
   * Parses with {@code body}; {@code utf8Fault} gives the first byte that is not well-formed UTF-8,
   * if the input (cut short there) had one: it is reported in place of the end of input it caused,
   * with the JSON Pointer of the value that holds it.
   */
  private <T> T parse(Supplier<JsonParser> open, Function<ModelReader, T> body,
      Supplier<ParleyJsonException> utf8Fault) {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (StreamConstraintsException e) {
      throw new ParleyJsonException(ReadCodes.LIMIT_EXCEEDED, 0, 0, "", limitMessage(e.getOriginalMessage()), e);
    }
    JsonIn in = new JsonIn(parser, true);
    try (parser) {
      if (parser.nextToken() == null) {
        throw new ParleyJsonException(ReadCodes.EMPTY, 1, 1, "", "the input is empty; expected a JSON object", null);
      }
      T value = body.apply(new ModelReader(in));
      JsonToken after;
      try {
        after = parser.nextToken();
      } catch (JacksonException e) {
        throw located(ReadCodes.TRAILING_CONTENT, e, in, "", "unexpected content after the end of the document");
      }
      if (after != null) {
        throw in.error(ReadCodes.TRAILING_CONTENT, "unexpected content (" + JsonIn.describe(after)
            + ") after the end of the document; a document holds exactly one JSON object");
      }
      if (utf8Fault.get() != null) {
        throw after(in, utf8Fault.get().at(""));
      }
      if (in.problems().isEmpty()) {
        return value;
      }
    } catch (StreamConstraintsException e) {
      throw after(in, located(ReadCodes.LIMIT_EXCEEDED, e, in, safePointer(in), limitMessage(e.getOriginalMessage())));
    } catch (ParleyJsonException e) {
      if (utf8Fault.get() != null && !e.code().equals(ReadCodes.INVALID_UTF8)) {
        throw after(in, utf8Fault.get().at(safePointer(in)));
      }
      throw after(in, e);
    } catch (JsonIn.TooManyProblems | JsonIn.Abandoned e) {
      throw ParleyJsonException.of(in.problems());
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      if (utf8Fault.get() != null) {
        throw after(in, utf8Fault.get().at(safePointer(in)));
      }
      String message = e.getOriginalMessage();
      boolean encoding = message != null && (message.contains("UTF-8") || message.contains("UTF8"));
      throw after(in, located(encoding ? ReadCodes.INVALID_UTF8 : ReadCodes.SYNTAX, e, in, safePointer(in), message));
    }
    // Read to the end, with problems that left the JSON intact: report them all.
    throw ParleyJsonException.of(in.problems());
  }

  /** The problem that stopped reading, after the recoverable ones recorded before it. */
  private static ParleyJsonException after(JsonIn in, ParleyJsonException last) {
    if (in.problems().isEmpty()) {
      return last;
    }
    List<ParleyJsonException> all = new ArrayList<>(in.problems());
    all.add(last);
    return ParleyJsonException.of(all);
  }


  private static String safePointer(JsonIn in) {
    try {
      return in.pointer();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static ParleyJsonException located(String code, JacksonException e, JsonIn in, String pointer,
      String message) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : in.parser.currentTokenLocation();
    long line = at == null ? 0 : at.getLineNr();
    long column = at == null ? 0 : at.getColumnNr();
    String problem = message == null ? e.getClass().getSimpleName() : clean(message);
    return new ParleyJsonException(code, Math.max(line, 0), Math.max(column, 0), pointer, problem, e);
  }

  private static final java.util.regex.Pattern LIMIT = java.util.regex.Pattern.compile(
      "(String value length|Number value length|Name length|Document nesting depth|Document length) \\((\\d+)\\)"
          + " exceeds the maximum allowed \\((\\d+).*", java.util.regex.Pattern.DOTALL);

  /**
   * A limit's message in Parley's words. Jackson counts a long string or document only up to where it
   * noticed (a 15 MB string is "1045672" long), so only the limit is given, never that count; the
   * nesting depth is exact and kept.
   */
  static String limitMessage(String jacksonMessage) {
    if (jacksonMessage == null) {
      return "a read limit was exceeded";
    }
    java.util.regex.Matcher m = LIMIT.matcher(jacksonMessage);
    if (!m.matches()) {
      return clean(jacksonMessage);
    }
    String limit = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(m.group(3)));
    switch (m.group(1)) {
      case "String value length":
        return "a string longer than " + limit + " characters, the limit (ReadLimits.maxStringLength)";
      case "Number value length":
        return "a number of more than " + limit + " digits, the limit (ReadLimits.maxNumberLength)";
      case "Name length":
        return "a field name longer than " + limit + " characters, the limit for names";
      case "Document nesting depth":
        return "nesting " + m.group(2) + " levels deep, deeper than the limit of " + limit
            + " (ReadLimits.maxNestingDepth)";
      default:
        return "the document is longer than " + limit + " bytes, the limit (ReadLimits.maxDocumentLength)";
    }
  }

  private static String clean(String jacksonMessage) {
    return JACKSON_SOURCE.matcher(jacksonMessage).replaceAll("").replace('\n', ' ').trim();
  }

  private static void checkEncoding(byte[] bytes, int offset, int length) {
    if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
        && (bytes[offset + 2] & 0xFF) == 0xBF) {
      throw byteOrderMark();
    }
    if (length >= 2 && (bytes[offset] == 0 || bytes[offset + 1] == 0
        || (bytes[offset] & 0xFF) == 0xFE || (bytes[offset] & 0xFF) == 0xFF)) {
      throw new ParleyJsonException(ReadCodes.INVALID_UTF8, 1, 1, "",
          "the input looks like UTF-16 or UTF-32; Parley JSON is UTF-8", null);
    }
  }

  private static ParleyJsonException byteOrderMark() {
    return new ParleyJsonException(ReadCodes.BYTE_ORDER_MARK, 1, 1, "",
        "the input starts with a byte-order mark, which JSON forbids; save it as UTF-8 without BOM", null);
  }

  // ---- writing ------------------------------------------------------------------------------

  /** The dataset as a JSON document, ending with a line end. */
  public String write(Dataset dataset) {
    return new String(writeBytes(dataset), StandardCharsets.UTF_8);
  }

  /** The dataset as the UTF-8 bytes of a JSON document, ending with a line end. */
  public byte[] writeBytes(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return toBytes(generator -> new ModelWriter(generator).dataset(dataset));
  }

  /** Writes the dataset as a JSON document to a stream, which is flushed but not closed. */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    writeDocument(out, generator -> new ModelWriter(generator).dataset(dataset));
  }

  /** A reconciliation as a JSON document, ending with a line end. */
  public String write(Reconciliation reconciliation) {
    Objects.requireNonNull(reconciliation, "reconciliation");
    return new String(toBytes(g -> new ReconciliationWriter(g).reconciliation(reconciliation)), StandardCharsets.UTF_8);
  }

  /** Writes a reconciliation as a JSON document to a stream, which is flushed but not closed. */
  public void write(Reconciliation reconciliation, OutputStream out) throws IOException {
    Objects.requireNonNull(reconciliation, "reconciliation");
    writeDocument(out, generator -> new ReconciliationWriter(generator).reconciliation(reconciliation));
  }

  /**
   * Writes reconciliations (one per negotiation, as {@code Reconciler.reconcileAll} gives them) as one
   * JSON document, {@code {"reconciliations": [...]}}, to a stream, which is flushed but not closed.
   */
  public void write(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
    Objects.requireNonNull(reconciliations, "reconciliations");
    writeDocument(out, generator -> {
      generator.writeStartObject();
      generator.writeName("reconciliations");
      generator.writeStartArray();
      ReconciliationWriter writer = new ReconciliationWriter(generator);
      reconciliations.forEach(writer::reconciliation);
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  private byte[] toBytes(java.util.function.Consumer<JsonGenerator> document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeDocument(bytes, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One document, indented or not as configured, with a final line end. */
  private void writeDocument(OutputStream out, java.util.function.Consumer<JsonGenerator> document)
      throws IOException {
    try (JsonGenerator generator = generator(out, pretty)) {
      document.accept(generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw unwrapIo(e);
    }
  }

  /** Writes the dataset as a JSON document to a file, atomically: all or nothing. */
  public void write(Dataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    AtomicFile.write(file, out -> write(dataset, out));
  }

  /**
   * Writes the dataset as JSON Lines: a header line {@code {"parley":"1.1"}}, then one line per
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
    return new JsonLinesWriter(generator(out, false));
  }

  /** Writes the dataset as JSON Lines to a file, atomically. */
  public void writeLines(Dataset dataset, Path file) throws IOException {
    AtomicFile.write(file, out -> writeLines(dataset, out));
  }

  private static IOException unwrapIo(JacksonException e) {
    if (e.getCause() instanceof IOException) {
      return (IOException) e.getCause();
    }
    throw e;
  }

  private JsonGenerator generator(OutputStream out, boolean indent) {
    ObjectWriteContext context = indent ? PRETTY : ObjectWriteContext.empty();
    return factory.createGenerator(context, out);
  }

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

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

    public ParleyJson build() {
      return new ParleyJson(this);
    }
  }
}
