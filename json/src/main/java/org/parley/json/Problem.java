package org.parley.json;

import java.util.Objects;
import org.parley.validate.Severity;
import org.parley.validate.Violation;

/**
 * One problem found in a JSON or JSON Lines input, read error or validation violation alike, with
 * everything a person or a program needs to find it: line, column (0 when only the line is known),
 * JSON Pointer within the document or line, severity, stable code and message.
 */
public final class Problem {

  private final long line;
  private final long column;
  private final String pointer;
  private final Severity severity;
  private final String code;
  private final String message;

  public Problem(long line, long column, String pointer, Severity severity, String code, String message) {
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer);
    this.severity = Objects.requireNonNull(severity);
    this.code = Objects.requireNonNull(code);
    this.message = Objects.requireNonNull(message);
  }

  /** A read error, as an error. */
  public static Problem of(ParleyJsonException e) {
    return new Problem(e.line(), e.column(), e.pointer(), Severity.ERROR, e.code(), e.problem());
  }

  /** A validation violation found on {@code line}. */
  public static Problem of(long line, Violation v) {
    return new Problem(line, 0, v.path().toString(), v.severity(), v.code(), v.message());
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  public String pointer() {
    return pointer;
  }

  public Severity severity() {
    return severity;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** {@code line:column: severity code pointer: message}, the column left out when unknown. */
  @Override
  public String toString() {
    return line + (column > 0 ? ":" + column : "") + ": " + severity.wireName() + " " + code + " "
        + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
