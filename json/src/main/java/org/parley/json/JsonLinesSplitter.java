package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.parley.json.internal.reading.Ids;
import org.parley.json.internal.reading.JsonLinesReader;

/**
 * JSON Lines for engines that spread the work of one file over many workers: a splitter cuts the
 * input into numbered lines and reads the header (line 1), and a {@link Parser} made from the
 * header's version parses any later line on another worker exactly as {@link ParleyJson#readLines}
 * would have in place, problems included. Only the splitter holds the input; a line travels as its
 * number and bytes.
 *
 * <pre>{@code
 * try (JsonLinesSplitter lines = JsonLinesSplitter.of(ParleyJson.standard(), in, "corpus.jsonl")) {
 *   for (JsonLinesSplitter.Line line; (line = lines.next()) != null; ) {
 *     send(line, lines.version());           // to any worker, which parses it with
 *   }                                        // JsonLinesSplitter.parser(json, file, version).parse(line)
 * }
 * }</pre>
 */
public final class JsonLinesSplitter implements AutoCloseable {

  /**
   * One line of input: its number (from 1) and its bytes without the line end, or null bytes for a
   * line longer than the reader's limit; {@code number} 0 stands for a file without any line.
   */
  public record Line(long number, byte[] bytes) {}

  private final JsonLinesReader reader;
  private final InputStream in;
  private boolean started;
  private boolean header;

  private JsonLinesSplitter(JsonLinesReader reader, InputStream in) {
    this.reader = reader;
    this.in = in;
  }

  /** A splitter of {@code in}, read with {@code json}'s limits; problems name {@code file}. */
  public static JsonLinesSplitter of(ParleyJson json, InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    return new JsonLinesSplitter(json.linesReader(in, Objects.requireNonNull(file, "file")), in);
  }

  /**
   * The next line, or null at the end. Line 1 is parsed here too, to learn the version; a file
   * without any line gives one line numbered 0, which a parser turns into the empty file's problem.
   */
  public Line next() {
    JsonLinesReader.Raw raw = reader.nextLine();
    if (raw == null) {
      if (started) {
        return null;
      }
      started = true;
      return new Line(0, null);
    }
    if (!started) {
      started = true;
      header = reader.parse(raw.number(), raw.bytes(), raw.length(), new Ids()).lines().isEmpty();
    }
    return new Line(raw.number(), raw.bytes());
  }

  /**
   * The format version the header declared, as later lines are read with; null when line 1 was not
   * a readable line. Known once {@link #next} has given line 1.
   */
  public String version() {
    return reader.version();
  }

  /**
   * Whether line 1 was the header (and not a record, nor a line that could not be read): every other
   * line is one record as {@link ValidationSummary#records} counts them (an empty file's line 0 is none).
   */
  public boolean headerRead() {
    return header;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parser of the lines of {@code file}, whose header declared {@code version} (null as {@link #version} gives it). */
  public static Parser parser(ParleyJson json, String file, String version) {
    JsonLinesReader reader = json.linesReader(InputStream.nullInputStream(), Objects.requireNonNull(file, "file"));
    reader.declare(version);
    return new Parser(reader);
  }

  /** Parses single lines of one file; one parser per thread. */
  public static final class Parser {
    private final JsonLinesReader reader;
    private final Ids ids = new Ids();

    private Parser(JsonLinesReader reader) {
      this.reader = reader;
    }

    /**
     * What the line gives, as {@link ParleyJson#readLines} gives it: nothing for the header, one
     * record or one error line, or two lines for a line 1 that is a record (the missing header's error,
     * then the record).
     */
    public List<JsonLine> parse(Line line) {
      if (line.number() == 0) {
        return List.of(reader.emptyFileLine());
      }
      byte[] bytes = line.bytes();
      String declared = reader.version();
      List<JsonLine> lines = reader.parse(line.number(), bytes, bytes == null ? 0 : bytes.length, ids).lines();
      reader.declare(declared);   // line 1 read again must not change how later lines are read
      return lines;
    }
  }
}
