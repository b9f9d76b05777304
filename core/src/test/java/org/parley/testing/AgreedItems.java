package org.parley.testing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Act;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.Claim;
import org.parley.model.DateClaim;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.FactClaim;
import org.parley.model.Outcome;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.Statement;
import org.parley.model.Tone;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Item;
import org.parley.reconcile.ItemKind;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.Support;

/**
 * A check of the reconciliation written apart from its rules: every item it calls agreed must join
 * claims that are alike in kind, actors, direction and timing. Two claims differ when they are
 * events of different kinds, name actors with none in common or one actor the other lacks (an actor
 * and the state or body it belongs to, and two records with one name or Wikidata id, are alike),
 * are demands by or of different actors or on different issues, outcomes of different kinds, issues
 * or parties, facts of different actors, roles of different kinds, give an event different reasons,
 * or times against the talks, or give dates that cannot be one day (their ranges are apart, or a weekday that the other's day is not),
 * date different acts (role, key, whose act), tell one party's step of an agreement against another's or
 * the whole agreement's, or relate two agreements differently. A date relative to its source's
 * publication is compared as the calendar date it names from that source's publication day, when it
 * names one ({@code DateClaim.countedFrom}).
 */
public final class AgreedItems {

  private final Map<ActorId, Actor> actors = new HashMap<>();
  private final Map<ReportId, Report> reports = new HashMap<>();
  private final Map<org.parley.model.SourceId, org.parley.model.PartialDate> published = new HashMap<>();

  private AgreedItems(Dataset dataset) {
    dataset.sources().forEach(s -> s.publicationDate().ifPresent(d -> published.putIfAbsent(s.id(), d)));
    dataset.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
    dataset.reports().forEach(r -> reports.putIfAbsent(r.id(), r));
  }

  /** Every agreed item of the dataset's reconciliation whose claims differ, with how. */
  public static List<String> unlike(Dataset dataset) {
    AgreedItems check = new AgreedItems(dataset);
    List<String> found = new ArrayList<>();
    for (Reconciliation r : Reconciler.reconcileAll(dataset)) {
      for (Item item : r.items()) {
        if (item.classification() == Classification.AGREED) {
          check.difference(item).ifPresent(d -> found.add(r.negotiation().value() + " " + item.key() + ": " + d));
        }
      }
    }
    return found;
  }

  /** The number of agreed items in the dataset's reconciliation, for tests that say how many were checked. */
  public static long agreed(Dataset dataset) {
    return Reconciler.reconcileAll(dataset).stream().flatMap(r -> r.items().stream())
        .filter(i -> i.classification() == Classification.AGREED).count();
  }

  private Optional<String> difference(Item item) {
    List<Claim> claims = new ArrayList<>();
    for (Position position : item.positions()) {
      for (Support support : position.support()) {
        support.claimIn(reports.get(support.report())).map(c -> c instanceof DateClaim d
            && published.containsKey(support.source()) ? d.countedFrom(published.get(support.source())).orElse(d)
            : c).ifPresent(claims::add);
      }
    }
    if (item.kind() == ItemKind.CAUSE) {
      // An item of which event followed from which compares that alone: the events have items of their own.
      List<String> directions = claims.stream().map(c -> (ProcessEvent) c)
          .map(e -> e.key().orElseThrow() + " because of " + e.cause().orElseThrow()).distinct().toList();
      return directions.size() > 1 ? Optional.of("directions " + directions) : Optional.empty();
    }
    if (item.kind() == ItemKind.QUOTE) {
      // Words quoted alike compare their speakers alone.
      List<ActorId> speakers = claims.stream().map(c -> ((Statement) c).speaker()).distinct().toList();
      for (int i = 0; i < speakers.size(); i++) {
        for (int j = i + 1; j < speakers.size(); j++) {
          Optional<String> d = Optional.ofNullable(actorsDiffer(List.of(speakers.get(i)), List.of(speakers.get(j))));
          if (d.isPresent()) {
            return d;
          }
        }
      }
      return Optional.empty();
    }
    if (item.kind() == ItemKind.AGREEMENT_LINK) {
      // What each claim says of the pair the item names: which of the two relates how to the other.
      List<String> pair = List.of(item.key().substring("link/".length()).split("\\+"));
      List<String> said = claims.stream().map(c -> (AgreementClaim) c).flatMap(c -> c.links().stream()
          .filter(l -> pair.contains(l.agreement().toString()) && pair.contains(c.agreement().toString()))
          .map(l -> c.agreement() + " " + l.relation() + " " + l.agreement())).distinct().toList();
      return said.size() > 1 ? Optional.of("links " + said) : Optional.empty();
    }
    if (item.kind() == ItemKind.ROLE) {
      // A role claim's role, or the part a participant of an agreement plays: one actor's, named in the key.
      String actor = item.key().substring("role/".length());
      java.util.Set<String> roles = new java.util.TreeSet<>();
      for (Claim c : claims) {
        if (c instanceof RoleClaim r) {
          roles.add(r.role().wireName());
        } else if (c instanceof AgreementClaim a) {
          a.participants().stream().filter(p -> p.role() != org.parley.model.AgreementRole.SIGNATORY)
              .filter(p -> names(p.actor()).stream().anyMatch(names(ActorId.of(actor))::contains))
              .forEach(p -> roles.add(p.role().wireName()));
        }
      }
      return roles.size() > 1 ? Optional.of("roles " + roles) : Optional.empty();
    }
    if (item.kind() == ItemKind.REACTION) {
      java.util.Set<Tone> tones = claims.stream().map(c -> ((Statement) c).tone().orElseThrow())
          .collect(java.util.stream.Collectors.toSet());
      return tones.contains(Tone.POSITIVE) && tones.contains(Tone.NEGATIVE) ? Optional.of("tones " + tones)
          : Optional.empty();
    }
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        Optional<String> d = differ(claims.get(i), claims.get(j));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> differ(Claim a, Claim b) {
    if (a instanceof ProcessEvent x && b instanceof ProcessEvent y) {
      return first(x.kind() != y.kind() ? "kinds " + x.kind() + " and " + y.kind() : null,
          actorsDiffer(x.actors(), y.actors()),
          x.reason().isPresent() && y.reason().isPresent() && !words(x.reason().get()).equals(words(y.reason().get()))
              ? "reasons \"" + x.reason().get() + "\" and \"" + y.reason().get() + "\"" : null,
          datesDiffer(x.date(), y.date()),
          x.timing().isPresent() && y.timing().isPresent() && x.timing().get() != y.timing().get()
              ? "timings " + x.timing().get() + " and " + y.timing().get() : null,
          x.cause().isPresent() && y.cause().isPresent() && !x.cause().equals(y.cause())
              ? "causes " + x.cause().get() + " and " + y.cause().get() : null);
    }
    if (a instanceof Demand x && b instanceof Demand y) {
      return first(actorsDiffer(List.of(x.by()), List.of(y.by())), actorsDiffer(List.of(x.addressee()),
          List.of(y.addressee())), x.issue() != y.issue() ? "issues " + x.issue() + " and " + y.issue() : null);
    }
    if (a instanceof Outcome x && b instanceof Outcome y) {
      return first(x.kind() != y.kind() ? "kinds " + x.kind() + " and " + y.kind() : null,
          x.issue() != y.issue() ? "issues " + x.issue() + " and " + y.issue() : null,
          actorsDiffer(x.parties(), y.parties()),
          actorsDiffer(x.blame().stream().toList(), y.blame().stream().toList()));
    }
    if (a instanceof AgreementClaim x && b instanceof AgreementClaim y) {
      return first(!x.agreement().equals(y.agreement()) ? "agreements " + x.agreement() + " and " + y.agreement() : null,
          x.statusBy().isPresent() != y.statusBy().isPresent() ? "one party's step and the whole agreement's" : null,
          actorsDiffer(x.statusBy().stream().toList(), y.statusBy().stream().toList()));
    }
    if (a instanceof DateClaim x && b instanceof DateClaim y) {
      return first(x.role() != y.role() ? "roles " + x.role() + " and " + y.role() : null,
          !x.key().equals(y.key()) ? "keys " + x.key() + " and " + y.key() : null,
          x.relative().isPresent() && y.relative().isPresent() && !x.relative().equals(y.relative())
              ? "relative dates " + x.relative().get() + " and " + y.relative().get() : null,
          actorsDiffer(x.actor().stream().toList(), y.actor().stream().toList()),
          x.actor().isPresent() != y.actor().isPresent() ? "one party's act and no party's" : null,
          datesDiffer(x.date(), y.date()));
    }
    if (a instanceof Act x && b instanceof Act y) {
      return first(x.kind() != y.kind() ? "kinds " + x.kind() + " and " + y.kind() : null,
          actorsDiffer(List.of(x.by()), List.of(y.by())),
          actorsDiffer(x.target().stream().toList(), y.target().stream().toList()),
          x.condition().isPresent() && y.condition().isPresent() && !x.condition().equals(y.condition())
              ? "conditions " + x.condition().get() + " and " + y.condition().get() : null,
          datesDiffer(x.date(), y.date()));
    }
    if (a instanceof RoleClaim x && b instanceof RoleClaim y) {
      return first(x.role() != y.role() ? "roles " + x.role() + " and " + y.role() : null);
    }
    if (a instanceof FactClaim x && b instanceof FactClaim y) {
      return first(actorsDiffer(x.actor().stream().toList(), y.actor().stream().toList()),
          datesDiffer(x.date(), y.date()), datesDiffer(x.since(), y.since()),
          x.sinceEvent().isPresent() && y.sinceEvent().isPresent() && !x.sinceEvent().equals(y.sinceEvent())
              ? "since " + x.sinceEvent().get() + " and " + y.sinceEvent().get() : null);
    }
    return Optional.empty();
  }

  private static Optional<String> first(String... differences) {
    for (String d : differences) {
      if (d != null) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Null when the lists are alike or one is empty (a claim that names nobody fits any). */
  private String actorsDiffer(List<ActorId> a, List<ActorId> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    boolean alike = a.stream().allMatch(x -> b.stream().anyMatch(y -> alike(x, y)))
        && b.stream().allMatch(y -> a.stream().anyMatch(x -> alike(x, y)));
    return alike ? null : "actors " + a + " and " + b;
  }

  private boolean alike(ActorId x, ActorId y) {
    return names(x).stream().anyMatch(names(y)::contains) || within(x, y) || within(y, x);
  }

  /** The names, aliases and Wikidata id an actor is known by (its id when the dataset lacks it). */
  private Set<String> names(ActorId id) {
    Set<String> names = new HashSet<>();
    names.add("id:" + id.value());
    Actor actor = actors.get(id);
    if (actor != null) {
      actor.wikidataId().ifPresent(q -> names.add("q:" + q));
      if (!actor.anonymous()) {
        names.add(normal(actor.name()));
        actor.aliases().forEach(alias -> names.add(normal(alias)));
      }
    }
    return names;
  }

  /** Whether {@code inner} belongs to {@code outer}: a member of it, or on its chain of affiliations. */
  private boolean within(ActorId inner, ActorId outer) {
    Actor group = actors.get(outer);
    if (group != null && group.members().stream().anyMatch(m -> names(m).stream().anyMatch(names(inner)::contains))) {
      return true;
    }
    Set<ActorId> seen = new HashSet<>();
    for (ActorId at = inner; at != null && seen.add(at); ) {
      Actor actor = actors.get(at);
      at = actor == null ? null : actor.affiliation().orElse(null);
      if (at != null && names(at).stream().anyMatch(names(outer)::contains)) {
        return true;
      }
    }
    return false;
  }

  private static String datesDiffer(Optional<PartialDate> a, Optional<PartialDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    PartialDate x = a.get();
    PartialDate y = b.get();
    boolean apart = x.latest().isBefore(y.earliest()) || y.latest().isBefore(x.earliest())
        || weekdayMisses(x, y) || weekdayMisses(y, x);
    return apart ? "dates " + x.format() + " and " + y.format() : null;
  }

  /** Whether {@code x} names a weekday and {@code y} is one day that falls on another. */
  private static boolean weekdayMisses(PartialDate x, PartialDate y) {
    LocalDate day = y.earliest();
    return x.dayOfWeek().isPresent() && day.equals(y.latest()) && day.getDayOfWeek() != x.dayOfWeek().get();
  }

  private static String normal(String text) {
    return "name:" + Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static String words(String text) {
    return normal(text);
  }
}
