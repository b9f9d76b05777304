package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found in a dataset: how serious it is, a stable code that programs and tests can match
 * on ({@code reference.unknown-actor}), where it is as a JSON Pointer into the dataset's JSON form,
 * and a message a person understands.
 */
@Value.Immutable
public abstract class Violation {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

  /** How serious the problem is. */
  @Value.Parameter
  public abstract Severity severity();

  /** The stable code of the rule that found it: {@code family.problem}, lowercase. */
  @Value.Parameter
  public abstract String code();

  /** Where it is. */
  @Value.Parameter
  public abstract JsonPointer path();

  /** What is wrong, for a person. */
  @Value.Parameter
  public abstract String message();

  /** An error at {@code path}. */
  public static Violation error(String code, JsonPointer path, String message) {
    return ImmutableViolation.of(Severity.ERROR, code, path, message);
  }

  /** A warning at {@code path}. */
  public static Violation warning(String code, JsonPointer path, String message) {
    return ImmutableViolation.of(Severity.WARNING, code, path, message);
  }

  /** A violation of any severity. */
  public static Violation of(Severity severity, String code, JsonPointer path, String message) {
    return ImmutableViolation.of(severity, code, path, message);
  }

  /** One line: {@code error reference.unknown-actor /reports/0/demands/1/by: message}. */
  @Override
  public String toString() {
    String where = path().toString().isEmpty() ? "(document)" : path().toString();
    return severity().wireName() + " " + code() + " " + where + ": " + message();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException(
          "Invalid violation code \"" + code() + "\": expected lowercase dotted words such as reference.unknown-actor");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Invalid value for violation message: must not be blank");
    }
  }
}
