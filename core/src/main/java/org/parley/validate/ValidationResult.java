package org.parley.validate;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything a validation found: every violation of every rule, in a stable order (rule by rule, in
 * document order within a rule). A dataset is valid when there is no error; warnings do not make it
 * invalid.
 */
@Value.Immutable
public abstract class ValidationResult {

  /** All violations found. */
  public abstract List<Violation> violations();

  /** Whether no violation is an error. */
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** The violations that are errors. */
  public List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** The violations that are warnings. */
  public List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  private List<Violation> bySeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** A result holding these violations. */
  public static ValidationResult of(List<Violation> violations) {
    return ImmutableValidationResult.builder().violations(violations).build();
  }

  /** One violation a line, then a count of errors and warnings. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    violations().forEach(v -> text.append(v).append('\n'));
    return text.append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s)").toString();
  }
}
