package org.parley.validate;

import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Report;

/** Every id a record names resolves to a record of the dataset, and affiliations do not loop. */
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
    Walk.each(dataset.actors(), Walk.ACTORS, (actor, at) -> actor.affiliation().ifPresent(first -> {
      List<ActorId> chain = Walk.affiliationChain(first, context);
      if (chain.contains(actor.id())) {
        context.error(Codes.AFFILIATION_CYCLE, at.child("affiliation"),
            "the affiliations of " + actor.id() + " lead back to it: " + actor.id() + " -> "
                + String.join(" -> ", chain.subList(0, chain.indexOf(actor.id()) + 1).stream().map(ActorId::value).toList()));
      }
    }));
  }

  @Override
  void checkReport(Report report, JsonPointer at, RuleContext context) {
    Walk.reportActorReferences(report, at, (id, path) -> checkActor(id, path, context));
    if (context.source(report.source()).isEmpty()) {
      context.error(Codes.UNKNOWN_SOURCE, at.child("source"),
          "no source with id " + report.source() + " in /sources");
    }
    if (context.negotiation(report.negotiation()).isEmpty()) {
      context.error(Codes.UNKNOWN_NEGOTIATION, at.child("negotiation"),
          "no negotiation with id " + report.negotiation() + " in /negotiations");
    }
  }

  private static void checkActor(ActorId id, JsonPointer at, RuleContext context) {
    if (context.actor(id).isEmpty()) {
      context.error(Codes.UNKNOWN_ACTOR, at, "no actor with id " + id + " in /actors");
    }
  }
}
