package org.parley.json;

import java.util.Objects;
import org.parley.model.JsonPointer;
import org.parley.validate.Severity;
import org.parley.validate.Violation;

/**
 * One problem found in a JSON document or a JSON Lines file, a read error or a violation of a
 * validation rule alike: how serious it is, its stable code, where it is and what is wrong. Read
 * errors carry it ({@link ParleyJsonException#problems()}), the validators hand it on, and the
 * command-line tool prints it as {@link #toString()} does. Two problems with the same parts are equal.
 *
 * @param severity error or warning (a read error is always an error)
 * @param code the stable code: one of {@link ReadCodes}, or a validation rule's ({@code reference.unknown-actor})
 * @param location the file, line, column and JSON Pointer
 * @param message what is wrong and what to do, for people
 */
public record Problem(Severity severity, String code, Location location, String message) {

  /** Checks the parts. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** A violation of a rule, placed at {@code location}. */
  public static Problem of(Violation violation, Location location) {
    return new Problem(violation.severity(), violation.code(), location, violation.message());
  }

  /** The file's name, as the reader was given it; empty for none. */
  public String file() {
    return location.file();
  }

  /** The line, counted from 1; 0 when unknown. */
  public long line() {
    return location.line();
  }

  /** The column, counted in code points from 1; 0 when unknown. */
  public long column() {
    return location.column();
  }

  /** The JSON Pointer of the value at fault; the root (empty) for the whole document or line. */
  public JsonPointer pointer() {
    return location.pointer();
  }

  /** The same problem in the file {@code name}. */
  public Problem inFile(String name) {
    return new Problem(severity, code, location.inFile(name), message);
  }

  /**
   * {@code file:line:column: severity code pointer: message}, the one form in which Parley prints a
   * problem; unknown parts of the location are left out, and an empty pointer reads {@code (document)}.
   */
  @Override
  public String toString() {
    String where = location.toString();
    return (where.isEmpty() ? "" : where + ": ") + severity.wireName() + " " + code + " "
        + (location.pointer().isRoot() ? "(document)" : location.pointer()) + ": " + message;
  }
}
