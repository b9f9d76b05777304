package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.internal.Affiliations;
import org.parley.model.ActorId;
import org.parley.model.AgreementId;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Dataset;
import org.parley.model.Report;

/** Every id a record names resolves to a record of the dataset, and affiliations and previous rounds do not loop. */
final class ReferenceRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    Walk.indexActorReferences(dataset, (id, at) -> checkActor(id, at, context));
    Walk.each(dataset.negotiations(), Walk.NEGOTIATIONS, (negotiation, at) ->
        negotiation.previousRound().ifPresent(id -> {
          if (context.negotiation(id).isEmpty()) {
            context.error(Codes.UNKNOWN_NEGOTIATION, at.child("previousRound"),
                "no negotiation with id " + id + " in /negotiations");
          }
        }));
    Walk.each(dataset.agreements(), Walk.AGREEMENTS, (agreement, at) -> agreement.negotiation().ifPresent(id -> {
      if (context.negotiation(id).isEmpty()) {
        context.error(Codes.UNKNOWN_NEGOTIATION, at.child("negotiation"),
            "no negotiation with id " + id + " in /negotiations");
      }
    }));
    previousRoundCycles(dataset, context);
    affiliationCycles(dataset, context);
  }

  @Override
  void checkReport(Report report, JsonPointer at, RuleContext context) {
    Walk.reportActorReferences(report, at, (id, path) -> checkActor(id, path, context));
    Walk.reportAgreementReferences(report, at, (id, path) -> checkAgreement(id, path, context));
    if (context.source(report.source()).isEmpty()) {
      context.error(Codes.UNKNOWN_SOURCE, at.child("source"),
          "no source with id " + report.source() + " in /sources");
    }
    if (context.negotiation(report.negotiation()).isEmpty()) {
      context.error(Codes.UNKNOWN_NEGOTIATION, at.child("negotiation"),
          "no negotiation with id " + report.negotiation() + " in /negotiations");
    }
  }

  /**
   * Reports each cycle of previous rounds once, at its first member in document order, with its
   * length and at most a few of its members; one walk over the chains, each negotiation visited once.
   */
  private static void previousRoundCycles(Dataset dataset, RuleContext context) {
    Map<NegotiationId, Integer> state = new HashMap<>();   // 1 on the current path, 2 finished
    Map<NegotiationId, Integer> order = new HashMap<>();
    for (int i = 0; i < dataset.negotiations().size(); i++) {
      order.putIfAbsent(dataset.negotiations().get(i).id(), i);
    }
    for (Negotiation start : dataset.negotiations()) {
      List<NegotiationId> path = new ArrayList<>();
      NegotiationId current = start.id();
      while (current != null && !state.containsKey(current)) {
        state.put(current, 1);
        path.add(current);
        current = context.negotiation(current).flatMap(Negotiation::previousRound).orElse(null);
      }
      if (current != null && state.get(current) == 1) {
        List<NegotiationId> cycle = path.subList(path.indexOf(current), path.size());
        NegotiationId first = cycle.stream().min(java.util.Comparator.comparing(order::get)).orElseThrow();
        context.error(Codes.PREVIOUS_ROUND_CYCLE, Walk.NEGOTIATIONS.child(order.get(first)).child("previousRound"),
            "following previous rounds from " + first + " leads back to it after " + cycle.size() + " round(s): "
                + excerpt(cycle, first) + "; a round can only follow an earlier one");
      }
      path.forEach(id -> state.put(id, 2));
    }
  }

  /**
   * Reports each cycle of affiliations once, at its first member in document order, with its length
   * and at most a few of its members: a cycle of 2,000 actors is one line, not 2,000 long ones.
   */
  private static void affiliationCycles(Dataset dataset, RuleContext context) {
    List<ActorId> ids = new ArrayList<>(dataset.actors().size());
    dataset.actors().forEach(actor -> ids.add(actor.id()));
    for (int[] cycle : Affiliations.cycles(ids, id -> context.actor(id).flatMap(a -> a.affiliation()))) {
      ActorId first = ids.get(cycle[0]);
      List<String> names = new ArrayList<>();
      for (int i = 0; i <= Math.min(cycle.length, EXCERPT); i++) {
        names.add(ids.get(cycle[i % cycle.length]).value());
      }
      context.error(Codes.AFFILIATION_CYCLE, Walk.ACTORS.child(cycle[0]).child("affiliation"),
          "following the affiliations of " + first + " leads back to it after " + cycle.length + " actor(s): "
              + String.join(" -> ", names) + (cycle.length > EXCERPT ? " -> …" : "")
              + "; an actor cannot belong to itself");
    }
  }

  private static String excerpt(List<NegotiationId> cycle, NegotiationId first) {
    int from = cycle.indexOf(first);
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= Math.min(cycle.size(), EXCERPT); i++) {
      names.add(cycle.get((from + i) % cycle.size()).value());
    }
    return String.join(" -> ", names) + (cycle.size() > EXCERPT ? " -> …" : "");
  }

  private static final int EXCERPT = 5;

  private static void checkAgreement(AgreementId id, JsonPointer at, RuleContext context) {
    if (context.agreement(id).isEmpty()) {
      context.error(Codes.UNKNOWN_AGREEMENT, at, "no agreement with id " + id + " in /agreements");
    }
  }

  private static void checkActor(ActorId id, JsonPointer at, RuleContext context) {
    if (context.actor(id).isEmpty()) {
      context.error(Codes.UNKNOWN_ACTOR, at, "no actor with id " + id + " in /actors");
    }
  }
}
