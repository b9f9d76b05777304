package org.parley.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.parley.validate.JsonPointer;
import org.parley.validate.Severity;
import org.parley.validate.ValidationSession;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Reads and validates a JSON Lines dataset in one pass and in constant memory apart from the index
 * (actors, negotiations, sources, report ids): each line is read, each report checked against the
 * records before it, and every problem is handed on as it is found, located by line and by JSON
 * Pointer within the line ({@code /report/demands/0/by}). Actors, negotiations and sources must come
 * before the reports that use them, as {@link ParleyJson#writeLines} writes them.
 */
public final class JsonLinesValidator {

  private static final JsonPointer REPORT = JsonPointer.root().child("report");

  private final ParleyJson json;
  private final Validator validator;

  public JsonLinesValidator(ParleyJson json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * Validates the JSON Lines file at {@code file}, handing each problem to {@code problems}.
   *
   * @throws IOException if the file cannot be opened
   */
  public ValidationSummary validate(java.nio.file.Path file, Consumer<Problem> problems) throws IOException {
    return validate(java.nio.file.Files.newInputStream(file), problems);
  }

  /** Validates the stream, which is closed at the end, handing each problem to {@code problems}. */
  public ValidationSummary validate(InputStream in, Consumer<Problem> problems) {
    return validateWhile(in, problem -> {
      problems.accept(problem);
      return true;
    });
  }

  /**
   * Validates the stream, which is closed at the end, handing each problem to {@code problems} until
   * it returns {@code false}: then reading stops at once, the checks that need the whole file (cycles,
   * references never met) are not run, no further problem is handed on, and the summary counts the
   * lines read and the problems handed on, with {@link ValidationSummary#stopped()} set. For a limit such as
   * "stop after 100 errors".
   */
  public ValidationSummary validateWhile(InputStream in, Predicate<Problem> problems) {
    ValidationSession session = validator.session();
    // Line numbers of the index records, so that their violations can be placed on their lines.
    Map<String, List<Long>> lineOf = Map.of("actors", new ArrayList<>(), "negotiations", new ArrayList<>(),
        "agreements", new ArrayList<>(), "sources", new ArrayList<>());
    // The bytes of the index records' lines, to give their violations (found at the end) a column;
    // kept up to INDEX_TEXT_LIMIT bytes in all, after which such violations have the line alone.
    Map<String, List<byte[]>> textOf = Map.of("actors", new ArrayList<>(), "negotiations", new ArrayList<>(),
        "agreements", new ArrayList<>(), "sources", new ArrayList<>());
    long[] kept = {0};
    long[] counts = new long[3];
    long lastCounted = -1;
    boolean[] stop = {false};
    Consumer<Problem> counting = p -> {
      if (!stop[0]) {
        counts[p.severity() == Severity.ERROR ? 1 : 2]++;
        stop[0] = !problems.test(p);
      }
    };
    try (Stream<JsonLine> lines = json.readLinesKeepingText(in)) {
      Iterator<JsonLine> it = lines.iterator();
      while (!stop[0] && it.hasNext()) {
        JsonLine line = it.next();
        // A record per line, read or not; a missing header is no record, and line 1 then still has its record.
        boolean header = line.error().map(e -> e.code().equals(ReadCodes.MISSING_VERSION)).orElse(false);
        if (!header && line.lineNumber() != lastCounted) {
          counts[0]++;
          lastCounted = line.lineNumber();
        }
        line.error().ifPresent(e -> e.problems().forEach(problem -> counting.accept(Problem.of(problem))));
        line.actor().ifPresent(a -> {
          session.add(a);
          lineOf.get("actors").add(line.lineNumber());
          keep(textOf.get("actors"), line, kept);
        });
        line.negotiation().ifPresent(n -> {
          session.add(n);
          lineOf.get("negotiations").add(line.lineNumber());
          keep(textOf.get("negotiations"), line, kept);
        });
        line.agreement().ifPresent(a -> {
          session.add(a);
          lineOf.get("agreements").add(line.lineNumber());
          keep(textOf.get("agreements"), line, kept);
        });
        line.source().ifPresent(s -> {
          session.add(s);
          lineOf.get("sources").add(line.lineNumber());
          keep(textOf.get("sources"), line, kept);
        });
        line.report().ifPresent(r -> {
          List<Violation> found = session.check(r, REPORT, "line " + line.lineNumber());
          JsonLocations columns = found.isEmpty() || line.text().isEmpty() ? null
              : JsonLocations.of(line.text().get(), found.stream().map(v -> v.path().toString()).toList());
          for (Violation v : found) {
            long column = columns == null ? 0 : columns.find(v.path().toString())[1];
            counting.accept(new Problem(line.lineNumber(), column, v.path().toString(), v.severity(), v.code(),
                v.message()));
          }
        });
      }
    }
    if (!stop[0]) {
      session.namePlaces(pointer -> {
        long at = lineOfRecord(pointer.toString().split("/", 4), lineOf);
        return at > 0 ? "line " + at : pointer.toString();
      });
      for (Violation v : session.finish()) {
        counting.accept(placeOnLine(v, lineOf, textOf));
        if (stop[0]) {
          break;
        }
      }
    }
    return new ValidationSummary(counts[0], counts[1], counts[2], stop[0]);
  }

  /**
   * {@code /actors/3/id} of the index becomes line n, {@code /actor/id}, with the column of that
   * pointer in the line when its bytes were kept: the kind and the index are read off the pointer, so
   * placing a violation takes constant time whatever the size of the index.
   */
  private static Problem placeOnLine(Violation v, Map<String, List<Long>> lineOf, Map<String, List<byte[]>> textOf) {
    String[] tokens = v.path().toString().split("/", 4);
    long line = lineOfRecord(tokens, lineOf);
    if (line == 0) {
      return Problem.of(0, v);
    }
    JsonPointer record = JsonPointer.root().child(tokens[1]).child(Integer.parseInt(tokens[2]));
    JsonPointer inLine = JsonPointer.root().child(tokens[1].substring(0, tokens[1].length() - 1));
    String pointer = v.path().rebase(record, inLine).toString();
    byte[] text = textOf.get(tokens[1]).get(Integer.parseInt(tokens[2]));
    long column = text == null ? 0 : JsonLocations.of(text, List.of(pointer)).find(pointer)[1];
    return new Problem(line, column, pointer, v.severity(), v.code(), v.message());
  }

  /** The most bytes of index records' lines kept for columns: far more than any real index needs. */
  static final long INDEX_TEXT_LIMIT = 32L << 20;

  private static void keep(List<byte[]> texts, JsonLine line, long[] kept) {
    byte[] text = line.text().filter(t -> kept[0] + t.length <= INDEX_TEXT_LIMIT).orElse(null);
    if (text != null) {
      kept[0] += text.length;
    }
    texts.add(text);
  }

  /** The line of the index record a pointer's tokens ({@code "", "actors", "3", ...}) name, or 0. */
  private static long lineOfRecord(String[] tokens, Map<String, List<Long>> lineOf) {
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
