package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;

/** A demand is made of someone else, and the one who answers it is a party or acts for one. */
final class DemandRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    // Demands belong to reports.
  }

  @Override
  void checkReport(Report report, JsonPointer reportAt, RuleContext context) {
    List<ActorId> parties = context.negotiation(report.negotiation())
        .map(Negotiation::parties)
        .orElse(List.of());
    Walk.each(report.demands(), reportAt.child("demands"), (demand, at) -> {
      if (demand.by().equals(demand.addressee())) {
        context.error(Codes.SELF_ADDRESSED_DEMAND, at.child("addressee"),
            "the demand is addressed to " + demand.addressee() + ", who makes it; the addressee is the actor"
                + " asked to act or concede");
      }
      demand.response().ifPresent(response -> {
        boolean resolvable = context.actor(response.by()).isPresent()
            && context.negotiation(report.negotiation()).isPresent();
        if (resolvable && context.affiliations().partyOf(response.by(), java.util.Set.copyOf(parties)).isEmpty()) {
          context.warning(Codes.RESPONDER_NOT_PARTY, at.child("response").child("by"),
              "the responder " + response.by() + " is neither a party to " + report.negotiation() + " "
                  + parties + " nor affiliated to one");
        }
      });
    });
  }
}
