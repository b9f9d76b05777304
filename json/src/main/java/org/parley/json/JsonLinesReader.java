package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonToken;

/**
 * Reads JSON Lines one line at a time: the first line must be the header {@code {"parley":"1.0"}},
 * every other line one record {@code {"actor":{...}}}, {@code {"negotiation":...}}, {@code
 * {"source":...}} or {@code {"report":...}}. Only one line is held in memory at a time; a bad line
 * is reported with its number and reading goes on with the next.
 */
final class JsonLinesReader implements Iterator<JsonLine> {

  private static final int BUFFER = 64 * 1024;

  private final DocumentParser parser;
  private final InputStream in;
  private final int maxLine;
  /** The file's name for problems, or empty. */
  private final String file;
  /** Whether each record's value starts are recorded ({@link #starts()}). */
  private final boolean recordStarts;
  private ValueStarts starts;
  private final byte[] buffer = new byte[BUFFER];
  private int bufferStart;
  private int bufferEnd;
  private boolean endOfInput;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private JsonLine next;
  /** The format version the header line declares; null until it has been read. */
  private String version;

  /**
   * A reader of {@code in}, whose problems name {@code file} (empty for none); with {@code
   * recordStarts}, where each value of a record's line starts is recorded, for placing the
   * violations found in the record later ({@link #starts()}).
   */
  JsonLinesReader(DocumentParser parser, int maxLine, InputStream in, String file, boolean recordStarts) {
    this.parser = parser;
    this.in = in;
    this.maxLine = maxLine;
    this.file = file;
    this.recordStarts = recordStarts;
  }

  /**
   * Where the values of the last record line returned start on it, when they are recorded; null
   * otherwise.
   */
  ValueStarts starts() {
    return starts;
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

  Stream<JsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!queued.isEmpty()) {
        next = queued.poll();
        break;
      }
      int length = readLine();
      if (length == END) {
        if (lineNumber == 0 && !reportedEmpty) {
          reportedEmpty = true;
          next = new JsonLine.ErrorLine(1, named(new ParleyJsonException(ReadCodes.MISSING_VERSION, 1, 1, "",
              "the file is empty; a JSON Lines file starts with the header line {\"parley\":\"" + ModelReader.VERSION
              + "\"}", null)));
          break;
        }
        return false;
      }
      next = parse(length);
    }
    return true;
  }

  /** Lines found with the one being returned: the record of a first line that lacked the header. */
  private final java.util.ArrayDeque<JsonLine> queued = new java.util.ArrayDeque<>();
  private boolean reportedEmpty;
  private boolean headerMissing;

  @Override
  public JsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonLine result = next;
    next = null;
    return result;
  }

  private static final int END = -1;
  private static final int TOO_LONG = -2;

  /** Reads the next line into {@code line}; its length, {@link #END} or {@link #TOO_LONG}. */
  private int readLine() {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (bufferStart == bufferEnd && !fill()) {
        if (!any) {
          return END;
        }
        break;
      }
      any = true;
      int newline = -1;
      for (int i = bufferStart; i < bufferEnd; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int chunkEnd = newline < 0 ? bufferEnd : newline;
      int chunk = chunkEnd - bufferStart;
      if (!tooLong && length + chunk > maxLine) {
        tooLong = true;
      }
      if (!tooLong) {
        if (length + chunk > line.length) {
          line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + chunk), maxLine));
        }
        System.arraycopy(buffer, bufferStart, line, length, chunk);
        length += chunk;
      }
      bufferStart = newline < 0 ? bufferEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return TOO_LONG;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return length;
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    try {
      int read = in.read(buffer, 0, BUFFER);
      if (read <= 0) {
        endOfInput = true;
        return false;
      }
      bufferStart = 0;
      bufferEnd = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line as a record or an error; null for the header line, which yields nothing. */
  private JsonLine parse(int length) {
    if (length == TOO_LONG) {
      return error(new ParleyJsonException(ReadCodes.LIMIT_EXCEEDED, lineNumber, 1, "",
          "the line is longer than the limit of " + maxLine + " bytes", null));
    }
    if (isBlank(length)) {
      return error(new ParleyJsonException(ReadCodes.EMPTY, lineNumber, 1, "",
          "the line is blank; every line of a JSON Lines file holds one JSON object", null));
    }
    boolean header = lineNumber == 1;
    try {
      ValueStarts recorded = recordStarts ? new ValueStarts(line) : null;
      Object record = parser.line(line, length, reader -> record(reader, header), recorded);
      starts = recorded;
      if (headerMissing && header) {
        // Say the header is missing, and still give the record the first line holds.
        queued.add(line(lineNumber, record));
        return error(new ParleyJsonException(ReadCodes.MISSING_VERSION, lineNumber, 1, "", "the first line must state"
            + " the format version, {\"parley\":\"" + ModelReader.VERSION + "\"}; this line is read as a record of"
            + " format " + ModelReader.VERSION, null));
      }
      return record == null ? null : line(lineNumber, record);
    } catch (ParleyJsonException e) {
      return error(e.atLine(lineNumber));
    }
  }

  private Object record(ModelReader reader, boolean header) {
    JsonIn in = reader.in();
    if (!header && version != null) {
      in.declare(version);
    }
    JsonIn.ObjectIn o = in.object(Fields.LINE);
    String field = o.nextField();
    if (field == null) {
      throw in.error(ReadCodes.MISSING_FIELD, "a JSON Lines record holds one of actor, negotiation, agreement, source, report");
    }
    Object record;
    if (field.equals("parley")) {
      if (!header) {
        throw in.error(ReadCodes.UNKNOWN_FIELD, "only the first line may state the format version");
      }
      version = reader.version();
      record = null;
    } else {
      if (header) {
        headerMissing = true;
        version = ModelReader.VERSION;
      }
      record = switch (field) {
        case "actor" -> reader.actor();
        case "negotiation" -> reader.negotiation();
        case "agreement" -> reader.agreement();
        case "source" -> reader.source();
        case "report" -> reader.report();
        default -> throw new IllegalStateException("Parley's reader has no case for the record kind \"" + field + "\"");
      };
    }
    if (in.next() != JsonToken.END_OBJECT) {
      throw in.error(ReadCodes.UNKNOWN_FIELD,
          "a JSON Lines line holds exactly one field: parley (first line only), actor, negotiation, agreement, source or report");
    }
    return record;
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private JsonLine error(ParleyJsonException e) {
    return new JsonLine.ErrorLine(lineNumber, named(e));
  }

  private ParleyJsonException named(ParleyJsonException e) {
    return file.isEmpty() ? e : e.inFile(file);
  }
}
