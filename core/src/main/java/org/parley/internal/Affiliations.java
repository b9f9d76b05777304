package org.parley.internal;

import java.util.ArrayList;
import java.util.HashMap;
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
  private static final ActorId PENDING = ActorId.of("actor:pending");

  private final Function<ActorId, Optional<ActorId>> affiliation;
  private final Map<Set<ActorId>, Map<ActorId, ActorId>> partyOf = new HashMap<>();
  /** The set of parties asked about last, and its answers: callers ask with one set many times over. */
  private Set<ActorId> lastParties;
  private Map<ActorId, ActorId> lastMemo;

  /** Affiliations as {@code affiliation} gives them: the actor an actor belongs to, if any. */
  public Affiliations(Function<ActorId, Optional<ActorId>> affiliation) {
    this.affiliation = affiliation;
  }

  /**
   * The first of {@code parties} on the affiliation chain of {@code actor}, the actor itself
   * included, if any; a cycle or an unknown actor ends the chain. A set passed again must not have
   * changed in between (asked again with the very same set, the answers are found without copying or
   * hashing it).
   */
  public Optional<ActorId> partyOf(ActorId actor, Set<ActorId> parties) {
    Map<ActorId, ActorId> memo;
    if (parties == lastParties) {
      memo = lastMemo;
    } else {
      memo = partyOf.computeIfAbsent(Set.copyOf(parties), k -> new HashMap<>());
      lastParties = parties;
      lastMemo = memo;
    }
    List<ActorId> walked = new ArrayList<>();
    ActorId result = NONE;
    for (ActorId current = actor; current != null; ) {
      ActorId known = memo.putIfAbsent(current, PENDING);
      if (known != null) {
        result = known == PENDING ? NONE : known;   // PENDING: a cycle on this very walk
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
   * Every cycle of affiliations, once each, as the positions in {@code order} of its members, in the
   * order of the affiliations, starting at the member that comes first in {@code order}; one walk over
   * all actors.
   */
  public static List<int[]> cycles(List<ActorId> order, Function<ActorId, Optional<ActorId>> affiliation) {
    int n = order.size();
    FirstPositions position = new FirstPositions(n);
    for (int i = 0; i < n; i++) {
      position.putIfAbsent(order.get(i), i);
    }
    // Actors as their first position in order: next[i] is the position of the actor i belongs to,
    // -1 for none or an unknown one; repeated ids are walked at their first position only.
    int[] next = new int[n];
    byte[] state = new byte[n];   // 0 not seen, 1 on the current walk, 2 finished
    for (int i = 0; i < n; i++) {
      if (position.get(order.get(i)) != i) {
        state[i] = 2;
        continue;
      }
      next[i] = affiliation.apply(order.get(i)).map(position::get).orElse(-1);
    }
    int[] index = new int[n];     // place on the current walk
    int[] path = new int[n];
    List<int[]> cycles = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      int length = 0;
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        index[current] = length;
        path[length++] = current;
        current = next[current];
      }
      if (current >= 0 && state[current] == 1) {
        int from = index[current];
        int first = from;
        for (int i = from + 1; i < length; i++) {
          if (path[i] < path[first]) {
            first = i;
          }
        }
        int[] cycle = new int[length - from];
        System.arraycopy(path, first, cycle, 0, length - first);
        System.arraycopy(path, from, cycle, length - first, first - from);
        cycles.add(cycle);
      }
      for (int i = 0; i < length; i++) {
        state[path[i]] = 2;
      }
    }
    return cycles;
  }
}
