package org.parley.json;

import java.util.Objects;
import org.parley.validate.Severity;
import org.parley.validate.Violation;

/**
 * One problem found in a JSON or JSON Lines input, read error or validation violation alike, with
 * everything a person or a program needs to find it: line, column (0 when only the line is known),
 * JSON Pointer within the document or line, severity, stable code and message.
 */
public record Problem(long line, long column, String pointer, Severity severity, String code, String message) {

  /**
   * A problem; equal to another with the same parts.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1; 0 when only the line is known
   * @param pointer the JSON Pointer within the document or line; empty for the whole document
   * @param severity error or warning
   * @param code the stable code
   * @param message what is wrong and what to do
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A read error, as an error. */
  public static Problem of(ParleyJsonException e) {
    return new Problem(e.line(), e.column(), e.pointer(), Severity.ERROR, e.code(), e.problem());
  }

  /** A validation violation found on {@code line}. */
  public static Problem of(long line, Violation v) {
    return new Problem(line, 0, v.path().toString(), v.severity(), v.code(), v.message());
  }

  /** {@code line:column: severity code pointer: message}, the column left out when unknown. */
  @Override
  public String toString() {
    return line + (column > 0 ? ":" + column : "") + ": " + severity.wireName() + " " + code + " "
        + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
