package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.json.internal.reading.Ids;
import org.parley.json.internal.reading.JsonLinesReader;
import org.parley.json.internal.reading.ValueStarts;
import org.parley.model.JsonPointer;
import org.parley.validate.Severity;
import org.parley.validate.ValidationSession;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Reads and validates a JSON Lines dataset in one pass and in constant memory apart from the index
 * (actors, negotiations, agreements, sources, report ids): each line is read once, each report
 * checked against the records before it, and every problem is handed on as it is found, located by
 * file, line, column and JSON Pointer within the line ({@code /report/demands/0/by}). Actors,
 * negotiations, agreements and sources must come before the reports that use them, as
 * {@link ParleyJson#writeLines} writes them; their own checks (references among them, cycles,
 * duplicate ids) run at the end of the file, and a record met twice is named by its line.
 */
public final class JsonLinesValidator {

  private static final JsonPointer REPORT = JsonPointer.root().child("report");

  /**
   * Bytes of one batch of lines parsed on a worker thread (or fewer lines, {@link #batchLines}):
   * enough to keep a thread busy, small enough that a 1 GB file validates on every core in 64 MB.
   */
  private static final int BATCH_BYTES = 256 << 10;

  /**
   * Reports whose checks may be under way or waiting to be handed on, per thread, beyond those of the
   * batch being taken: enough to keep the threads busy, few enough that a 1 GB file still validates in
   * 64 MB (with a batch's worth per thread, it ran out).
   */
  private static final int CHECKS_PER_THREAD = 64;

  private final ParleyJson json;
  private final Validator validator;
  private final int threads;
  /** Lines of one batch, at most. */
  private final int batchLines;

  /**
   * A validator that reads with {@code json} (its limits) and checks with {@code validator} (its
   * rules and source texts), on the calling thread.
   */
  public JsonLinesValidator(ParleyJson json, Validator validator) {
    this(json, validator, 1, 1024);
  }

  private JsonLinesValidator(ParleyJson json, Validator validator, int threads, int batchLines) {
    this.json = json;
    this.validator = validator;
    this.threads = threads;
    this.batchLines = batchLines;
  }

  /** The same validator with batches of at most {@code lines} lines: small batches, for tests. */
  JsonLinesValidator withBatchLines(int lines) {
    return new JsonLinesValidator(json, validator, threads, lines);
  }

  /**
   * The same validator, parsing and checking lines on {@code threads} threads (1, the default, works
   * on the calling thread). Lines are parsed in batches in parallel; the index grows and what a report
   * shares with earlier ones is checked in line order on the calling thread, and, with only the
   * standard rules, the rest of each report's checks run on the threads too; problems are handed on in
   * line order, so the problems, their order and the summary are the same whatever the number of
   * threads. Memory grows by the batches of lines in flight (256 KiB or 1,024 lines each, one per
   * thread and one more), with the records read from them, and by at most 64 checked reports a thread.
   *
   * @param threads the threads, 1 or more; {@code Runtime.getRuntime().availableProcessors()}
   *     uses every core
   * @return a validator that parses on that many threads
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public JsonLinesValidator withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("Invalid value for threads (must be 1 or more): " + threads);
    }
    return new JsonLinesValidator(json, validator, threads, batchLines);
  }

  /**
   * Validates the JSON Lines file at {@code file}, handing each problem, located in that file, to
   * {@code problems}.
   *
   * @throws IOException if the file cannot be opened or read
   */
  public ValidationSummary validate(Path file, Consumer<Problem> problems) throws IOException {
    try {
      return validateWhile(Files.newInputStream(file), file.toString(), always(problems));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Validates the stream, which is closed at the end, handing each problem to {@code problems}. */
  public ValidationSummary validate(InputStream in, Consumer<Problem> problems) {
    return validateWhile(in, "", always(problems));
  }

  /**
   * Validates the stream, which is closed at the end, handing each problem to {@code problems} until
   * it returns {@code false}: then reading stops at once, the checks that need the whole file (cycles,
   * references never met) are not run, no further problem is handed on, and the summary counts the
   * lines read and the problems handed on, with {@link ValidationSummary#stopped()} set. For a limit
   * such as "stop after 100 errors".
   *
   * @param file the file's name, which every problem's location carries; empty for none
   */
  public ValidationSummary validateWhile(InputStream in, String file, Predicate<Problem> problems) {
    return new Run(file, problems).validate(in);
  }

  private static Predicate<Problem> always(Consumer<Problem> problems) {
    return problem -> {
      problems.accept(problem);
      return true;
    };
  }

  /** A line taken, with its report's checks: those across reports, done, and the rest, under way or null. */
  private record Taken(JsonLine line, ValueStarts starts, List<Violation> across, Future<List<Violation>> alone) {}

  /** One validation: the index's lines and value starts, and the counts. */
  private final class Run {
    private final String file;
    private final Predicate<Problem> problems;
    private final ValidationSession session = validator.session();
    /** Where the index records stand, to place the index's problems on their lines. */
    private final IndexLines index;
    private long lastCounted = -1;
    private long records;
    private long errors;
    private long warnings;
    private boolean stop;
    /** On several threads with only the standard rules: reports are checked on the pool too. */
    private ExecutorService pool;
    /** The lines taken and not yet handed on, in line order, with their reports' checks under way. */
    private final ArrayDeque<Taken> pending = new ArrayDeque<>();
    /** Each pool thread's checker of reports against the index as it is; replaced when the index grows. */
    private ThreadLocal<ValidationSession.Worker> workers;

    Run(String file, Predicate<Problem> problems) {
      this.file = file;
      this.problems = problems;
      this.index = new IndexLines(file);
    }

    ValidationSummary validate(InputStream in) {
      JsonLinesReader reader = json.linesRecordingStarts(in, file);
      try (in) {
        if (threads == 1) {
          while (!stop && reader.hasNext()) {
            JsonLine line = reader.next();
            take(line, reader.starts());
          }
        } else {
          inParallel(reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!stop) {
        session.namePlaces(index::name);
        for (Violation v : session.finish()) {
          hand(index.placeOnLine(v));
          if (stop) {
            break;
          }
        }
      }
      return new ValidationSummary(records, errors, warnings, stop);
    }

    /**
     * Splits the input into batches of lines on this thread, parses the batches on the pool, and takes
     * the parsed lines here in line order: the header (line 1) first, alone, as it sets the version
     * the other lines are read with.
     */
    private void inParallel(JsonLinesReader reader) {
      JsonLinesReader.Raw first = reader.nextLine();
      if (first == null) {
        take(reader.emptyFileLine(), null);
        return;
      }
      take(reader.parse(first.number(), first.bytes(), first.length(), new Ids()));
      ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
        Thread thread = new Thread(work, "parley-parse");
        thread.setDaemon(true);
        return thread;
      });
      ArrayDeque<Future<List<JsonLinesReader.Parsed>>> inFlight = new ArrayDeque<>();
      if (session.checksInParallel()) {
        this.pool = pool;
        workers = ThreadLocal.withInitial(session::worker);
      }
      try {
        while (!stop) {
          List<JsonLinesReader.Raw> batch = new ArrayList<>();
          long bytes = 0;
          JsonLinesReader.Raw raw;
          while (batch.size() < batchLines && bytes < BATCH_BYTES && (raw = reader.nextLine()) != null) {
            batch.add(raw);
            bytes += raw.length();
          }
          if (batch.isEmpty()) {
            break;
          }
          inFlight.add(pool.submit(() -> {
            List<JsonLinesReader.Parsed> parsed = new ArrayList<>(batch.size());
            Ids ids = new Ids();   // the batch's own: a worker thread's, while it parses the batch
            for (JsonLinesReader.Raw line : batch) {
              parsed.add(reader.parse(line.number(), line.bytes(), line.length(), ids));
            }
            return parsed;
          }));
          while (inFlight.size() > threads && !stop) {
            takeBatch(inFlight.poll());
          }
        }
        while (!inFlight.isEmpty() && !stop) {
          takeBatch(inFlight.poll());
        }
        handReady(0);
      } finally {
        pool.shutdownNow();
      }
    }

    private void takeBatch(Future<List<JsonLinesReader.Parsed>> batch) {
      List<JsonLinesReader.Parsed> parsed = await(batch);
      for (JsonLinesReader.Parsed lines : parsed) {
        if (stop) {
          return;
        }
        take(lines);
      }
      if (pool != null) {
        handReady(threads * CHECKS_PER_THREAD);
      }
    }

    /** The result of work done on the pool; its failure, thrown here. */
    private <T> T await(Future<T> work) {
      try {
        return work.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("validation was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error failure) {
          throw failure;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    /** The lines one line of input gave; its value starts belong to the last, its record. */
    private void take(JsonLinesReader.Parsed parsed) {
      List<JsonLine> lines = parsed.lines();
      for (int i = 0; i < lines.size() && !stop; i++) {
        ValueStarts starts = i == lines.size() - 1 ? parsed.starts() : null;
        if (pool != null) {
          takeChecking(lines.get(i), starts);
        } else {
          take(lines.get(i), starts);
        }
      }
    }

    /**
     * A line taken in line order while reports are checked on the pool: a report's checks across reports
     * run here, in order, and the rest on the pool against the index as it is; an index record first waits
     * for the checks under way, which read the index, then joins it. Everything is handed on in line order
     * ({@link #handReady}), so the problems, their order and the counts are those of one thread.
     */
    private void takeChecking(JsonLine line, ValueStarts starts) {
      if (line instanceof JsonLine.ReportLine r) {
        List<Violation> across = session.checkAcross(r.value(), REPORT, "line " + line.lineNumber());
        ThreadLocal<ValidationSession.Worker> current = workers;
        pending.add(new Taken(line, starts, across, pool.submit(() -> current.get().checkAlone(r.value(), REPORT))));
        return;
      }
      if (!(line instanceof JsonLine.ErrorLine)) {
        handReady(0);   // every check under way done: the index may change
        if (stop) {
          return;
        }
        indexRecord(line, starts);
        workers = ThreadLocal.withInitial(session::worker);   // checkers with fresh caches for the grown index
      }
      pending.add(new Taken(line, starts, List.of(), null));
    }

    /** Hands on the lines taken, in order, until at most {@code keep} are left (waiting for their checks). */
    private void handReady(int keep) {
      while (pending.size() > keep && !stop) {
        Taken taken = pending.poll();
        count(taken.line());
        if (taken.line() instanceof JsonLine.ErrorLine e) {
          e.exception().problems().forEach(this::hand);
          continue;
        }
        if (taken.alone() != null) {
          List<Violation> alone = await(taken.alone());
          for (List<Violation> found : List.of(taken.across(), alone)) {
            for (Violation v : found) {
              if (stop) {
                return;
              }
              hand(placeInLine(v, taken.line(), taken.starts()));
            }
          }
        }
      }
    }

    /** Counts, indexes or checks one line, in line order. */
    private void take(JsonLine line, ValueStarts starts) {
      count(line);
      if (line instanceof JsonLine.ErrorLine e) {
        e.exception().problems().forEach(this::hand);
      } else if (line instanceof JsonLine.ReportLine r) {
        for (Violation v : session.check(r.value(), REPORT, "line " + line.lineNumber())) {
          hand(placeInLine(v, line, starts));
        }
      } else {
        indexRecord(line, starts);
      }
    }

    /** A record per line, read or not; a missing header is no record, and line 1 then still has its record. */
    private void count(JsonLine line) {
      boolean header = line instanceof JsonLine.ErrorLine e && e.exception().code().equals(ReadCodes.MISSING_VERSION);
      if (!header && line.lineNumber() != lastCounted) {
        records++;
        lastCounted = line.lineNumber();
      }
    }

    /** An actor, negotiation, agreement or source joins the index. */
    private void indexRecord(JsonLine line, ValueStarts starts) {
      if (line instanceof JsonLine.ActorLine a) {
        session.add(a.value());
        index.add("actors", line.lineNumber(), starts);
      } else if (line instanceof JsonLine.NegotiationLine n) {
        session.add(n.value());
        index.add("negotiations", line.lineNumber(), starts);
      } else if (line instanceof JsonLine.AgreementLine a) {
        session.add(a.value());
        index.add("agreements", line.lineNumber(), starts);
      } else if (line instanceof JsonLine.SourceLine s) {
        session.add(s.value());
        index.add("sources", line.lineNumber(), starts);
      }
    }

    /** A violation of the report on {@code line}, at the column where its value starts. */
    private Problem placeInLine(Violation v, JsonLine line, ValueStarts starts) {
      return Problem.of(v, new Location(file, line.lineNumber(), starts.find(v.path())[1], v.path()));
    }

    private void hand(Problem problem) {
      if (!stop) {
        if (problem.severity() == Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
        stop = !problems.test(problem);
      }
    }
  }
}
