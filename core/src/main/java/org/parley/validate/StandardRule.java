package org.parley.validate;

import org.parley.model.JsonPointer;
import org.parley.model.Dataset;
import org.parley.model.Report;

/**
 * A standard rule in two parts: what it checks on the index records (actors, negotiations,
 * sources) and what it checks on one report, given the index through the context. The split lets a
 * {@link ValidationSession} check reports one at a time as they stream in, in constant memory.
 */
abstract class StandardRule implements Rule {

  /** Checks the actors, negotiations and sources of {@code dataset}; its reports are not looked at. */
  abstract void checkIndex(Dataset dataset, RuleContext context);

  /** Checks one report, found at {@code at}, against the index the context holds. */
  abstract void checkReport(Report report, JsonPointer at, RuleContext context);

  @Override
  public final void check(Dataset dataset, RuleContext context) {
    checkIndex(dataset, context);
    Walk.each(dataset.reports(), Walk.REPORTS, (report, at) -> checkReport(report, at, context));
  }
}
