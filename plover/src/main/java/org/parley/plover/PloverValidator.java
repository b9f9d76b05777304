package org.parley.plover;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.parley.json.Location;
import org.parley.json.Problem;
import org.parley.json.ReadCodes;
import org.parley.json.ReadLimits;
import org.parley.json.ValidationSummary;
import org.parley.json.internal.LineSplitter;
import org.parley.model.JsonPointer;
import org.parley.plover.JsonTree.Member;
import org.parley.validate.Severity;

/**
 * Checks event records in the PLOVER format that others produced, against the PLOVER manual (draft
 * 2.0): as JSON Lines (one record a line, as the manual suggests) or as one JSON array of records.
 * Every problem is a {@link Problem} as Parley's own validators give them: a stable code ({@link
 * PloverCodes}, or the reading codes of {@link ReadCodes}), the file, line, column (in code points)
 * and JSON Pointer of the value at fault, and a message; the problems of a record come in the order of
 * their places in it. Input is bounded by {@link ReadLimits} (line and string lengths, nesting,
 * numbers): a hostile file gives located problems, never an exception.
 *
 * <pre>{@code
 * ValidationSummary summary = PloverValidator.standard().withThreads(4)
 *     .validateLines(in, "events.jsonl", problem -> { System.out.println(problem); return true; });
 * }</pre>
 */
public final class PloverValidator {

  /** Lines of one batch handed to a worker thread, at most. */
  private static final int BATCH_LINES = 1024;
  /** Bytes of one batch, at most (a batch ends at the line that reaches it). */
  private static final int BATCH_BYTES = 256 << 10;

  private final ReadLimits limits;
  private final boolean lenient;
  /** Readers with the limits, strict and reading trailing commas: one factory each, shared by the threads. */
  private final JsonTree.Reader strictReader;
  private final JsonTree.Reader lenientReader;
  private final int threads;

  private PloverValidator(ReadLimits limits, boolean lenient, int threads) {
    this.limits = limits;
    this.lenient = lenient;
    this.strictReader = new JsonTree.Reader(limits, false);
    this.lenientReader = new JsonTree.Reader(limits, true);
    this.threads = threads;
  }

  /** Strict checking, with Parley's default read limits, on the calling thread. */
  public static PloverValidator standard() {
    return new PloverValidator(ReadLimits.defaults(), false, 1);
  }

  /**
   * The same validator, lenient or not. Lenient accepts the known deviations of real files as
   * warnings: trailing commas before {@code ]} or {@code }} ({@link PloverCodes#TRAILING_COMMA}) and
   * field names of earlier drafts of the manual ({@link PloverCodes#OLDER_FIELD}, an error otherwise).
   */
  public PloverValidator lenient(boolean lenient) {
    return new PloverValidator(limits, lenient, threads);
  }

  /** The same validator with these read limits. */
  public PloverValidator withLimits(ReadLimits limits) {
    return new PloverValidator(Objects.requireNonNull(limits, "limits"), lenient, threads);
  }

  /**
   * The same validator, checking lines on {@code threads} threads; the problems and their order are the
   * same for any number. Memory holds the batches in flight (at most 1,024 lines or 256 KiB each, two
   * per thread) and the ids seen, whatever the length of the file.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public PloverValidator withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("Invalid value for threads (must be 1 or more): " + threads);
    }
    return new PloverValidator(limits, lenient, threads);
  }

  /**
   * Checks a JSON Lines file of PLOVER records, handing each problem to {@code sink} in line order;
   * stops when {@code sink} returns false. Blank lines are problems ({@code json.empty}), as in
   * Parley's own JSON Lines; each other line is one record.
   *
   * @param in the file's bytes, read to the end (not closed)
   * @param file the file's name for the problems' locations
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public ValidationSummary validateLines(InputStream in, String file, Predicate<Problem> sink) {
    Objects.requireNonNull(file, "file");
    Counter counter = new Counter(sink);
    Lines lines = new Lines(in, limits.maxLineLength());
    IdSet ids = new IdSet();
    if (threads == 1) {
      List<Raw> batch;
      while (!counter.stopped && !(batch = lines.batch()).isEmpty()) {
        hand(check(batch, file), ids, counter, file);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
        Thread thread = new Thread(work, "parley-plover");
        thread.setDaemon(true);
        return thread;
      });
      try {
        ArrayDeque<Future<List<Checked>>> inFlight = new ArrayDeque<>();
        List<Raw> batch;
        while (!counter.stopped) {
          while (inFlight.size() < threads * 2 && !(batch = lines.batch()).isEmpty()) {
            List<Raw> taken = batch;
            inFlight.add(pool.submit(() -> check(taken, file)));
          }
          if (inFlight.isEmpty()) {
            break;
          }
          hand(inFlight.poll().get(), ids, counter, file);
        }
        inFlight.forEach(f -> f.cancel(true));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while checking " + file, e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return counter.summary();
  }

  /**
   * Checks a JSON document of PLOVER records: an array of record objects (a single object is read as
   * one record), bounded by {@link ReadLimits#maxDocumentLength()}.
   */
  public ValidationSummary validateDocument(byte[] bytes, String file, Predicate<Problem> sink) {
    Objects.requireNonNull(file, "file");
    Counter counter = new Counter(sink);
    Positions positions = new Positions(bytes, 1);
    List<Problem> problems = new ArrayList<>();
    RecordRules.Sink place = (severity, code, offset, pointer, message) -> {
      long[] at = positions.at(offset);
      problems.add(new Problem(severity, code, new Location(file, at[0], at[1], pointer), message));
    };
    if (bytes.length > limits.maxDocumentLength()) {
      place.problem(Severity.ERROR, ReadCodes.LIMIT_EXCEEDED, 0, JsonPointer.root(), "the document is longer than"
          + " the limit of " + limits.maxDocumentLength() + " bytes");
      counter.take(problems);
      return counter.summary();
    }
    JsonTree value = parse(bytes, bytes.length, place, true);
    if (value == null) {
      counter.take(problems);
      return counter.summary();
    }
    List<JsonTree> records = value instanceof JsonTree.Arr a ? a.items() : List.of(value);
    IdSet ids = new IdSet();
    int from = 0;
    for (int i = 0; i < records.size() && !counter.stopped; i++) {
      JsonPointer at = value instanceof JsonTree.Arr ? JsonPointer.root().child(i) : JsonPointer.root();
      Member id = new RecordRules(place, lenient).check(records.get(i), at);
      if (id != null) {
        long line = positions.at(id.value().offset())[0];
        long first = ids.add(((JsonTree.Str) id.value()).value(), line);
        if (first > 0) {
          place.problem(Severity.ERROR, PloverCodes.DUPLICATE_ID, id.value().offset(), at.child(id.name()),
              duplicate(((JsonTree.Str) id.value()).value(), first));
        }
      }
      counter.records++;
      List<Problem> mine = new ArrayList<>(problems.subList(from, problems.size()));
      problems.subList(from, problems.size()).clear();
      mine.sort(PLACE);
      counter.take(mine);
    }
    counter.take(problems);
    return counter.summary();
  }

  private static String duplicate(String id, long firstLine) {
    return "the id \"" + RecordRules.shorten(id) + "\" is also the id of the record on line " + firstLine
        + "; an id is unique within the data set";
  }

  private static final Comparator<Problem> PLACE = Comparator.comparingLong(Problem::line)
      .thenComparingLong(Problem::column);

  /** One line read: its number and bytes, or null bytes for a line over the limit. */
  private record Raw(long number, byte[] bytes) {}

  /** One line checked: its problems in order, and its id and where the id is, if it has one. */
  private record Checked(long number, List<Problem> problems, String id, long idColumn, JsonPointer idPointer) {}

  private List<Checked> check(List<Raw> batch, String file) {
    List<Checked> out = new ArrayList<>(batch.size());
    for (Raw raw : batch) {
      out.add(check(raw, file));
    }
    return out;
  }

  private Checked check(Raw raw, String file) {
    List<Problem> problems = new ArrayList<>();
    if (raw.bytes() == null) {
      problems.add(new Problem(Severity.ERROR, ReadCodes.LIMIT_EXCEEDED, new Location(file, raw.number(), 1,
          JsonPointer.root()), "the line is longer than the limit of " + limits.maxLineLength() + " bytes"));
      return new Checked(raw.number(), problems, null, 0, null);
    }
    Positions positions = new Positions(raw.bytes(), raw.number());
    RecordRules.Sink place = (severity, code, offset, pointer, message) -> {
      long[] at = positions.at(offset);
      problems.add(new Problem(severity, code, new Location(file, at[0], at[1], pointer), message));
    };
    if (isBlank(raw.bytes())) {
      place.problem(Severity.ERROR, ReadCodes.EMPTY, 0, JsonPointer.root(), "the line is blank; every line of a JSON"
          + " Lines file holds one PLOVER record");
      return new Checked(raw.number(), problems, null, 0, null);
    }
    JsonTree record = parse(raw.bytes(), raw.bytes().length, place, false);
    Member id = record == null ? null : new RecordRules(place, lenient).check(record, JsonPointer.root());
    problems.sort(PLACE);
    if (id == null) {
      return new Checked(raw.number(), problems, null, 0, null);
    }
    return new Checked(raw.number(), problems, ((JsonTree.Str) id.value()).value(), positions.at(id.value().offset())[1],
        JsonPointer.root().child(id.name()));
  }

  /** Hands a batch's problems on in line order, with the duplicate ids found against the earlier lines. */
  private void hand(List<Checked> batch, IdSet ids, Counter counter, String file) {
    for (Checked c : batch) {
      if (counter.stopped) {
        return;
      }
      List<Problem> problems = c.problems();
      if (c.id() != null) {
        long first = ids.add(c.id(), c.number());
        if (first > 0) {
          problems = new ArrayList<>(problems);
          problems.add(new Problem(Severity.ERROR, PloverCodes.DUPLICATE_ID, new Location(file, c.number(),
              c.idColumn(), c.idPointer()), duplicate(c.id(), first)));
          problems.sort(PLACE);
        }
      }
      counter.records++;
      counter.take(problems);
    }
  }

  /**
   * The JSON value of the bytes, or null after reporting why it cannot be read: malformed UTF-8 or
   * JSON, a limit, trailing content; trailing commas are read with a warning when lenient, and named as
   * such (with the way out) when strict.
   */
  private JsonTree parse(byte[] bytes, int length, RecordRules.Sink place, boolean document) {
    long bad = firstMalformed(bytes, length);
    if (bad >= 0) {
      place.problem(Severity.ERROR, ReadCodes.INVALID_UTF8, bad, JsonPointer.root(), "byte 0x"
          + String.format("%02X", bytes[(int) bad] & 0xFF) + " is not well-formed UTF-8; PLOVER records are UTF-8 JSON");
      return null;
    }
    List<JsonTree.Fault> faults = new ArrayList<>();
    JsonTree value = (lenient ? lenientReader : strictReader).read(bytes, length, faults::add);
    // Trailing commas matter only where lenient reading read past them, or where strict reading failed.
    List<TrailingCommas.Comma> commas = (value != null) == lenient ? TrailingCommas.find(bytes, length) : List.of();
    if (value == null && !lenient && !commas.isEmpty()
        && lenientReader.read(bytes, length, f -> { }) != null) {
      for (TrailingCommas.Comma comma : commas) {
        place.problem(Severity.ERROR, ReadCodes.SYNTAX, comma.offset(), comma.pointer(), "a trailing comma before "
            + comma.closer() + "; JSON does not allow one (--lenient reads it, with a warning)");
      }
      return null;
    }
    for (JsonTree.Fault f : faults) {
      String message = f.message();
      if (document && f.code().equals(ReadCodes.TRAILING_CONTENT)) {
        message = "unexpected content after the end of the JSON value; a JSON file holds one array of records"
            + " (a file of one record a line is JSON Lines: name it .jsonl, or give --lines)";
      }
      place.problem(Severity.ERROR, f.code(), f.offset(), f.pointer(), message);
    }
    if (value != null && lenient) {
      for (TrailingCommas.Comma comma : commas) {
        place.problem(Severity.WARNING, PloverCodes.TRAILING_COMMA, comma.offset(), comma.pointer(), "a trailing comma"
            + " before " + comma.closer() + ", which JSON does not allow; read as if it were not there");
      }
    }
    return value;
  }

  private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
      .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

  /**
   * The offset of the first byte that is not well-formed UTF-8 (the JDK's decoder refuses overlong
   * forms, surrogates and code points above U+10FFFF), or -1.
   */
  static long firstMalformed(byte[] bytes, int length) {
    int i = 0;
    while (i < length && bytes[i] >= 0) {
      i++;
    }
    if (i == length) {
      return -1;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    try {
      UTF8.get().reset().decode(in);
      return -1;
    } catch (MalformedInputException e) {
      return in.position();
    } catch (CharacterCodingException e) {
      return in.position();
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Counts what passes to the sink and remembers when it asked to stop. */
  private static final class Counter {
    private final Predicate<Problem> sink;
    long records;
    long errors;
    long warnings;
    boolean stopped;

    Counter(Predicate<Problem> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    void take(List<Problem> problems) {
      for (Problem p : problems) {
        if (stopped) {
          return;
        }
        if (p.severity() == Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
        if (!sink.test(p)) {
          stopped = true;
        }
      }
    }

    ValidationSummary summary() {
      return new ValidationSummary(records, errors, warnings, stopped);
    }
  }

  /** Splits the input into numbered lines, in batches; a line over the limit is kept as its number alone. */
  private static final class Lines {
    private final LineSplitter splitter;
    private final int maxLine;

    Lines(InputStream in, int maxLine) {
      this.splitter = new LineSplitter(Objects.requireNonNull(in, "in"), maxLine);
      this.maxLine = maxLine;
    }

    List<Raw> batch() {
      List<Raw> batch = new ArrayList<>();
      long bytes = 0;
      while (batch.size() < BATCH_LINES && bytes < BATCH_BYTES) {
        int length = splitter.next();
        if (length == LineSplitter.END) {
          break;
        }
        byte[] line = length == LineSplitter.TOO_LONG ? null : java.util.Arrays.copyOf(splitter.line(), length);
        batch.add(new Raw(splitter.number(), line));
        bytes += line == null ? maxLine : line.length;
      }
      return batch;
    }
  }
}
