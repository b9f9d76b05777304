package org.parley.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.internal.Affiliations;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;

/**
 * Resolves actors before anything is compared: records that share a Wikidata id, a name or an alias
 * (accents and case ignored: "Erdoğan" = "Erdogan") are one actor, named by the first of them; a
 * person resolves to the party of the negotiation they act for, by following affiliations. The
 * words that name a state or its people come from the actors too, never from a list in the code.
 */
final class ActorResolver {

  private final Map<ActorId, Actor> byId;
  private final Map<ActorId, ActorId> canonical;
  private final Map<String, String> stateWords = new HashMap<>();

  ActorResolver(List<Actor> actors) {
    int capacity = actors.size() + actors.size() / 3 + 1;   // no rehashing of a million actors
    byId = new HashMap<>(capacity);
    canonical = new HashMap<>(capacity);
    Map<String, ActorId> byName = new HashMap<>(capacity);
    for (Actor actor : actors) {
      byId.putIfAbsent(actor.id(), actor);
      ActorId first = null;
      List<String> keys = new ArrayList<>();
      actor.wikidataId().ifPresent(q -> keys.add("wikidata:" + q));
      if (!actor.anonymous()) {
        // Two unnamed officials described alike are not one person; named actors merge by name.
        keys.add("name:" + String.join(" ", Compare.words(actor.name())));
        actor.aliases().forEach(a -> keys.add("name:" + String.join(" ", Compare.words(a))));
      }
      for (String key : keys) {
        ActorId known = byName.get(key);
        if (known != null && first == null) {
          first = canonical.getOrDefault(known, known);
        }
      }
      ActorId resolved = first != null ? first : actor.id();
      canonical.putIfAbsent(actor.id(), resolved);
      keys.forEach(k -> byName.putIfAbsent(k, resolved));
      List<String> words = new ArrayList<>(actor.demonyms());
      if (actor.kind() == ActorKind.STATE) {
        words.add(actor.name());
        words.addAll(actor.aliases());
      }
      for (String word : words) {
        List<String> normal = Compare.words(word);
        if (normal.size() == 1) {
          stateWords.putIfAbsent(normal.get(0), resolved.value());
        }
      }
    }
  }

  /** The one id all spellings of this actor resolve to. */
  ActorId canonical(ActorId id) {
    return canonical.getOrDefault(id, id);
  }

  /** The actors, spellings resolved, each once, in the order of their ids. */
  List<ActorId> canonical(List<ActorId> named) {
    return named.stream().map(this::canonical).distinct().sorted(java.util.Comparator.comparing(ActorId::value))
        .toList();
  }

  /** The actor's canonical name, or its id when the dataset does not know it. */
  String name(ActorId id) {
    return Optional.ofNullable(byId.get(canonical(id))).map(Actor::name).orElse(id.value());
  }

  /**
   * The party among {@code parties} that the actor is or acts for; the actor itself if none. Each
   * actor's answer is remembered per set of parties, so chains are walked once in all.
   */
  ActorId side(ActorId id, Set<ActorId> parties) {
    return affiliations.partyOf(canonical(id), parties).orElse(canonical(id));
  }

  /**
   * Whether {@code actor} is {@code group} or within it, after resolving spellings: one of the
   * group's members, or on the actor's chain of affiliations (a minister within a government within
   * a state). A cycle of affiliations ends the walk.
   */
  boolean within(ActorId actor, ActorId group) {
    ActorId target = canonical(group);
    ActorId start = canonical(actor);
    if (start.equals(target)
        || actor(target).map(g -> g.members().stream().anyMatch(m -> canonical(m).equals(start))).orElse(false)) {
      return true;
    }
    ActorId current = start;
    Set<ActorId> walked = new HashSet<>();
    while (walked.add(current)) {
      Optional<ActorId> up = actor(current).flatMap(Actor::affiliation).map(this::canonical);
      if (up.isEmpty()) {
        return false;
      }
      current = up.get();
      if (current.equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** Affiliations between canonical ids, walked once per set of parties (see {@link Affiliations}). */
  private final Affiliations affiliations = new Affiliations(
      id -> actor(id).flatMap(Actor::affiliation).map(this::canonical));

  /**
   * Single words that name a state or its people, from the actors' own data — a state's name and
   * aliases ("turkiye", "kyiv") and any actor's demonyms ("turkish", "iranian") — with the id of the
   * actor they name.
   */
  Map<String, String> stateWords() {
    return stateWords;
  }

  /** The actor record behind an id, after resolving spellings. */
  Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(byId.get(canonical(id)));
  }
}
