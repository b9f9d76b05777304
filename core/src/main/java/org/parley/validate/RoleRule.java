package org.parley.validate;

import java.util.List;
import java.util.Set;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.JsonPointer;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationRole;
import org.parley.model.Report;

/**
 * What a source says of an actor's role against the negotiation record's parties, hosts and
 * mediators, which the encoder gives without evidence: a source that calls a party a mediator, a
 * third party a party, or names a host or mediator the record does not list (where it lists any), is
 * pointed out, so the record is checked against the sources (a warning: the source may be the one
 * that is wrong).
 */
final class RoleRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    // Roles belong to reports.
  }

  @Override
  void checkReport(Report report, JsonPointer reportAt, RuleContext context) {
    Negotiation negotiation = context.negotiation(report.negotiation()).orElse(null);
    if (negotiation == null) {
      return;
    }
    Walk.each(report.roles(), reportAt.child("roles"), (role, at) -> {
      if (context.actor(role.actor()).isEmpty()) {
        return;
      }
      ActorId actor = role.actor();
      boolean party = among(actor, negotiation.parties(), context);
      NegotiationRole r = role.role();
      String says = "the source calls " + actor + " " + r.wireName();
      if (r == NegotiationRole.PARTY) {
        if (!party && !negotiation.parties().isEmpty()) {
          context.warning(Codes.ROLE_AGAINST_NEGOTIATION, at.child("role"), says + ", but the negotiation record"
              + " " + negotiation.id() + " does not list it among the parties " + negotiation.parties()
              + thirdParty(actor, negotiation, context));
        }
        return;
      }
      if (party) {
        context.warning(Codes.ROLE_AGAINST_NEGOTIATION, at.child("role"), says + ", but the negotiation record "
            + negotiation.id() + " lists it, or the side it belongs to, among the parties " + negotiation.parties());
        return;
      }
      List<ActorId> listed = r == NegotiationRole.HOST ? negotiation.hosts()
          : r == NegotiationRole.MEDIATOR || r == NegotiationRole.FACILITATOR ? negotiation.mediators() : null;
      // A record that lists no hosts (or mediators) is silent on them, not against the source.
      if (listed != null && !listed.isEmpty() && !among(actor, listed, context)) {
        context.warning(Codes.ROLE_AGAINST_NEGOTIATION, at.child("role"), says + ", but the negotiation record "
            + negotiation.id() + " does not list it among the " + (r == NegotiationRole.HOST ? "hosts " : "mediators ")
            + listed);
      }
    });
  }

  /** Whether {@code actor} is one of {@code actors}, or belongs to one of them. */
  private static boolean among(ActorId actor, List<ActorId> actors, RuleContext context) {
    return !actors.isEmpty() && context.affiliations().partyOf(actor, Set.copyOf(actors)).isPresent();
  }

  private static String thirdParty(ActorId actor, Negotiation negotiation, RuleContext context) {
    if (among(actor, negotiation.mediators(), context)) {
      return "; it lists it among the mediators";
    }
    return among(actor, negotiation.hosts(), context) ? "; it lists it among the hosts" : "";
  }
}
