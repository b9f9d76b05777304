package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parley.model.Report;
import org.parley.model.TypedId;

/**
 * The records a report names, by id: what the reference rules look up for it. An engine that
 * validates reports apart from the index (a distributed job) fetches exactly these records for each
 * report, and a tool that extracts part of a dataset keeps them with it.
 */
public final class References {

  private References() {}

  /**
   * Every id {@code report} names, once each, in document order: its source and negotiation, then
   * each actor and agreement where the report names it (delegations, demands, outcomes, statements,
   * titles, agreement claims, roles, events, facts, quantities' directions).
   */
  public static Set<TypedId> of(Report report) {
    Set<TypedId> ids = new LinkedHashSet<>();
    ids.add(report.source());
    ids.add(report.negotiation());
    JsonPointer at = JsonPointer.root();
    Walk.reportActorReferences(report, at, (id, path) -> ids.add(id));
    Walk.reportAgreementReferences(report, at, (id, path) -> ids.add(id));
    return ids;
  }
}
