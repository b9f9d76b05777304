package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Act;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRelation;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.DateClaim;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.EventTiming;
import org.parley.model.FactClaim;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeRank;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.ResponseKind;
import org.parley.model.RoundFormat;
import org.parley.model.Stance;
import org.parley.model.TimeOfDay;
import org.parley.model.Tone;
import org.parley.model.Venue;
import org.parley.model.Weekday;

/**
 * The conflict rules per kind of item, over the values of its observations ({@link ItemType} says
 * which rule is whose): each returns every
 * reason the values cannot all be true, with its code. The rules themselves are written down in
 * {@link Compare}.
 */
final class Conflicts {

  private final Function<Quantity, String> thing;
  private final Function<Quantity, String> direction;
  private final ActorResolver actors;

  /**
   * Rules that tell what a quantity counts by {@code thing} and which way it goes by {@code
   * direction}, and one actor from another (and a person from the side they act for) by {@code actors}.
   */
  Conflicts(Function<Quantity, String> thing, Function<Quantity, String> direction, ActorResolver actors) {
    this.thing = thing;
    this.direction = direction;
    this.actors = actors;
  }

  private static List<Conflict> one(Optional<String> message, String code) {
    return message.map(m -> List.of(Conflict.of(code, m))).orElse(List.of());
  }

  List<Conflict> dates(List<Observation<DateClaim>> o) {
    List<DateClaim> dates = Observation.values(o);
    List<Conflict> found = new ArrayList<>();
    List<PartialDate> calendar = dates.stream().flatMap(d -> d.date().stream()).collect(Collectors.toList());
    found.addAll(calendar(calendar));
    if (found.isEmpty()) {
      found.addAll(weekdays(calendar, dates.stream().flatMap(d -> d.weekday().stream()).distinct().toList()));
    }
    found.addAll(one(Compare.times(dates.stream().flatMap(d -> d.time().stream()).collect(Collectors.toList())),
        ConflictCodes.TIME));
    found.addAll(relative(dates));
    Map<Optional<Integer>, Set<Integer>> days = new HashMap<>();
    dates.forEach(d -> d.day().ifPresent(day -> days.computeIfAbsent(d.phase(), k -> new java.util.TreeSet<>()).add(day)));
    days.forEach((phase, set) -> {
      if (set.size() > 1) {
        found.add(Conflict.of(ConflictCodes.PHASE_DAY, "the sources count different days" + phase.map(p -> " of phase " + p)
            .orElse("") + ": " + set.stream().map(d -> "Day " + d).collect(Collectors.joining(", "))));
      }
    });
    return found;
  }

  /**
   * Weekdays a source names without a date ("on Friday") against each other and against the dates:
   * two weekdays, or a weekday that another source's date names otherwise, are different weekdays; a
   * weekday that a single day given elsewhere does not fall on fits no day.
   */
  private static List<Conflict> weekdays(List<PartialDate> dates, List<Weekday> named) {
    if (named.isEmpty()) {
      return List.of();
    }
    Set<java.time.DayOfWeek> all = named.stream().map(Weekday::dayOfWeek).collect(Collectors.toSet());
    dates.forEach(d -> d.dayOfWeek().ifPresent(all::add));
    if (all.size() > 1) {
      return List.of(Conflict.of(ConflictCodes.WEEKDAY, "the sources name different weekdays"));
    }
    Weekday weekday = named.get(0);
    List<PartialDate> misses = dates.stream().filter(d -> d.day().isPresent())
        .filter(d -> d.earliest().getDayOfWeek() != weekday.dayOfWeek()).toList();
    return misses.isEmpty() ? List.of() : List.of(Conflict.of(ConflictCodes.DATE, "no day fits "
        + weekday.englishName() + " and " + misses.stream().map(PartialDate::format).collect(Collectors.joining(", "))
        + ": " + misses.stream().map(d -> d.format() + " is a " + Weekday.of(d.earliest().getDayOfWeek()).englishName())
            .collect(Collectors.joining(", "))));
  }

  /**
   * Dates relative to publication ("next week") against other relative dates or against dates that
   * are not relative: each source counts from its own day, which the item does not hold, so unclear.
   */
  private static List<Conflict> relative(List<DateClaim> dates) {
    List<String> relative = dates.stream().flatMap(d -> d.relative().stream()).map(Filing::words).distinct().toList();
    boolean otherwise = dates.stream().anyMatch(d -> d.relative().isEmpty() && (d.date().isPresent()
        || d.weekday().isPresent()));
    if (relative.isEmpty() || relative.size() == 1 && !otherwise) {
      return List.of();
    }
    return List.of(Conflict.of(ConflictCodes.UNCLEAR_DATE, (relative.size() > 1
        ? "the sources date it relative to their own publication: " + String.join(", ", relative)
        : "one source dates it relative to its publication (" + relative.get(0) + "), another otherwise")
        + "; check against the publication dates"));
  }

  private static List<Conflict> calendar(List<PartialDate> dates) {
    return Compare.dates(dates).map(m -> List.of(Conflict.of(
        m.startsWith("the sources name different weekdays") ? ConflictCodes.WEEKDAY : ConflictCodes.DATE, m)))
        .orElse(List.of());
  }

  /** Times against the talks (before, during, after) that are not all one: the {@code what} happened once. */
  private static List<Conflict> timings(java.util.stream.Stream<EventTiming> given, String what) {
    Set<EventTiming> timings = given.collect(Collectors.toCollection(java.util.TreeSet::new));
    return timings.size() < 2 ? List.of() : List.of(Conflict.of(ConflictCodes.TIMING, "the sources place the " + what
        + " at different times against the talks: " + timings.stream().map(Filing::words)
            .collect(Collectors.joining(", "))));
  }

  /** The lengths the sources give one claim ("a 30-day ceasefire" against "a 60-day one"), as the talks' are compared. */
  private static List<Conflict> lengths(java.util.stream.Stream<Optional<DurationEstimate>> given) {
    List<DurationEstimate> lengths = given.flatMap(Optional::stream).toList();
    return lengths.size() < 2 ? List.of() : one(Compare.durations(lengths), ConflictCodes.DURATION);
  }

  List<Conflict> durations(List<Observation<DurationEstimate>> o) {
    return lengths(Observation.values(o).stream().map(Optional::of));
  }

  /**
   * How the parties met: face to face against only through a mediator conflicts; a format that
   * includes or sits beside another (direct and indirect, technical, virtual) is unclear.
   */
  List<Conflict> formats(List<Observation<RoundFormat>> o) {
    Set<RoundFormat> formats = Observation.values(o).stream()
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(RoundFormat.class)));
    if (formats.size() < 2) {
      return List.of();
    }
    String named = formats.stream().map(Filing::words).collect(Collectors.joining(", "));
    return formats.contains(RoundFormat.DIRECT) && formats.contains(RoundFormat.INDIRECT)
        ? List.of(Conflict.of(ConflictCodes.FORMAT, "one source says the parties met face to face, another only"
            + " through a mediator"))
        : List.of(Conflict.of(ConflictCodes.UNCLEAR_FORMAT, "the sources describe the format differently: " + named));
  }

  List<Conflict> venues(List<Observation<Venue>> o) {
    return venueConflicts(Observation.values(o));
  }

  /**
   * Venues agree when they name one city at most (a venue without a city fits any) and their names
   * form one group, two names being in a group when they are equal or share a distinctive word, and
   * groups joining through any member ("Dolmabahçe Palace", "Dolmabahçe Presidential Office" and
   * "Presidential Office of Dolmabahce" are one group). Each distinct venue is normalized once and the
   * groups are joined word by word (union–find), so the check is linear in the number of words: a
   * comparison of every pair would be quadratic, and whether any two of many word sets are disjoint
   * has no known faster test. A conflict names the first venue and the first that differs from it.
   */
  private static List<Conflict> venueConflicts(List<Venue> all) {
    Map<Compare.NormalVenue, Venue> distinct = new LinkedHashMap<>();
    // Equal venues are mostly one object (an item keeps each value once): each is normalized once.
    Map<Venue, Venue> seen = new IdentityHashMap<>();
    all.forEach(v -> {
      if (seen.put(v, v) == null) {
        distinct.putIfAbsent(Compare.normal(v), v);
      }
    });
    List<Compare.NormalVenue> normal = new ArrayList<>(distinct.keySet());
    List<Venue> venues = new ArrayList<>(distinct.values());
    int withCity = -1;
    for (int i = 0; i < normal.size(); i++) {
      List<String> city = normal.get(i).city();
      if (city != null && withCity < 0) {
        withCity = i;
      } else if (city != null && !city.equals(normal.get(withCity).city())) {
        return differ(venues.get(withCity), venues.get(i));
      }
    }
    int[] group = new int[normal.size()];
    Map<Object, Integer> firstWith = new HashMap<>();   // a name or a distinctive word -> first venue with it
    for (int i = 0; i < normal.size(); i++) {
      group[i] = i;
      join(group, i, firstWith.putIfAbsent(normal.get(i).name(), i));
      for (String word : normal.get(i).distinctive()) {
        join(group, i, firstWith.putIfAbsent(word, i));
      }
    }
    for (int i = 1; i < normal.size(); i++) {
      if (root(group, i) != root(group, 0)) {
        return differ(venues.get(0), venues.get(i));
      }
    }
    return List.of();
  }

  /** Joins venue {@code i} to the group of venue {@code other}, if there is one. */
  private static void join(int[] group, int i, Integer other) {
    if (other != null) {
      group[root(group, i)] = root(group, other);
    }
  }

  /** The representative of a venue's group, halving the path on the way (near-constant time amortized). */
  private static int root(int[] group, int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }

  private static List<Conflict> differ(Venue a, Venue b) {
    return List.of(Conflict.of(ConflictCodes.VENUE, "\"" + a.name() + "\" and \"" + b.name() + "\" name different places"));
  }

  <T> List<Conflict> distinct(List<Observation<T>> o) {
    List<T> values = Observation.values(o).stream().distinct().toList();
    if (values.size() < 2) {
      return List.of();
    }
    List<String> shown = o.stream().filter(x -> !x.isStatement()).map(Observation::display).distinct()
        .collect(Collectors.toList());
    return List.of(Conflict.of(ConflictCodes.PERSON, "sources name different people or sides: " + String.join(", ", shown)));
  }

  /**
   * Who said the words two sources quote alike: different speakers conflict, unless one is within the
   * other (a minister and the state he speaks for), as actors compare everywhere.
   */
  List<Conflict> speakers(List<Observation<ActorId>> o) {
    List<ActorId> speakers = actors.canonical(Observation.values(o));
    for (int i = 0; i < speakers.size(); i++) {
      for (int j = i + 1; j < speakers.size(); j++) {
        if (!sameActor(speakers.get(i), speakers.get(j))) {
          return List.of(Conflict.of(ConflictCodes.SPEAKER, "the sources give these words to different speakers: "
              + names(speakers)));
        }
      }
    }
    return List.of();
  }

  List<Conflict> titles(List<Observation<Set<String>>> o) {
    Map<Set<String>, String> distinct = new LinkedHashMap<>();
    o.stream().filter(x -> !x.isStatement()).forEach(x -> distinct.putIfAbsent(x.value(), x.display()));
    List<Map.Entry<Set<String>, String>> titles = new ArrayList<>(distinct.entrySet());
    for (int i = 0; i < titles.size(); i++) {
      for (int j = i + 1; j < titles.size(); j++) {
        if (!Compare.titles(titles.get(i).getKey(), titles.get(j).getKey())) {
          return List.of(Conflict.of(ConflictCodes.TITLE, "\"" + titles.get(i).getValue() + "\" and \""
              + titles.get(j).getValue() + "\" are different offices"));
        }
      }
    }
    return List.of();
  }

  List<Conflict> demands(List<Observation<Demand>> o) {
    List<Demand> demands = Observation.values(o);
    List<Conflict> found = new ArrayList<>();
    found.addAll(actorSets(demands.stream().map(d -> List.of(d.by())).toList(), "as the one who demands", true));
    found.addAll(actorSets(demands.stream().map(d -> List.of(d.addressee())).toList(), "as the one demanded of",
        true));
    found.addAll(issues(demands.stream().map(d -> List.of(d.issue())).toList()));
    Set<ResponseKind> responses = demands.stream().flatMap(d -> d.response().stream()).map(r -> r.kind())
        .collect(Collectors.toSet());
    if (responses.contains(ResponseKind.ACCEPTED) && responses.contains(ResponseKind.REJECTED)) {
      found.add(Conflict.of(ConflictCodes.RESPONSE, "one source says the demand was accepted, another that it was rejected"));
    }
    found.addAll(regions(demands.stream().map(Demand::regions).toList()));
    found.addAll(lengths(demands.stream().map(Demand::duration)));
    return found;
  }

  /**
   * The places a claim's sources name (a demand's, an outcome's, a provision's): they conflict when
   * neither of two lists contains the other ({@link Compare#regionsConflict}); a source that names none
   * says nothing against one that does.
   */
  private static List<Conflict> regions(List<List<String>> named) {
    List<List<String>> regions = named.stream().filter(r -> !r.isEmpty()).distinct().collect(Collectors.toList());
    if (regions.size() < 2) {
      return List.of();   // most items: one list of places as written, or none
    }
    List<Set<List<String>>> normal = regions.stream().map(Compare::regionSet).collect(Collectors.toList());
    for (int i = 0; i < regions.size(); i++) {
      for (int j = i + 1; j < regions.size(); j++) {
        if (Compare.regionsConflict(normal.get(i), normal.get(j))) {
          return List.of(Conflict.of(ConflictCodes.REGIONS, "the sources name different regions: " + regions.get(i)
              + " and " + regions.get(j)));
        }
      }
    }
    return List.of();
  }

  List<Conflict> outcomes(List<Observation<Outcome>> o) {
    List<Outcome> outcomes = Observation.values(o);
    List<Conflict> found = new ArrayList<>();
    found.addAll(kinds(outcomes.stream().map(Outcome::kind).toList(), "outcomes"));
    found.addAll(issues(outcomes.stream().map(x -> List.of(x.issue())).toList()));
    found.addAll(actorSets(outcomes.stream().map(Outcome::parties).toList(), "as its parties", true));
    found.addAll(regions(outcomes.stream().map(Outcome::regions).toList()));
    List<ActorId> blamed = outcomes.stream().flatMap(x -> x.blame().stream()).map(actors::canonical).distinct()
        .toList();
    if (blamed.stream().anyMatch(a -> blamed.stream().anyMatch(b -> !sameActor(a, b)))) {
      found.add(Conflict.of(ConflictCodes.BLAME, "the sources hold different actors responsible: "
          + names(blamed)));
    }
    Set<OutcomeRank> ranks = outcomes.stream().flatMap(x -> x.rank().stream()).collect(Collectors.toSet());
    if (ranks.contains(OutcomeRank.ONLY) && ranks.contains(OutcomeRank.AMONG_FEW)) {
      found.add(Conflict.of(ConflictCodes.RANK, "one source calls it the only outcome of the talks, another one"
          + " among a few"));
    }
    boolean settled = outcomes.stream().anyMatch(x -> Compare.settled(x.status()));
    boolean unsettled = outcomes.stream().anyMatch(x -> !Compare.settled(x.status()));
    if (settled && unsettled) {
      found.add(Conflict.of(ConflictCodes.STATUS, "status " + outcomes.stream()
          .map(x -> x.status().wireName().replace('_', ' ')).distinct().collect(Collectors.joining(" vs "))));
    }
    found.addAll(quantities(o, Outcome::quantities));
    found.addAll(lengths(outcomes.stream().map(Outcome::duration)));
    return found;
  }

  List<Conflict> agreementStatuses(List<Observation<AgreementClaim>> o) {
    List<AgreementClaim> claims = Observation.values(o);
    boolean concluded = claims.stream().anyMatch(c -> c.status().map(AgreementStatus::concluded).orElse(false));
    boolean open = claims.stream().anyMatch(c -> c.status().map(s -> !s.concluded()).orElse(false));
    List<Conflict> found = new ArrayList<>(concluded && open
        ? List.of(Conflict.of(ConflictCodes.STATUS, "status " + claims.stream().flatMap(c -> c.status().stream())
            .map(s -> s.wireName().replace('_', ' ')).distinct().collect(Collectors.joining(" vs "))))
        : List.of());
    found.addAll(lengths(claims.stream().map(AgreementClaim::duration)));
    return found;
  }

  List<Conflict> agreementRoles(List<Observation<AgreementParticipant>> o) {
    Set<AgreementRole> roles = Observation.values(o).stream().map(AgreementParticipant::role)
        .collect(Collectors.toSet());
    return roles.contains(AgreementRole.SIGNATORY) && roles.size() > 1
        ? List.of(Conflict.of(ConflictCodes.ROLE, "one source makes the actor a signatory, another a third party: "
            + roles.stream().filter(r -> r != AgreementRole.SIGNATORY).map(AgreementRole::wireName).sorted()
                .collect(Collectors.joining(" or "))))
        : List.of();
  }

  List<Conflict> provisions(List<Observation<Provision>> o) {
    List<Conflict> found = new ArrayList<>(quantities(o, Provision::quantities));
    found.addAll(issues(Observation.values(o).stream().map(Provision::issues).toList()));
    found.addAll(regions(Observation.values(o).stream().map(Provision::regions).toList()));
    found.addAll(lengths(Observation.values(o).stream().map(Provision::duration)));
    Set<Integer> days = Observation.values(o).stream().flatMap(p -> p.phase().stream())
        .flatMap(p -> p.days().stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
    if (days.size() > 1) {
      found.add(Conflict.of(ConflictCodes.PHASE, "the sources give the phase different lengths: "
          + days.stream().map(d -> d + " days").collect(Collectors.joining(", "))));
    }
    return found;
  }

  List<Conflict> roles(List<Observation<NegotiationRole>> o) {
    Set<NegotiationRole> roles = Observation.values(o).stream().collect(Collectors.toSet());
    boolean side = roles.stream().anyMatch(Compare::sideRole);
    boolean third = roles.stream().anyMatch(r -> !Compare.sideRole(r));
    if (side && third) {
      return List.of(Conflict.of(ConflictCodes.ROLE, "one source makes the actor a party, another a third party: "
          + roles.stream().filter(r -> !Compare.sideRole(r)).map(NegotiationRole::wireName).sorted()
              .collect(Collectors.joining(" or "))));
    }
    // A host may mediate too, and sources use "mediator" and "facilitator" loosely: both may be true.
    return roles.size() > 1 ? List.of(Conflict.of(ConflictCodes.UNCLEAR_KIND, "the sources give the actor different"
        + " roles: " + roles.stream().map(NegotiationRole::wireName).sorted().collect(Collectors.joining(", "))))
        : List.of();
  }

  List<Conflict> events(List<Observation<ProcessEvent>> o) {
    List<ProcessEvent> events = Observation.values(o);
    List<Conflict> found = new ArrayList<>(kinds(events.stream().map(ProcessEvent::kind).toList(), "events"));
    // Who attended or convened: one source may name some of those there and another the others.
    boolean gathering = events.stream().allMatch(e -> Compare.gathering(e.kind()));
    found.addAll(actorSets(events.stream().map(ProcessEvent::actors).toList(), "", !gathering));
    found.addAll(reasons(events.stream().flatMap(e -> e.reason().stream()).toList()));
    found.addAll(differ(events.stream().flatMap(e -> e.cause().stream()), ConflictCodes.UNCLEAR_REASON,
        "the sources name different events it followed from: ", ", "));
    found.addAll(calendar(events.stream().flatMap(e -> e.date().stream()).toList()));
    found.addAll(timings(events.stream().flatMap(e -> e.timing().stream()), "event"));
    found.addAll(one(Compare.times(events.stream().flatMap(e -> e.time().stream()).toList()), ConflictCodes.TIME));
    found.addAll(venueConflicts(events.stream().flatMap(e -> e.venue().stream()).toList()));
    found.addAll(lengths(events.stream().map(ProcessEvent::duration)));
    return found;
  }

  /**
   * What one actor did, as the sources report it: different kinds under one key (imposed against
   * lifted sanctions conflict), different actors or targets, dates that cannot be one day, different
   * times against the talks; different conditions of a threat, or issues, are unclear.
   */
  List<Conflict> acts(List<Observation<Act>> o) {
    List<Act> acts = Observation.values(o);
    List<Conflict> found = new ArrayList<>(kinds(acts.stream().map(Act::kind).toList(), "acts"));
    found.addAll(actorSets(acts.stream().map(a -> List.of(a.by())).toList(), "as the one who acted", true));
    found.addAll(actorSets(acts.stream().map(a -> a.target().stream().toList()).toList(), "as its target", true));
    // An act that names no issue says nothing against one that does.
    found.addAll(issues(acts.stream().flatMap(a -> a.issue().stream()).map(List::of).toList()));
    found.addAll(calendar(acts.stream().flatMap(a -> a.date().stream()).toList()));
    found.addAll(timings(acts.stream().flatMap(a -> a.timing().stream()), "act"));
    found.addAll(differ(acts.stream().flatMap(a -> a.condition().stream()), ConflictCodes.UNCLEAR_REASON,
        "the sources give different conditions: ", "; "));
    return found;
  }

  /** A side's reaction: taken well by one source and badly by another is undecided; mixed fits either. */
  List<Conflict> tones(List<Observation<Tone>> o) {
    Set<Tone> tones = o.stream().map(Observation::value).collect(Collectors.toCollection(java.util.TreeSet::new));
    return tones.contains(Tone.POSITIVE) && tones.contains(Tone.NEGATIVE)
        ? List.of(Conflict.of(ConflictCodes.UNCLEAR_TONE, "the sources report different reactions: "
            + tones.stream().map(Filing::words).collect(Collectors.joining(", "))))
        : List.of();
  }

  /** Two directions between one pair of events: each source has the other event follow from the first. */
  List<Conflict> causes(List<Observation<String>> o) {
    return differ(Observation.values(o).stream(), ConflictCodes.DIRECTION,
        "the sources give the cause the other way round: ", "; ");
  }

  /**
   * What two agreements are to each other: one relation said the other way round ("A extends B"
   * against "B extends A") conflicts; different relations are unclear, since a text may both extend
   * and amend another and sources name such steps loosely.
   */
  List<Conflict> links(List<Observation<Link>> o) {
    List<Link> said = Observation.values(o).stream().distinct().toList();
    List<Conflict> found = new ArrayList<>();
    Set<AgreementRelation> relations = new java.util.TreeSet<>();
    said.forEach(l -> relations.add(l.relation()));
    for (AgreementRelation relation : relations) {
      if (said.stream().filter(l -> l.relation() == relation).map(Link::from).distinct().count() > 1) {
        found.add(Conflict.of(ConflictCodes.DIRECTION, "the sources relate the agreements the other way round: "
            + said.stream().filter(l -> l.relation() == relation).map(Link::toString)
                .collect(Collectors.joining("; "))));
      }
    }
    if (relations.size() > 1) {
      found.add(Conflict.of(ConflictCodes.UNCLEAR_LINK, "the sources relate the agreements differently: "
          + said.stream().map(Link::toString).collect(Collectors.joining("; "))));
    }
    return found;
  }

  /** What a source says of two agreements: {@code from} stands in {@code relation} to {@code to}. */
  record Link(AgreementId from, AgreementRelation relation, AgreementId to) {
    @Override
    public String toString() {
      return from + " " + relation.wireName().replace('_', ' ') + " " + to;
    }
  }

  /** A conflict of {@code code} naming the values, in their order, when they are not all one. */
  private static List<Conflict> differ(java.util.stream.Stream<String> values, String code, String message,
      String separator) {
    List<String> distinct = values.distinct().toList();
    return distinct.size() < 2 ? List.of() : List.of(Conflict.of(code, message + String.join(separator, distinct)));
  }

  List<Conflict> facts(List<Observation<FactClaim>> o) {
    List<FactClaim> facts = Observation.values(o);
    List<Conflict> found = new ArrayList<>(calendar(facts.stream().flatMap(f -> f.date().stream()).toList()));
    found.addAll(calendar(facts.stream().flatMap(f -> f.since().stream()).toList()));
    found.addAll(differ(facts.stream().flatMap(f -> f.sinceEvent().stream()), ConflictCodes.UNCLEAR_SINCE,
        "the sources count it from different events: ", ", "));
    found.addAll(one(Compare.durations(facts.stream().flatMap(f -> f.duration().stream()).toList()),
        ConflictCodes.DURATION));
    found.addAll(quantities(o, FactClaim::numbers));
    found.addAll(actorSets(facts.stream().map(f -> f.actor().stream().toList()).toList(), "", true));
    return found;
  }

  /**
   * Claims of different kinds under one item: a conflict when two cannot both be true ({@link
   * Compare#contradicts}), undecided otherwise.
   */
  private static List<Conflict> kinds(List<? extends Enum<?>> kinds, String what) {
    List<? extends Enum<?>> distinct = kinds.stream().distinct().toList();
    if (distinct.size() < 2) {
      return List.of();
    }
    boolean contradict = distinct.stream().anyMatch(a -> distinct.stream().anyMatch(b -> Compare.contradicts(a, b)));
    return List.of(Conflict.of(contradict ? ConflictCodes.KIND : ConflictCodes.UNCLEAR_KIND,
        "the sources report different " + what + " under one item: "
            + distinct.stream().map(Filing::words).collect(Collectors.joining(", "))));
  }

  /** Claims on different issues under one item (as an encoder's key files them): undecided. */
  private static List<Conflict> issues(List<? extends List<? extends Enum<?>>> issues) {
    // Compared as sets of constants; the words are made only for a message (this runs for every item).
    if (issues.stream().map(Set::copyOf).distinct().count() < 2) {
      return List.of();
    }
    List<Set<String>> distinct = issues.stream().<Set<String>>map(list -> list.stream().map(Filing::words)
        .collect(Collectors.toCollection(java.util.TreeSet::new))).distinct().toList();
    return distinct.size() < 2 ? List.of() : List.of(Conflict.of(ConflictCodes.UNCLEAR_ISSUE,
        "the sources file claims on different issues under one item: " + distinct.stream()
            .map(t -> String.join(" and ", t)).collect(Collectors.joining("; "))));
  }

  /**
   * Different reasons for one event: undecided, since reasons are the source's words. Reasons are
   * compared by their words, case, accents and punctuation aside.
   */
  private static List<Conflict> reasons(List<String> reasons) {
    Map<List<String>, String> distinct = new LinkedHashMap<>();
    reasons.forEach(r -> distinct.putIfAbsent(Compare.words(r), r));
    return distinct.size() < 2 ? List.of() : List.of(Conflict.of(ConflictCodes.UNCLEAR_REASON,
        "the sources give different reasons: " + distinct.values().stream().map(r -> "\"" + r + "\"")
            .collect(Collectors.joining(" and "))));
  }

  /**
   * The actors each claim names, compared ({@code role} says as what, for the message; an empty list
   * says nothing about them): a conflict when two claims name actors with none in common; undecided
   * when they have some in common but one names an actor the other does not (a source may name only
   * some of those who met). An actor matches another when they are one actor after resolving
   * spellings or one is within the other ({@link ActorResolver#within}: a president and the state
   * he acts for). When {@code apartConflicts} is false (who attended a gathering), lists with no actor
   * in common are undecided too: both may be true. The distinct lists are compared pairwise; items
   * have few of them.
   */
  private List<Conflict> actorSets(List<List<ActorId>> named, String role, boolean apartConflicts) {
    if (named.stream().filter(l -> !l.isEmpty()).distinct().count() < 2) {
      return List.of();   // one list of actors as written, or none: nothing to resolve (most items)
    }
    List<List<ActorId>> distinct = named.stream().filter(l -> !l.isEmpty()).map(actors::canonical).distinct()
        .toList();
    Conflict partly = null;
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        List<ActorId> a = distinct.get(i);
        List<ActorId> b = distinct.get(j);
        boolean shared = a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameActor(x, y)));
        String both = names(a) + " and " + names(b);
        if (!shared && apartConflicts) {
          return List.of(Conflict.of(ConflictCodes.ACTOR, "the sources name different actors"
              + (role.isEmpty() ? "" : " " + role) + ": " + both));
        }
        boolean unmatched = a.stream().anyMatch(x -> b.stream().noneMatch(y -> sameActor(x, y)))
            || b.stream().anyMatch(y -> a.stream().noneMatch(x -> sameActor(x, y)));
        if ((unmatched || !shared) && partly == null) {
          partly = Conflict.of(ConflictCodes.UNCLEAR_ACTORS, "one source names actors another does not"
              + (role.isEmpty() ? "" : " " + role) + ": " + both);
        }
      }
    }
    return partly == null ? List.of() : List.of(partly);
  }

  private boolean sameActor(ActorId a, ActorId b) {
    return a.equals(b) || actors.within(a, b) || actors.within(b, a);
  }

  private String names(List<ActorId> ids) {
    return ids.stream().map(actors::name).collect(Collectors.joining(", "));
  }

  /**
   * Quantities of one item, grouped by the thing counted, and by direction when sources give
   * quantities of one thing going different ways (prisoners released by each side); a quantity
   * without a direction then belongs to no direction. Each group's numbers must have one value in
   * common, the parts one source gives counting as a lower bound of the total.
   */
  private <T> List<Conflict> quantities(List<Observation<T>> o, Function<T, List<Quantity>> of) {
    // Equal values are one object (an item keeps each once), so each quantity is described once.
    Map<Quantity, String> things = new IdentityHashMap<>();
    Map<Quantity, String> ways = new IdentityHashMap<>();
    Function<Quantity, String> counted = q -> things.computeIfAbsent(q, thing);
    Function<Quantity, String> way = q -> ways.computeIfAbsent(q, direction);
    Map<String, Set<String>> directions = new HashMap<>();
    for (Observation<T> x : o) {
      if (!x.isStatement()) {
        for (Quantity q : of.apply(x.value())) {
          String going = way.apply(q);
          if (!going.isEmpty()) {
            directions.computeIfAbsent(counted.apply(q), k -> new HashSet<>()).add(going);
          }
        }
      }
    }
    // One claim that gives two numbers of one thing in different words ("people killed", "people
    // displaced") counts two things: those are told apart by all their words.
    Set<String> split = new HashSet<>();
    for (Observation<T> x : o) {
      if (!x.isStatement()) {
        Map<String, Set<String>> units = new HashMap<>();
        for (Quantity q : of.apply(x.value())) {
          if (!q.part()) {
            units.computeIfAbsent(counted.apply(q), k -> new HashSet<>()).add(String.join(" ", Compare.words(q.unit())));
          }
        }
        units.forEach((thing, words) -> {
          if (words.size() > 1) {
            split.add(thing);
          }
        });
      }
    }
    Function<Quantity, String> key = q -> {
      String unit = counted.apply(q);
      String told = split.contains(unit) ? String.join(" ", Compare.words(q.unit())) : unit;
      return directions.getOrDefault(unit, Set.of()).size() > 1 ? told + way.apply(q) : told;
    };
    Map<String, List<Counts.Range>> allowed = new LinkedHashMap<>();
    Map<String, List<String>> said = new LinkedHashMap<>();
    Map<String, Map<Object, Long>> parts = new LinkedHashMap<>();
    for (Observation<T> x : o) {
      if (x.isStatement()) {
        continue;
      }
      for (Quantity q : of.apply(x.value())) {
        String group = key.apply(q);
        if (q.part()) {
          parts.computeIfAbsent(group, k -> new LinkedHashMap<>()).merge(x.report(), q.amount(), Counts::plus);
          continue;
        }
        allowed.merge(group, Counts.allowed(q, x.parties()), Counts::intersect);
        said.computeIfAbsent(group, k -> new ArrayList<>()).add(q.toString());
      }
    }
    parts.forEach((group, byReport) -> byReport.values().forEach(sum -> {
      allowed.merge(group, List.of(new Counts.Range(sum, Long.MAX_VALUE)), Counts::intersect);
      said.computeIfAbsent(group, k -> new ArrayList<>()).add("parts adding up to " + sum);
    }));
    List<Conflict> found = new ArrayList<>();
    allowed.forEach((group, ranges) -> {
      if (ranges.isEmpty()) {
        found.add(Conflict.of(ConflictCodes.QUANTITY, "no total of " + group + " fits all of "
            + said.get(group).stream().distinct().collect(Collectors.joining(", "))));
      }
    });
    return found;
  }

  /**
   * A statement that denies or disputes the item, against a claim of it or a statement that affirms it.
   * A statement about one value ({@code type=peace_agreement}) is against only a claim that has that
   * value or a statement that affirms it; one that affirms a value is against a claim that has another
   * value of the same field.
   */
  static <T> List<Conflict> stance(List<Observation<T>> o) {
    List<String> against = new ArrayList<>();
    for (Observation<T> x : o) {
      boolean denies = x.stance().filter(s -> s == Stance.DENIES || s == Stance.DISPUTES).isPresent();
      boolean affirms = x.stance().filter(s -> s == Stance.AFFIRMS || s == Stance.PREDICTS).isPresent();
      if (x.about().isEmpty()) {
        if (denies && o.stream().anyMatch(y -> !y.isStatement() || y.about().isEmpty()
            && y.stance().filter(s -> s == Stance.AFFIRMS || s == Stance.PREDICTS).isPresent())) {
          against.add(x.display());
        }
        continue;
      }
      String about = x.about().get();
      String field = about.substring(0, about.indexOf('='));
      if (denies && o.stream().anyMatch(y -> !y.isStatement() && scoped(y.value(), field).contains(about)
          || y.isStatement() && y.about().filter(about::equals).isPresent()
          && y.stance().filter(s -> s == Stance.AFFIRMS || s == Stance.PREDICTS).isPresent())) {
        against.add(x.display());
      } else if (affirms && o.stream().anyMatch(y -> !y.isStatement() && !scoped(y.value(), field).isEmpty()
          && !scoped(y.value(), field).contains(about))) {
        against.add(x.display());
      }
    }
    if (against.isEmpty()) {
      return List.of();
    }
    return List.of(Conflict.of(ConflictCodes.STANCE, against.stream().filter(Objects::nonNull).distinct()
        .collect(Collectors.joining("; ")) + ", against what is reported"));
  }

  /**
   * What a claim says of {@code field}, as {@code field=value}, for the fields a statement may speak
   * to ({@link org.parley.model.About#fields}): empty when the claim says nothing of it (an agreement's
   * type is the agreement record's, not a source's).
   */
  private static Set<String> scoped(Object claim, String field) {
    Set<String> said = new java.util.HashSet<>();
    java.util.function.Consumer<org.parley.model.WireEnum> add = v -> said.add(field + "=" + v.wireName());
    if (claim instanceof AgreementClaim a && field.equals("status")) {
      a.status().ifPresent(add);
    } else if (claim instanceof Outcome out) {
      add.accept(field.equals("status") ? out.status() : out.kind());
    } else if (claim instanceof Demand d) {
      if (field.equals("issue")) {
        add.accept(d.issue());
        d.otherIssues().forEach(add);
      } else {
        d.response().ifPresent(r -> add.accept(r.kind()));
      }
    } else if (claim instanceof ProcessEvent e) {
      add.accept(e.kind());
    } else if (claim instanceof Act act) {
      add.accept(act.kind());
    }
    return said;
  }
}
