package org.parley.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.parley.validate.Severity;
import org.parley.validate.ValidationResult;
import org.parley.validate.Violation;

/** AssertJ assertions on a {@link ValidationResult}: codes, paths and severities, exactly. */
public final class ValidationResultAssert extends AbstractAssert<ValidationResultAssert, ValidationResult> {

  private ValidationResultAssert(ValidationResult actual) {
    super(actual, ValidationResultAssert.class);
  }

  public static ValidationResultAssert assertThat(ValidationResult actual) {
    return new ValidationResultAssert(actual);
  }

  /** No violation at all, not even a warning. */
  public ValidationResultAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage("Expected no violations but found:%n%s", lines(actual.violations()));
    }
    return this;
  }

  /** A violation with this code at this path, among others. */
  public ValidationResultAssert hasViolation(String code, String path) {
    isNotNull();
    if (actual.violations().stream().noneMatch(v -> v.code().equals(code) && v.path().toString().equals(path))) {
      failWithMessage("Expected a violation %s at %s but found:%n%s", code, path, lines(actual.violations()));
    }
    return this;
  }

  /** Exactly one violation, of this severity and code, at this path. */
  public ValidationResultAssert hasOnlyViolation(Severity severity, String code, String path) {
    isNotNull();
    List<Violation> all = actual.violations();
    if (all.size() != 1 || all.get(0).severity() != severity || !all.get(0).code().equals(code)
        || !all.get(0).path().toString().equals(path)) {
      failWithMessage("Expected exactly one %s %s at %s but found:%n%s",
          severity.wireName(), code, path, lines(all));
    }
    return this;
  }

  /** Exactly one violation, an error with this code at this path. */
  public ValidationResultAssert hasOnlyError(String code, String path) {
    return hasOnlyViolation(Severity.ERROR, code, path);
  }

  /** Exactly these violations, given as {@code "code path"} strings, in this order. */
  public ValidationResultAssert hasViolationsExactly(String... codeAndPath) {
    isNotNull();
    List<String> found = actual.violations().stream()
        .map(v -> v.code() + " " + v.path())
        .collect(Collectors.toList());
    if (!found.equals(List.of(codeAndPath))) {
      failWithMessage("Expected violations%n%s%nbut found:%n%s", String.join("\n", codeAndPath), lines(actual.violations()));
    }
    return this;
  }

  private static String lines(List<Violation> violations) {
    return violations.isEmpty() ? "(none)"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
