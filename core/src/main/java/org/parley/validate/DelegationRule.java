package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.DelegationRole;
import org.parley.model.Report;

/**
 * A delegation's head is one of its members, nobody is listed twice in one delegation, and no
 * report puts one person in the delegations of two different parties.
 */
final class DelegationRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    // Delegations belong to reports.
  }

  @Override
  void checkReport(Report report, JsonPointer reportAt, RuleContext context) {
    // person -> the party whose delegation first listed them, and where
    Map<ActorId, ActorId> sideOf = new HashMap<>();
    Map<ActorId, JsonPointer> firstListed = new HashMap<>();
    Walk.each(report.delegations(), reportAt.child("delegations"), (delegation, at) -> {
      delegation.head().ifPresent(head -> {
        if (delegation.members().stream().noneMatch(m -> m.person().equals(head))) {
          context.error(Codes.HEAD_NOT_MEMBER, at.child("head"),
              "the head " + head + " is not one of the members of the delegation of " + delegation.party());
        }
      });
      Set<ActorId> listed = new HashSet<>();
      Walk.each(delegation.members(), at.child("members"), (member, memberAt) -> {
        JsonPointer personAt = memberAt.child("person");
        if (!listed.add(member.person())) {
          context.error(Codes.DUPLICATE_MEMBER, personAt,
              member.person() + " is listed twice in the delegation of " + delegation.party());
          return;
        }
        if (delegation.role() != DelegationRole.PARTY) {
          return;
        }
        ActorId side = sideOf.putIfAbsent(member.person(), delegation.party());
        if (side == null) {
          firstListed.put(member.person(), personAt);
        } else if (!side.equals(delegation.party())) {
          context.error(Codes.PERSON_IN_OPPOSING_DELEGATIONS, personAt,
              member.person() + " is in the delegation of " + delegation.party() + " and also in that of "
                  + side + " at " + firstListed.get(member.person()));
        }
      });
    });
  }
}
