package org.parley.json.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;
import org.parley.json.internal.LineSplitter;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.model.JsonPointer;
import tools.jackson.core.JsonToken;

/**
 * Reads JSON Lines one line at a time: the first line must be the header {@code {"parley":"1.2"}} (or an earlier version),
 * every other line one record {@code {"actor":{...}}}, {@code {"negotiation":...}}, {@code
 * {"agreement":...}}, {@code {"source":...}} or {@code {"report":...}}. Only one line is held in
 * memory at a time; a bad line is reported with its number and reading goes on with the next.
 *
 * <p>Splitting the input into lines ({@link #nextLine}) and parsing a line ({@link #parse}) are
 * separate steps, so that {@link JsonLinesValidator} can parse lines on several threads: once the
 * first line (the header) is parsed, {@link #parse} changes no state of the reader and may run
 * concurrently, each thread with {@link Ids} of its own.
 */
public final class JsonLinesReader implements Iterator<JsonLine> {


  /** One line of input: its number and its bytes (without the line end); null bytes for a line too long. */
  public record Raw(long number, byte[] bytes, int length) {}

  /**
   * What one line of input gives: nothing (the header), one line, or two (a missing header's error,
   * then the record the first line holds); and where the record's values start, when recorded.
   */
  public record Parsed(List<JsonLine> lines, ValueStarts starts) {}

  private final DocumentParser parser;
  private final InputStream in;
  private final int maxLine;
  /** The file's name for problems, or empty. */
  private final String file;
  /** Whether each record's value starts are recorded. */
  private final boolean recordStarts;
  private final LineSplitter lines;
  /** Set once the empty file's line was given. */
  private boolean emptySaid;
  /** The format version the header line declares; null until it has been read. */
  private volatile String version;

  private final ArrayDeque<JsonLine> queued = new ArrayDeque<>();
  /** The starts of the line being read one at a time, reused from line to line. */
  private ValueStarts reused;
  /** The ids of the lines read one at a time. */
  private final Ids ids = new Ids();
  private ValueStarts starts;
  private ValueStarts queuedStarts;

  /**
   * A reader of {@code in}, whose problems name {@code file} (empty for none); with {@code
   * recordStarts}, where each value of a record's line starts is recorded, for placing the
   * violations found in the record later.
   */
  public JsonLinesReader(DocumentParser parser, int maxLine, InputStream in, String file, boolean recordStarts) {
    this.parser = parser;
    this.in = in;
    this.maxLine = maxLine;
    this.lines = new LineSplitter(in, maxLine);
    this.file = file;
    this.recordStarts = recordStarts;
  }

  public Stream<JsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Where the values of the record line last returned by {@link #next} start; null if not recorded.
   * Valid until the next call of {@link #hasNext}, which reuses it for the next line.
   */
  public ValueStarts starts() {
    return starts;
  }

  @Override
  public boolean hasNext() {
    while (queued.isEmpty()) {
      int length = lines.next();
      if (length == LineSplitter.END) {
        if (lines.number() == 0 && !emptySaid) {
          emptySaid = true;   // said once: the file is empty
          queued.add(emptyFileLine());
          break;
        }
        return false;
      }
      ValueStarts recorder = null;
      byte[] line = lines.line();
      if (recordStarts && length != LineSplitter.TOO_LONG) {
        recorder = reused == null ? (reused = new ValueStarts(line)) : reused.reuse(line);
      }
      Parsed parsed = parse(lines.number(), length == LineSplitter.TOO_LONG ? null : line, length, recorder, ids);
      queued.addAll(parsed.lines());
      queuedStarts = parsed.starts();
    }
    return true;
  }

  @Override
  public JsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonLine result = queued.poll();
    // A line's starts go with its record, which is the last line its input gave.
    starts = queued.isEmpty() ? queuedStarts : null;
    return result;
  }

  /**
   * The next line of input, its bytes copied, or null at the end; when the first call gives null,
   * the file had no line, and {@link #emptyFileLine} is what to report in its place.
   */
  public Raw nextLine() {
    int length = lines.next();
    if (length == LineSplitter.END) {
      return null;
    }
    return new Raw(lines.number(), length == LineSplitter.TOO_LONG ? null : Arrays.copyOf(lines.line(), length),
        Math.max(length, 0));
  }

  /** The version the header declared (or the reader's, when the header is missing); null before line 1. */
  public String version() {
    return version;
  }

  /** Reads later lines as a file whose header declared {@code declared} (null: as one whose line 1 was bad). */
  public void declare(String declared) {
    this.version = declared;
  }

  /** The error of a file without any line, at line 1. */
  public JsonLine emptyFileLine() {
    return new JsonLine.ErrorLine(1, named(emptyFile()));
  }

  private static ParleyJsonException emptyFile() {
    return new ParleyJsonException(ReadCodes.MISSING_VERSION, 1, 1, JsonPointer.root(), "the file is empty; a JSON Lines file"
        + " starts with the header line {\"parley\":\"" + ModelReader.VERSION + "\"}", null);
  }

  /**
   * Parses line {@code number}, whose bytes are the first {@code length} of {@code bytes} (null for a
   * line longer than the limit). Line 1 is the header and sets the version every later line is read
   * with: parse it before any other. Other lines change no state of the reader: they may be parsed
   * concurrently, each thread giving {@code ids} of its own.
   */
  public Parsed parse(long number, byte[] bytes, int length, Ids ids) {
    return parse(number, bytes, length, recordStarts && bytes != null ? new ValueStarts(bytes) : null, ids);
  }

  /** As {@link #parse(long, byte[], int, Ids)}, recording in {@code recorded} unless it is null. */
  private Parsed parse(long number, byte[] bytes, int length, ValueStarts recorded, Ids ids) {
    if (bytes == null) {
      return error(number, new ParleyJsonException(ReadCodes.LIMIT_EXCEEDED, number, 1, JsonPointer.root(),
          "the line is longer than the limit of " + maxLine + " bytes", null));
    }
    if (isBlank(bytes, length)) {
      return error(number, new ParleyJsonException(ReadCodes.EMPTY, number, 1, JsonPointer.root(),
          "the line is blank; every line of a JSON Lines file holds one JSON object", null));
    }
    boolean header = number == 1;
    boolean[] headerMissing = {false};
    try {
      Object record = parser.line(bytes, length, reader -> record(reader, header, headerMissing), recorded, ids);
      if (headerMissing[0]) {
        // Say the header is missing, and still give the record the first line holds.
        return new Parsed(List.of(new JsonLine.ErrorLine(number, named(new ParleyJsonException(
            ReadCodes.MISSING_VERSION, number, 1, JsonPointer.root(), "the first line must state the format version, {\"parley\":\""
                + ModelReader.VERSION + "\"}; this line is read as a record of format " + ModelReader.VERSION, null))),
            line(number, record)), recorded);
      }
      return new Parsed(record == null ? List.of() : List.of(line(number, record)), recorded);
    } catch (ParleyJsonException e) {
      return error(number, e.atLine(number));
    }
  }

  private Object record(ModelReader reader, boolean header, boolean[] headerMissing) {
    JsonIn in = reader.in();
    String declared = version;
    if (!header && declared != null) {
      in.declare(declared);
    }
    JsonIn.ObjectIn o = in.object(Fields.LINE);
    FieldName field = o.nextField();
    if (field == null) {
      throw in.error(ReadCodes.MISSING_FIELD, "a JSON Lines record holds one of actor, negotiation, agreement, source, report");
    }
    Object record;
    if (field == FieldName.PARLEY) {
      if (!header) {
        throw in.error(ReadCodes.UNKNOWN_FIELD, "only the first line may state the format version");
      }
      version = reader.version();
      record = null;
    } else {
      if (header) {
        headerMissing[0] = true;
        version = ModelReader.VERSION;
      }
      record = switch (field) {
        case ACTOR -> reader.actor();
        case NEGOTIATION -> reader.negotiation();
        case AGREEMENT -> reader.agreement();
        case SOURCE -> reader.source();
        case REPORT -> reader.report();
        default -> throw new IllegalStateException("Parley's reader has no case for the record kind \"" + field.wire
            + "\"");
      };
    }
    if (in.next() != JsonToken.END_OBJECT) {
      throw in.error(ReadCodes.UNKNOWN_FIELD,
          "a JSON Lines line holds exactly one field: parley (first line only), actor, negotiation, agreement, source or report");
    }
    return record;
  }

  /** The line holding {@code record}, one of the model's record types as the reader gives them. */
  private static JsonLine line(long lineNumber, Object record) {
    if (record instanceof org.parley.model.Actor a) {
      return new JsonLine.ActorLine(lineNumber, a);
    } else if (record instanceof org.parley.model.Negotiation n) {
      return new JsonLine.NegotiationLine(lineNumber, n);
    } else if (record instanceof org.parley.model.Agreement a) {
      return new JsonLine.AgreementLine(lineNumber, a);
    } else if (record instanceof org.parley.model.Source s) {
      return new JsonLine.SourceLine(lineNumber, s);
    } else if (record instanceof org.parley.model.Report r) {
      return new JsonLine.ReportLine(lineNumber, r);
    }
    throw new IllegalStateException("Parley's JSON Lines reader has no line for " + record.getClass().getName());
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private Parsed error(long number, ParleyJsonException e) {
    return new Parsed(List.of(new JsonLine.ErrorLine(number, named(e))), null);
  }

  private ParleyJsonException named(ParleyJsonException e) {
    return file.isEmpty() ? e : e.inFile(file);
  }
}
