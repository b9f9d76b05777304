package org.parley.json;

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

  ParleyJsonException(String code, long line, long column, String pointer, String problem, Throwable cause) {
    super(format(line, column, pointer, problem), cause);
    this.code = Objects.requireNonNull(code);
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer);
    this.problem = Objects.requireNonNull(problem);
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

  /** The same problem placed at another line, as when a JSON Lines line is read on its own. */
  ParleyJsonException atLine(long lineNumber) {
    return new ParleyJsonException(code, lineNumber, column, pointer, problem, getCause());
  }
}
