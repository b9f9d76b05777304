package org.parley.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.model.ActorId;

/**
 * Walks of affiliations — an actor, the actor it belongs to, and so on — answered in time linear in
 * the number of actors over any number of questions: each actor's answer is remembered the first time
 * a walk passes it, so a chain of 10,000 ministries is walked once, not once per member.
 */
public final class Affiliations {

  private static final ActorId NONE = ActorId.of("actor:none");

  private final Function<ActorId, Optional<ActorId>> affiliation;
  private final Map<Set<ActorId>, Map<ActorId, ActorId>> partyOf = new HashMap<>();

  /** Affiliations as {@code affiliation} gives them: the actor an actor belongs to, if any. */
  public Affiliations(Function<ActorId, Optional<ActorId>> affiliation) {
    this.affiliation = affiliation;
  }

  /**
   * The first of {@code parties} on the affiliation chain of {@code actor}, the actor itself
   * included, if any; a cycle or an unknown actor ends the chain.
   */
  public Optional<ActorId> partyOf(ActorId actor, Set<ActorId> parties) {
    Map<ActorId, ActorId> memo = partyOf.computeIfAbsent(Set.copyOf(parties), k -> new HashMap<>());
    List<ActorId> walked = new ArrayList<>();
    Set<ActorId> seen = new HashSet<>();
    ActorId result = NONE;
    for (ActorId current = actor; current != null && seen.add(current); ) {
      ActorId known = memo.get(current);
      if (known != null) {
        result = known;
        break;
      }
      walked.add(current);
      if (parties.contains(current)) {
        result = current;
        break;
      }
      current = affiliation.apply(current).orElse(null);
    }
    for (ActorId a : walked) {
      memo.put(a, result);
    }
    return result == NONE ? Optional.empty() : Optional.of(result);
  }

  /**
   * Every cycle of affiliations, once each, as its members in order starting at the member that
   * comes first in {@code order}; one walk over all actors.
   */
  public static List<List<ActorId>> cycles(List<ActorId> order, Function<ActorId, Optional<ActorId>> affiliation) {
    Map<ActorId, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.putIfAbsent(order.get(i), i);
    }
    Map<ActorId, Integer> state = new HashMap<>();   // 1 on the current walk, 2 finished
    List<List<ActorId>> cycles = new ArrayList<>();
    for (ActorId start : order) {
      List<ActorId> path = new ArrayList<>();
      Map<ActorId, Integer> index = new HashMap<>();
      ActorId current = start;
      while (current != null && !state.containsKey(current)) {
        state.put(current, 1);
        index.put(current, path.size());
        path.add(current);
        current = affiliation.apply(current).orElse(null);
      }
      if (current != null && state.get(current) == 1 && index.containsKey(current)) {
        List<ActorId> cycle = path.subList(index.get(current), path.size());
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
          if (position.getOrDefault(cycle.get(i), Integer.MAX_VALUE)
              < position.getOrDefault(cycle.get(first), Integer.MAX_VALUE)) {
            first = i;
          }
        }
        List<ActorId> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        cycles.add(rotated);
      }
      path.forEach(a -> state.put(a, 2));
    }
    return cycles;
  }
}
