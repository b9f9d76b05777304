package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.Negotiation;
import org.parley.model.Outcome;
import org.parley.model.PartialDate;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.Report;
import org.parley.model.ResponseKind;
import org.parley.model.Venue;

/**
 * Reconciles the reports of one negotiation: every claim is filed under the item it is about (the
 * date; the title of one person; the demand of one side of another on one issue; the outcome of one
 * kind on one issue), actors resolved to one actor across spellings and people to the side they act
 * for; then each item's values are compared by the rules of {@link Compare}. Filing is one pass over
 * the claims and comparing one pass over each item's values, so time grows with the number of claims,
 * never with pairs of reports.
 */
public final class Reconciler {

  private final ActorResolver actors;

  private Reconciler(List<Actor> actors) {
    this.actors = new ActorResolver(actors);
  }

  /** A reconciler that knows these actors and their aliases. */
  public static Reconciler of(List<Actor> actors) {
    return new Reconciler(actors);
  }

  /** One reconciliation per negotiation of the dataset that has reports, in dataset order. */
  public static List<Reconciliation> reconcileAll(Dataset dataset) {
    Reconciler reconciler = of(dataset.actors());
    return dataset.negotiations().stream()
        .map(n -> reconciler.reconcile(n, dataset.reports().stream()
            .filter(r -> r.negotiation().equals(n.id())).collect(Collectors.toList())))
        .filter(r -> !r.sources().isEmpty())
        .collect(Collectors.toList());
  }

  /** The reconciliation of {@code reports}; reports of other negotiations are ignored. */
  public Reconciliation reconcile(Negotiation negotiation, List<Report> reports) {
    Filing filing = new Filing(negotiation);
    List<Report> ofThis = reports.stream().filter(r -> r.negotiation().equals(negotiation.id()))
        .collect(Collectors.toList());
    ofThis.forEach(filing::file);
    List<Item> items = filing.groups.values().stream().map(Group::item)
        .sorted(Comparator.comparing(Item::classification).thenComparing(Item::kind).thenComparing(Item::subject))
        .collect(Collectors.toList());
    return Reconciliation.builder()
        .negotiation(negotiation.id())
        .sources(ofThis.stream().map(Report::source).distinct().collect(Collectors.toList()))
        .items(items)
        .build();
  }

  /** The claims of the reports, filed by item. */
  private final class Filing {
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Set<ActorId> parties;

    Filing(Negotiation negotiation) {
      this.parties = negotiation.parties().stream().map(actors::canonical).collect(Collectors.toSet());
    }

    ActorId side(ActorId actor) {
      return actors.side(actor, parties);
    }

    Group group(ItemKind kind, String subject, Function<List<Observation>, Optional<String>> conflict) {
      return groups.computeIfAbsent(kind + " " + subject, k -> new Group(kind, subject, conflict));
    }

    void file(Report report) {
      report.date().ifPresent(d -> group(ItemKind.DATE, "date", Reconciler::dateConflict)
          .add(d.value().format(), d.value(), report, d));
      report.venue().ifPresent(v -> group(ItemKind.VENUE, "venue", Reconciler::venueConflict)
          .add(v.value().name() + v.value().city().map(c -> ", " + c).orElse(""), v.value(), report, v));
      report.duration().ifPresent(d -> group(ItemKind.DURATION, "duration", Reconciler::durationConflict)
          .add(d.value().toString(), d.value(), report, d));
      for (Delegation delegation : report.delegations()) {
        ActorId party = actors.canonical(delegation.party());
        delegation.head().ifPresent(head -> group(ItemKind.HEAD, "head of the delegation of " + actors.name(party),
            Reconciler::distinctConflict).add(actors.name(head), actors.canonical(head), report, delegation));
        for (DelegationMember member : delegation.members()) {
          ActorId person = actors.canonical(member.person());
          group(ItemKind.PARTICIPANT, "side of " + actors.name(person), Reconciler::distinctConflict)
              .add("with " + actors.name(side(party)), side(party), report, member);
          member.title().ifPresent(t -> fileTitle(person, t, report, member));
        }
      }
      report.titles().forEach(t -> fileTitle(actors.canonical(t.person()), t.title(), report, t));
      for (Demand demand : report.demands()) {
        String subject = "demand by " + actors.name(side(demand.by())) + " of " + actors.name(side(demand.addressee()))
            + " on " + demand.issue().wireName().replace('_', ' ');
        group(ItemKind.DEMAND, subject, Reconciler::demandConflict).add(describeDemand(demand), demand, report, demand);
      }
      for (Outcome outcome : report.outcomes()) {
        String subject = outcome.kind().wireName().replace('_', ' ') + " on "
            + outcome.issue().wireName().replace('_', ' ');
        group(ItemKind.OUTCOME, subject, Reconciler::outcomeConflict).add(describeOutcome(outcome), outcome, report, outcome);
      }
    }

    void fileTitle(ActorId person, String title, Report report, Claim claim) {
      group(ItemKind.TITLE, "title of " + actors.name(person), Reconciler::titleConflict)
          .add(title, Compare.titleWords(title, actors.countryWords()), report, claim);
    }

    String describeDemand(Demand demand) {
      StringBuilder text = new StringBuilder(demand.description());
      if (!demand.regions().isEmpty()) {
        text.append(" [").append(String.join(", ", demand.regions())).append(']');
      }
      demand.response().ifPresent(r -> text.append("; ").append(r.kind().wireName().replace('_', ' '))
          .append(" by ").append(actors.name(actors.canonical(r.by()))));
      return text.toString();
    }
  }

  private static String describeOutcome(Outcome outcome) {
    StringBuilder text = new StringBuilder(outcome.status().wireName().replace('_', ' '));
    outcome.quantities().forEach(q -> text.append("; ").append(q));
    return text.toString();
  }

  // ---- the conflict rules per kind of item, over the payloads of its observations ------------

  private static <T> List<T> payloads(List<Observation> observations, Class<T> type) {
    return observations.stream().map(o -> type.cast(o.payload)).collect(Collectors.toList());
  }

  private static Optional<String> dateConflict(List<Observation> o) {
    return Compare.dates(payloads(o, PartialDate.class));
  }

  private static Optional<String> durationConflict(List<Observation> o) {
    return Compare.durations(payloads(o, DurationEstimate.class));
  }

  private static Optional<String> venueConflict(List<Observation> o) {
    List<Venue> venues = payloads(o, Venue.class).stream().distinct().collect(Collectors.toList());
    for (int i = 0; i < venues.size(); i++) {
      for (int j = i + 1; j < venues.size(); j++) {
        if (!Compare.venues(venues.get(i), venues.get(j))) {
          return Optional.of("\"" + venues.get(i).name() + "\" and \"" + venues.get(j).name()
              + "\" name different places");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> distinctConflict(List<Observation> o) {
    List<String> values = o.stream().map(x -> x.display).distinct().collect(Collectors.toList());
    return values.size() > 1 ? Optional.of("sources name different people or sides: " + String.join(", ", values))
        : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> titleConflict(List<Observation> o) {
    Map<Set<String>, String> distinct = new LinkedHashMap<>();
    o.forEach(x -> distinct.putIfAbsent((Set<String>) x.payload, x.display));
    List<Map.Entry<Set<String>, String>> titles = new ArrayList<>(distinct.entrySet());
    for (int i = 0; i < titles.size(); i++) {
      for (int j = i + 1; j < titles.size(); j++) {
        if (!Compare.titles(titles.get(i).getKey(), titles.get(j).getKey())) {
          return Optional.of("\"" + titles.get(i).getValue() + "\" and \"" + titles.get(j).getValue()
              + "\" are different offices");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> demandConflict(List<Observation> o) {
    List<Demand> demands = payloads(o, Demand.class);
    Set<ResponseKind> responses = demands.stream().flatMap(d -> d.response().stream()).map(r -> r.kind())
        .collect(Collectors.toSet());
    if (responses.contains(ResponseKind.ACCEPTED) && responses.contains(ResponseKind.REJECTED)) {
      return Optional.of("one source says the demand was accepted, another that it was rejected");
    }
    List<List<String>> regions = demands.stream().map(Demand::regions).filter(r -> !r.isEmpty()).distinct()
        .collect(Collectors.toList());
    for (int i = 0; i < regions.size(); i++) {
      for (int j = i + 1; j < regions.size(); j++) {
        if (Compare.regionsConflict(regions.get(i), regions.get(j))) {
          return Optional.of("the sources name different regions: " + regions.get(i) + " and " + regions.get(j));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> outcomeConflict(List<Observation> o) {
    List<Outcome> outcomes = payloads(o, Outcome.class);
    List<String> reasons = new ArrayList<>();
    boolean settled = outcomes.stream().anyMatch(x -> Compare.settled(x.status()));
    boolean unsettled = outcomes.stream().anyMatch(x -> !Compare.settled(x.status()));
    if (settled && unsettled) {
      reasons.add("status " + outcomes.stream().map(x -> x.status().wireName().replace('_', ' ')).distinct()
          .collect(Collectors.joining(" vs ")));
    }
    quantityConflict(outcomes).ifPresent(reasons::add);
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
  }

  private static Optional<String> quantityConflict(List<Outcome> outcomes) {
    Map<String, Long> totals = new HashMap<>();
    for (Outcome outcome : outcomes) {
      for (Quantity q : outcome.quantities()) {
        String unit = Compare.words(q.unit()).stream().findFirst().orElse("");
        long total = q.basis() == QuantityBasis.PER_PARTY ? q.amount() * Math.max(2, outcome.parties().size())
            : q.amount();
        Long other = totals.putIfAbsent(unit, total);
        if (other != null && other != total) {
          return Optional.of("quantities " + other + " vs " + total + " " + unit + " in all");
        }
      }
    }
    return Optional.empty();
  }

  /** One claim filed under an item: its display value, what the rules compare, and its support. */
  private static final class Observation {
    final String display;
    final Object payload;
    final Support support;

    Observation(String display, Object payload, Support support) {
      this.display = display;
      this.payload = payload;
      this.support = support;
    }
  }

  /** The observations of one item. */
  private static final class Group {
    final ItemKind kind;
    final String subject;
    final Function<List<Observation>, Optional<String>> conflict;
    final List<Observation> observations = new ArrayList<>();

    Group(ItemKind kind, String subject, Function<List<Observation>, Optional<String>> conflict) {
      this.kind = kind;
      this.subject = subject;
      this.conflict = conflict;
    }

    void add(String display, Object payload, Report report, Claim claim) {
      observations.add(new Observation(display, Objects.requireNonNull(payload), Support.builder()
          .source(report.source()).report(report.id()).evidence(claim.evidence()).assessment(claim.assessment())
          .build()));
    }

    Item item() {
      Map<String, List<Support>> byValue = new LinkedHashMap<>();
      observations.forEach(o -> byValue.computeIfAbsent(o.display, k -> new ArrayList<>()).add(o.support));
      List<Position> positions = byValue.entrySet().stream()
          .map(e -> Position.builder().value(e.getKey()).support(e.getValue()).build())
          .sorted(Comparator.comparing((Position p) -> -p.support().size()))
          .collect(Collectors.toList());
      long sources = observations.stream().map(o -> o.support.source()).distinct().count();
      Optional<String> reason = sources > 1 ? conflict.apply(observations) : Optional.empty();
      Classification classification = sources <= 1 ? Classification.SINGLE_SOURCE
          : reason.isPresent() ? Classification.CONFLICT : Classification.AGREED;
      return Item.builder().kind(kind).subject(subject).classification(classification).positions(positions)
          .reason(reason).build();
    }
  }
}
