package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.validate.JsonPointer;
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
   * The most value starts of index records kept for columns (a few bytes each): far more than any
   * real index needs; past it, the violations of later index records are placed by line alone.
   */
  static final long INDEX_STARTS_LIMIT = 4L << 20;

  private final ParleyJson json;
  private final Validator validator;

  /**
   * A validator that reads with {@code json} (its limits) and checks with {@code validator} (its
   * rules and source texts).
   */
  public JsonLinesValidator(ParleyJson json, Validator validator) {
    this.json = json;
    this.validator = validator;
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

  /** One validation: the index's lines and value starts, and the counts. */
  private final class Run {
    private final String file;
    private final Predicate<Problem> problems;
    private final ValidationSession session = validator.session();
    /** The line of each index record, by kind ("actors") and position in the session's index. */
    private final Map<String, List<Long>> lineOf = new HashMap<>();
    /** The value starts of each index record, by kind and position; null past the limit. */
    private final Map<String, List<ValueStarts.Flat>> startsOf = new HashMap<>();
    private final Map<String, String> pointers = new HashMap<>();
    private long startsKept;
    private long records;
    private long errors;
    private long warnings;
    private boolean stop;

    Run(String file, Predicate<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    ValidationSummary validate(InputStream in) {
      JsonLinesReader reader = json.linesRecordingStarts(in, file);
      long lastCounted = -1;
      try (in) {
        while (!stop && reader.hasNext()) {
          JsonLine line = reader.next();
          // A record per line, read or not; a missing header is no record, and line 1 then still has its record.
          boolean header = line instanceof JsonLine.ErrorLine e && e.exception().code().equals(ReadCodes.MISSING_VERSION);
          if (!header && line.lineNumber() != lastCounted) {
            records++;
            lastCounted = line.lineNumber();
          }
          if (line instanceof JsonLine.ErrorLine e) {
            e.exception().problems().forEach(this::hand);
          } else if (line instanceof JsonLine.ActorLine a) {
            session.add(a.value());
            index("actors", line, reader.starts());
          } else if (line instanceof JsonLine.NegotiationLine n) {
            session.add(n.value());
            index("negotiations", line, reader.starts());
          } else if (line instanceof JsonLine.AgreementLine a) {
            session.add(a.value());
            index("agreements", line, reader.starts());
          } else if (line instanceof JsonLine.SourceLine s) {
            session.add(s.value());
            index("sources", line, reader.starts());
          } else if (line instanceof JsonLine.ReportLine r) {
            ValueStarts starts = reader.starts();
            for (Violation v : session.check(r.value(), REPORT, "line " + line.lineNumber())) {
              String pointer = v.path().toString();
              hand(Problem.of(v, new Location(file, line.lineNumber(), starts.find(pointer)[1], pointer)));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!stop) {
        session.namePlaces(pointer -> {
          long at = lineOfRecord(pointer.toString().split("/", 4));
          return at > 0 ? "line " + at : pointer.toString();
        });
        for (Violation v : session.finish()) {
          hand(placeOnLine(v));
          if (stop) {
            break;
          }
        }
      }
      return new ValidationSummary(records, errors, warnings, stop);
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

    /** Notes the line of an index record, and its value starts while within the limit. */
    private void index(String kind, JsonLine line, ValueStarts starts) {
      lineOf.computeIfAbsent(kind, k -> new ArrayList<>()).add(line.lineNumber());
      ValueStarts.Flat flat = startsKept < INDEX_STARTS_LIMIT ? starts.flatten(pointers) : null;
      if (flat != null) {
        startsKept += flat.size();
      }
      startsOf.computeIfAbsent(kind, k -> new ArrayList<>()).add(flat);
    }

    /**
     * {@code /actors/3/id} of the index becomes line n, {@code /actor/id}, with the column of that
     * value: the kind and the position are read off the pointer, so placing a violation takes
     * constant time whatever the size of the index.
     */
    private Problem placeOnLine(Violation v) {
      String[] tokens = v.path().toString().split("/", 4);
      long line = lineOfRecord(tokens);
      if (line == 0) {
        return Problem.of(v, new Location(file, 0, 0, v.path().toString()));
      }
      int position = Integer.parseInt(tokens[2]);
      JsonPointer record = JsonPointer.root().child(tokens[1]).child(position);
      JsonPointer inLine = JsonPointer.root().child(tokens[1].substring(0, tokens[1].length() - 1));
      String pointer = v.path().rebase(record, inLine).toString();
      ValueStarts.Flat starts = startsOf.get(tokens[1]).get(position);
      return Problem.of(v, new Location(file, line, starts == null ? 0 : starts.column(pointer), pointer));
    }

    /** The line of the index record a pointer's tokens ({@code "", "actors", "3", ...}) name, or 0. */
    private long lineOfRecord(String[] tokens) {
      if (tokens.length >= 3 && lineOf.containsKey(tokens[1]) && !tokens[2].isEmpty() && tokens[2].length() < 10
          && tokens[2].chars().allMatch(Character::isDigit)) {
        List<Long> lines = lineOf.get(tokens[1]);
        int index = Integer.parseInt(tokens[2]);
        if (index < lines.size()) {
          return lines.get(index);
        }
      }
      return 0;
    }
  }
}
