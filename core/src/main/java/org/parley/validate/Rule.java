package org.parley.validate;

import org.parley.model.Dataset;

/**
 * A check over a whole dataset. A rule reports every problem it finds through the context and
 * never throws for bad data; a rule that throws anyway is reported as a {@code rule.failed} error
 * and the other rules still run. Users add their own rules with {@link Validator.Builder#addRule}.
 */
@FunctionalInterface
public interface Rule {

  /** Reports every violation of this rule in {@code dataset} to {@code context}. */
  void check(Dataset dataset, RuleContext context);
}
