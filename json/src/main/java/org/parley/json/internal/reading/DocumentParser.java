package org.parley.json.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;
import org.parley.json.ReadLimits;
import org.parley.model.Dataset;
import org.parley.model.JsonPointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading for {@link ParleyJson}: one parse of a document or of a JSON Lines line into the model,
 * every problem turned into a {@link ParleyJsonException} with its line, column, JSON Pointer and
 * code (Jackson's own errors, limits and encoding faults translated into Parley's words).
 */
public final class DocumentParser {

  // Jackson's messages may name a "[Source: ...]" that says nothing to a reader of the error.
  private static final java.util.regex.Pattern JACKSON_SOURCE =
      java.util.regex.Pattern.compile(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)| ?\\[Source:[^\\]]*\\]|, from `[^`]*`");

  private final JsonFactory factory;

  public DocumentParser(JsonFactory factory) {
    this.factory = factory;
  }

  /** Reads a dataset from a JSON document held in a string. */
  public Dataset read(String json) {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw byteOrderMark();
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json), ModelReader::dataset, () -> null,
        Columns.of(json), null, new Ids());
  }

  /** Reads a dataset from a JSON document's UTF-8 bytes. */
  public Dataset read(byte[] json) {
    return read(json, null);
  }

  /**
   * Reads a dataset from a JSON document's UTF-8 bytes, recording in {@code starts}, unless it is
   * null, where each value starts.
   */
  public Dataset read(byte[] json, ValueStarts starts) {
    checkEncoding(json, 0, json.length);
    Utf8 utf8 = Utf8.scan(json, 0, json.length);
    // At a fault the parser reads only up to it, so the fault is placed in the value that holds it.
    int readable = utf8.fault == null ? json.length : (int) utf8.faultOffset();
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json, 0, readable), ModelReader::dataset,
        () -> utf8.fault, Columns.of(json), starts, new Ids());
  }

  /**
   * Reads a dataset from a stream of UTF-8 bytes, which is read whole first (the dataset is held
   * whole anyway, and columns are counted in the bytes); the stream is not closed.
   */
  public Dataset read(InputStream json) throws IOException {
    return read(readAll(json));
  }

  /** Reads a dataset from characters, which are read whole first; the reader is not closed. */
  public Dataset read(Reader json) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    long limit = factory.streamReadConstraints().getMaxDocumentLength();
    for (int n; (n = json.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
      if (text.length() > limit) {
        throw documentTooLong(limit);
      }
    }
    return read(text.toString());
  }

  /** The stream's bytes, up to the document length limit (which is positive, see ReadLimits). */
  private byte[] readAll(InputStream in) throws IOException {
    long limit = factory.streamReadConstraints().getMaxDocumentLength();
    // One byte past the limit says the input is longer; a Java array caps the limit itself.
    int most = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(most);
    if (bytes.length == most && (bytes.length > limit || in.read() >= 0)) {
      throw documentTooLong(Math.min(limit, most));
    }
    return bytes;
  }

  private static ParleyJsonException documentTooLong(long limit) {
    return new ParleyJsonException(ReadCodes.LIMIT_EXCEEDED, 0, 0, JsonPointer.root(), "the document is longer than "
        + String.format(java.util.Locale.ROOT, "%,d", limit) + " bytes, the limit (ReadLimits.maxDocumentLength)",
        null);
  }

  /**
   * Reads one JSON Lines line (without its line end), with {@code body} for its record, recording in
   * {@code starts}, unless it is null, where each value starts.
   */
  <T> T line(byte[] line, int length, Function<ModelReader, T> body, ValueStarts starts, Ids ids) {
    checkEncoding(line, 0, length);
    Utf8 utf8 = Utf8.scan(line, 0, length);
    int readable = utf8.fault == null ? length : (int) utf8.faultOffset();
    return parse(() -> factory.createParser(ObjectReadContext.empty(), line, 0, readable), body, () -> utf8.fault,
        Columns.of(line), starts, ids);
  }

  /**
   * Parses with {@code body}; {@code utf8Fault} gives the first byte that is not well-formed UTF-8,
   * if the input (cut short there) had one: it is reported in place of the end of input it caused,
   * with the JSON Pointer of the value that holds it.
   */
  private <T> T parse(Supplier<JsonParser> open, Function<ModelReader, T> body,
      Supplier<ParleyJsonException> utf8Fault, Columns columns, ValueStarts starts, Ids ids) {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (StreamConstraintsException e) {
      throw new ParleyJsonException(ReadCodes.LIMIT_EXCEEDED, 0, 0, JsonPointer.root(), limitMessage(e.getOriginalMessage()), e);
    }
    JsonIn in = new JsonIn(parser, true, columns, starts);
    try (parser) {
      if (parser.nextToken() == null) {
        throw new ParleyJsonException(ReadCodes.EMPTY, 1, 1, JsonPointer.root(), "the input is empty; expected a JSON object", null);
      }
      in.started();
      T value = body.apply(new ModelReader(in, ids));
      JsonToken after;
      try {
        after = parser.nextToken();
      } catch (JacksonException e) {
        throw located(ReadCodes.TRAILING_CONTENT, e, in, JsonPointer.root(), "unexpected content after the end of the document");
      }
      if (after != null) {
        throw in.error(ReadCodes.TRAILING_CONTENT, "unexpected content (" + JsonIn.describe(after)
            + ") after the end of the document; a document holds exactly one JSON object");
      }
      if (utf8Fault.get() != null) {
        throw after(in, utf8Fault.get().at(JsonPointer.root()));
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
    } catch (Recovery.TooManyProblems | Recovery.Abandoned e) {
      throw ParleyJsonException.of(in.problems());
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
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


  private static JsonPointer safePointer(JsonIn in) {
    try {
      return in.pointer();
    } catch (RuntimeException e) {
      return JsonPointer.root();
    }
  }

  private static ParleyJsonException located(String code, JacksonException e, JsonIn in, JsonPointer pointer,
      String message) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : in.parser.currentTokenLocation();
    long line = at == null ? 0 : at.getLineNr();
    long column = at == null ? 0 : in.column(at);
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
    return switch (m.group(1)) {
      case "String value length" ->
          "a string longer than " + limit + " characters, the limit (ReadLimits.maxStringLength)";
      case "Number value length" ->
          "a number of more than " + limit + " digits, the limit (ReadLimits.maxNumberLength)";
      case "Name length" -> "a field name longer than " + limit + " characters, the limit for names";
      case "Document nesting depth" ->
          "nesting " + m.group(2) + " levels deep, deeper than the limit of " + limit + " (ReadLimits.maxNestingDepth)";
      default -> "the document is longer than " + limit + " bytes, the limit (ReadLimits.maxDocumentLength)";
    };
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
      throw new ParleyJsonException(ReadCodes.INVALID_UTF8, 1, 1, JsonPointer.root(),
          "the input looks like UTF-16 or UTF-32; Parley JSON is UTF-8", null);
    }
  }

  private static ParleyJsonException byteOrderMark() {
    return new ParleyJsonException(ReadCodes.BYTE_ORDER_MARK, 1, 1, JsonPointer.root(),
        "the input starts with a byte-order mark, which JSON forbids; save it as UTF-8 without BOM", null);
  }
}
