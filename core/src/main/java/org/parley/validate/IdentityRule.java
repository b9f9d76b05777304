package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.List;
import java.util.function.Function;
import org.parley.internal.FirstPositions;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * Ids are unique per kind of record, one source gives one account of one negotiation, and an
 * encoder's key files claims of one kind ({@link KeyedKinds}).
 */
final class IdentityRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    unique(dataset.actors(), Actor::id, Walk.ACTORS, context);
    unique(dataset.negotiations(), Negotiation::id, Walk.NEGOTIATIONS, context);
    unique(dataset.agreements(), Agreement::id, Walk.AGREEMENTS, context);
    unique(dataset.sources(), Source::id, Walk.SOURCES, context);
  }

  @Override
  void checkReport(Report report, JsonPointer at, RuleContext context) {
    String here = context.reportPlace != null ? context.reportPlace : at.toString();
    String firstId = context.reportIds.putIfAbsent(report.id(), here);
    if (firstId != null) {
      context.error(Codes.DUPLICATE_ID, at.child("id"),
          "id " + report.id() + " is already used by " + firstId + "; ids must be unique");
    }
    String first = context.accounts.putIfAbsent(List.of(report.source(), report.negotiation()), here);
    if (first != null) {
      context.warning(Codes.DUPLICATE_ACCOUNT, at.child("source"),
          "report " + report.id() + " is a second account by " + report.source() + " of "
              + report.negotiation() + " (the first is " + first + "); one report per source and negotiation"
              + " keeps sources apart");
    }
    for (KeyedKinds.Keyed claim : KeyedKinds.of(report)) {
      String[] firstClaim = context.keyedKinds.get(claim.item());
      if (firstClaim == null) {
        context.keyedKinds.put(claim.item(), new String[] {claim.kind(),
            KeyedKinds.place(context.reportPlace, at, claim.pointer())});
      } else if (!firstClaim[0].equals(claim.kind())) {
        context.warning(Codes.KEY_JOINS_UNLIKE_KINDS, at.append(claim.pointer()).child("key"),
            KeyedKinds.message(claim.key(), claim.kind(), firstClaim[0], firstClaim[1]));
      }
    }
  }

  /** Reports each record whose id an earlier one has; positions, not pointers, are kept (a million ids). */
  private static <T> void unique(List<T> records, Function<T, Object> id, JsonPointer at, RuleContext context) {
    FirstPositions seen = new FirstPositions(records.size());
    for (int i = 0; i < records.size(); i++) {
      Object value = id.apply(records.get(i));
      int first = seen.putIfAbsent(value, i);
      if (first != i) {
        context.error(Codes.DUPLICATE_ID, at.child(i).child("id"),
            "id " + value + " is already used by " + context.places.apply(at.child(first)) + "; ids must be unique");
      }
    }
  }
}
