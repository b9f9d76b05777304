package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.parley.model.Dataset;

/**
 * Checks a dataset against the standard rules and any rules a user adds, and returns every
 * violation found. Configure once, validate many: a validator is immutable and safe to share.
 *
 * <pre>{@code
 * ValidationResult result = Validator.builder().texts(myTexts).build().validate(dataset);
 * }</pre>
 */
public final class Validator {

  private final List<Rule> rules;
  private final SourceTexts texts;

  private Validator(List<Rule> rules, SourceTexts texts) {
    this.rules = List.copyOf(rules);
    this.texts = texts;
  }

  /** The standard rules and no source texts: evidence is reported as unchecked. */
  public static Validator standard() {
    return builder().build();
  }

  /** A builder that starts with the standard rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The standard rules, in the order they run. */
  public static List<Rule> standardRules() {
    return List.of(new IdentityRule(), new ReferenceRule(), new DelegationRule(), new DemandRule(),
        new RoleRule(), new EvidenceRule(), new ValueRule());
  }

  /** Every violation of every rule in {@code dataset}. */
  public ValidationResult validate(Dataset dataset) {
    return validateWhile(dataset, violation -> true);
  }

  /**
   * The violations of {@code dataset} up to the first for which {@code goOn} returns false, which is
   * the last one returned: no rule runs further, so a caller that wants ten errors of a dataset with
   * millions waits for ten. {@code goOn} sees each violation as it is found, in the order of the result.
   *
   * @param goOn whether to look for more after this violation
   */
  public ValidationResult validateWhile(Dataset dataset, Predicate<? super Violation> goOn) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(goOn, "goOn");
    List<Violation> violations = new ArrayList<>();
    RuleContext context = new RuleContext(dataset, texts, violations);
    context.stopUnless(goOn);
    try {
      for (Rule rule : rules) {
        try {
          rule.check(dataset, context);
        } catch (RuleContext.Stopped e) {
          throw e;
        } catch (RuntimeException e) {
          // One faulty rule must not hide what the others find.
          Violation failure = failure(rule, e, JsonPointer.root());
          violations.add(failure);
          if (!goOn.test(failure)) {
            break;
          }
        }
      }
    } catch (RuleContext.Stopped e) {
      // goOn has seen enough
    }
    return ValidationResult.of(violations);
  }

  /**
   * A session that validates a dataset record by record, for input too large to hold in memory,
   * with the same rules and texts as this validator.
   */
  public ValidationSession session() {
    return new ValidationSession(rules, texts);
  }

  static Violation failure(Rule rule, RuntimeException e, JsonPointer at) {
    return Violation.error(Codes.RULE_FAILED, at,
        "the rule " + rule.getClass().getName() + " failed with " + e + "; the other rules still ran");
  }

  /** Configures a {@link Validator}. */
  public static final class Builder {

    private final List<Rule> rules = new ArrayList<>(standardRules());
    private SourceTexts texts = SourceTexts.none();

    private Builder() {}

    /** Where the texts of source documents come from, for the evidence rules. */
    public Builder texts(SourceTexts texts) {
      this.texts = Objects.requireNonNull(texts, "texts");
      return this;
    }

    /** Adds a rule that runs after the standard ones. */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Drops the standard rules, keeping only rules added after this call. */
    public Builder withoutStandardRules() {
      rules.clear();
      return this;
    }

    /** The configured validator. */
    public Validator build() {
      return new Validator(rules, texts);
    }
  }
}
