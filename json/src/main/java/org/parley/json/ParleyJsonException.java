package org.parley.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one error that reading Parley JSON raises for bad input: what is wrong (a stable {@link
 * #code()} and a {@link #problem()} for people) and where (line, column and the JSON Pointer of the
 * value). Its message reads {@code line 14, column 22, /reports/0/demands/1/issue: unknown value
 * "terrain"; expected one of territory, ceasefire, ...}.
 */
public final class ParleyJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final long line;
  private final long column;
  private final String pointer;
  private final String problem;
  private final List<ParleyJsonException> others;

  ParleyJsonException(String code, long line, long column, String pointer, String problem, Throwable cause) {
    this(code, line, column, pointer, problem, cause, List.of());
  }

  private ParleyJsonException(String code, long line, long column, String pointer, String problem, Throwable cause,
      List<ParleyJsonException> others) {
    super(format(line, column, pointer, problem), cause);
    this.code = Objects.requireNonNull(code);
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer);
    this.problem = Objects.requireNonNull(problem);
    this.others = List.copyOf(others);
  }

  /**
   * Every problem found in the input, this one first, in the order they were met. Reading goes on
   * after a problem that leaves the JSON itself intact — an unknown field or value, a missing field,
   * a wrong type, an invalid value — skipping the record or value at fault, and stops at broken
   * syntax, so one run reports what would otherwise take one run per mistake.
   */
  public List<ParleyJsonException> problems() {
    List<ParleyJsonException> all = new ArrayList<>(1 + others.size());
    all.add(this);
    all.addAll(others);
    return List.copyOf(all);
  }

  /** This problem first, with {@code more} found after it. */
  static ParleyJsonException of(List<ParleyJsonException> problems) {
    ParleyJsonException first = problems.get(0);
    return new ParleyJsonException(first.code, first.line, first.column, first.pointer, first.problem,
        first.getCause(), problems.subList(1, problems.size()));
  }

  private static String format(long line, long column, String pointer, String problem) {
    String where = line > 0 ? "line " + line + ", column " + column + ", " : "";
    return where + (pointer.isEmpty() ? "(document)" : pointer) + ": " + problem;
  }

  /** The stable code, one of {@link ReadCodes}. */
  public String code() {
    return code;
  }

  /** The line of the problem, counted from 1; 0 when unknown. */
  public long line() {
    return line;
  }

  /** The column of the problem, counted from 1; 0 when unknown. */
  public long column() {
    return column;
  }

  /** The JSON Pointer of the value at fault; empty for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The same problem at the value with this JSON Pointer. */
  ParleyJsonException at(String newPointer) {
    return new ParleyJsonException(code, line, column, newPointer, problem, getCause(), others);
  }

  /** The same problem placed at another line, as when a JSON Lines line is read on its own. */
  ParleyJsonException atLine(long lineNumber) {
    List<ParleyJsonException> moved = new ArrayList<>();
    others.forEach(o -> moved.add(new ParleyJsonException(o.code, lineNumber, o.column, o.pointer, o.problem,
        o.getCause())));
    return new ParleyJsonException(code, lineNumber, column, pointer, problem, getCause(), moved);
  }
}
