package org.parley.validate;

import org.parley.model.JsonPointer;
import org.parley.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.AgreementId;
import org.parley.model.ClaimKind;
import org.parley.model.Claim;
import org.parley.model.Claims;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.Demand;
import org.parley.model.Negotiation;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.Statement;

/** Walks a dataset's records with the JSON Pointer of each, so every rule names places alike. */
final class Walk {

  static final JsonPointer ACTORS = JsonPointer.root().child("actors");
  static final JsonPointer NEGOTIATIONS = JsonPointer.root().child("negotiations");
  static final JsonPointer AGREEMENTS = JsonPointer.root().child("agreements");
  static final JsonPointer SOURCES = JsonPointer.root().child("sources");
  static final JsonPointer REPORTS = JsonPointer.root().child("reports");

  private Walk() {}

  /** Calls {@code action} with each element of {@code list} and its pointer under {@code at}. */
  static <T> void each(List<? extends T> list, JsonPointer at, BiConsumer<T, JsonPointer> action) {
    for (int i = 0; i < list.size(); i++) {
      action.accept(list.get(i), at.child(i));
    }
  }

  /** Every claim of a report, nested ones (members, responses) included, in document order. */
  static void claims(Report report, JsonPointer at, BiConsumer<Claim, JsonPointer> action) {
    Claims.each(report, at, located -> action.accept(located.claim(), located.pointer()));
  }

  /** The quantities of each outcome and provision of a report, as lists, in document order. */
  static void quantityLists(Report report, JsonPointer at, BiConsumer<List<Quantity>, JsonPointer> action) {
    each(report.outcomes(), at.child("outcomes"), (o, op) -> action.accept(o.quantities(), op.child("quantities")));
    each(report.agreements(), at.child("agreements"), (a, ap) ->
        each(a.provisions(), ap.child("provisions"), (p, pp) -> action.accept(p.quantities(), pp.child("quantities"))));
  }

  /** Every quantity of a report, in document order. */
  static void quantities(Report report, JsonPointer at, BiConsumer<Quantity, JsonPointer> action) {
    quantityLists(report, at, (list, lp) -> each(list, lp, action));
    each(report.facts(), at.child("facts"), (f, fp) -> {
      f.quantity().ifPresent(q -> action.accept(q, fp.child("quantity")));
      each(f.quantities(), fp.child("quantities"), action);
    });
  }

  /** Every place the actors, negotiations and sources name an actor, in document order. */
  static void indexActorReferences(Dataset dataset, BiConsumer<ActorId, JsonPointer> action) {
    each(dataset.actors(), ACTORS, (Actor actor, JsonPointer a) -> {
      actor.affiliation().ifPresent(id -> action.accept(id, a.child("affiliation")));
      each(actor.members(), a.child("members"), action);
    });
    each(dataset.negotiations(), NEGOTIATIONS, (Negotiation n, JsonPointer at) -> {
      each(n.parties(), at.child("parties"), action);
      each(n.hosts(), at.child("hosts"), action);
      each(n.mediators(), at.child("mediators"), action);
    });
    each(dataset.sources(), SOURCES, (Source s, JsonPointer at) -> {
      each(s.cites(), at.child("cites"), action);
      s.originalPublisher().ifPresent(id -> action.accept(id, at.child("originalPublisher")));
    });
  }

  /** Every place a report names an actor, in document order. */
  static void reportActorReferences(Report report, JsonPointer at, BiConsumer<ActorId, JsonPointer> action) {
    each(report.delegations(), at.child("delegations"), (Delegation d, JsonPointer dp) -> {
      action.accept(d.party(), dp.child("party"));
      d.head().ifPresent(h -> action.accept(h, dp.child("head")));
      each(d.members(), dp.child("members"), (m, mp) -> action.accept(m.person(), mp.child("person")));
    });
    each(report.demands(), at.child("demands"), (Demand d, JsonPointer dp) -> {
      action.accept(d.by(), dp.child("by"));
      action.accept(d.addressee(), dp.child("addressee"));
      d.response().ifPresent(r -> action.accept(r.by(), dp.child("response").child("by")));
    });
    each(report.outcomes(), at.child("outcomes"), (Outcome o, JsonPointer op) -> {
      each(o.parties(), op.child("parties"), action);
      o.blame().ifPresent(id -> action.accept(id, op.child("blame")));
    });
    each(report.statements(), at.child("statements"), (Statement s, JsonPointer sp) -> {
      action.accept(s.speaker(), sp.child("speaker"));
      s.onBehalfOf().ifPresent(id -> action.accept(id, sp.child("onBehalfOf")));
      each(s.attribution(), sp.child("attribution"), (link, lp) ->
          link.actor().ifPresent(id -> action.accept(id, lp.child("actor"))));
    });
    each(report.titles(), at.child("titles"), (t, tp) -> action.accept(t.person(), tp.child("person")));
    each(report.dates(), at.child("dates"), (d, dp) -> d.actor().ifPresent(id -> action.accept(id, dp.child("actor"))));
    each(report.agreements(), at.child("agreements"), (a, ap) -> {
      a.statusBy().ifPresent(id -> action.accept(id, ap.child("statusBy")));
      each(a.participants(), ap.child("participants"), (p, pp) -> action.accept(p.actor(), pp.child("actor")));
    });
    each(report.roles(), at.child("roles"), (r, rp) -> action.accept(r.actor(), rp.child("actor")));
    each(report.events(), at.child("events"), (e, ep) -> each(e.actors(), ep.child("actors"), action));
    each(report.facts(), at.child("facts"), (f, fp) -> f.actor().ifPresent(id -> action.accept(id, fp.child("actor"))));
    each(report.acts(), at.child("acts"), (a, ap) -> {
      action.accept(a.by(), ap.child("by"));
      a.target().ifPresent(id -> action.accept(id, ap.child("target")));
    });
    quantities(report, at, (q, p) -> {
      q.by().ifPresent(id -> action.accept(id, p.child("by")));
      q.to().ifPresent(id -> action.accept(id, p.child("to")));
    });
  }

  /** Every place a report names an agreement, in document order. */
  static void reportAgreementReferences(Report report, JsonPointer at, BiConsumer<AgreementId, JsonPointer> action) {
    each(report.outcomes(), at.child("outcomes"), (o, op) ->
        o.agreement().ifPresent(id -> action.accept(id, op.child("agreement"))));
    each(report.dates(), at.child("dates"), (d, dp) ->
        d.agreement().ifPresent(id -> action.accept(id, dp.child("agreement"))));
    each(report.agreements(), at.child("agreements"), (a, ap) -> {
      action.accept(a.agreement(), ap.child("agreement"));
      each(a.links(), ap.child("links"), (l, lp) -> action.accept(l.agreement(), lp.child("agreement")));
    });
    each(report.statements(), at.child("statements"), (Statement s, JsonPointer sp) -> s.about()
        .filter(about -> about.kind() == ClaimKind.AGREEMENT)
        .ifPresent(about -> action.accept(AgreementId.of(about.key()), sp.child("about").child("key"))));
  }
}
