package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.Outcome;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.RoleClaim;
import org.parley.model.Statement;

/**
 * Reconciles the reports of one negotiation: every claim is filed under the item it is about (the
 * date of one role; the title of one person; the demand of one side of another on one issue, or
 * with one key; the outcome of one kind on one issue of one agreement, or with one key; the status
 * of one agreement; one provision; the role of one actor; one process event; one fact), actors
 * resolved to one actor across spellings and people to the side they act for, and statements filed
 * under the claim they speak to; then each item's values are compared by the rules of
 * {@link Compare}. Item keys are built from kinds, ids, enumeration values and encoders' keys only.
 * Filing is one pass over the claims and comparing one pass over each item's values, so time grows
 * with the number of claims, never with pairs of reports.
 */
public final class Reconciler {

  private final ActorResolver actors;
  private final Map<AgreementId, String> agreementNames = new LinkedHashMap<>();
  private final Conflicts rules;

  private Reconciler(List<Actor> actors, List<org.parley.model.Agreement> agreements) {
    this.actors = new ActorResolver(actors);
    agreements.forEach(a -> agreementNames.putIfAbsent(a.id(), a.name()));
    this.rules = new Conflicts(this::thingCounted, this::direction);
  }

  /** A reconciler that knows these actors and their aliases. */
  public static Reconciler of(List<Actor> actors) {
    return new Reconciler(actors, List.of());
  }

  /** A reconciler that knows the actors and agreements of {@code dataset}. */
  public static Reconciler of(Dataset dataset) {
    return new Reconciler(dataset.actors(), dataset.agreements());
  }

  /** One reconciliation per negotiation of the dataset that has reports, in dataset order. */
  public static List<Reconciliation> reconcileAll(Dataset dataset) {
    Reconciler reconciler = of(dataset);
    Map<Object, List<Report>> byNegotiation = dataset.reports().stream()
        .collect(Collectors.groupingBy(Report::negotiation, LinkedHashMap::new, Collectors.toList()));
    return dataset.negotiations().stream()
        .map(n -> reconciler.reconcile(n, byNegotiation.getOrDefault(n.id(), List.of())))
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

  /**
   * The keys of the items the claims of {@code report} are filed under, each once, in the order
   * {@link #reconcile} first files them; none for a report of another negotiation. With {@link #item}
   * this lets an engine spread one negotiation's reconciliation over many workers by item.
   */
  public List<String> itemKeys(Negotiation negotiation, Report report) {
    if (!report.negotiation().equals(negotiation.id())) {
      return List.of();
    }
    Filing filing = new Filing(negotiation);
    filing.file(report);
    return List.copyOf(filing.groups.keySet());
  }

  /**
   * The item {@code key} of the reconciliation of {@code reports}, exactly as {@link #reconcile} gives
   * it for the same reports in the same order; empty when no claim of theirs is filed under it.
   * Reports of other negotiations are ignored.
   */
  public Optional<Item> item(Negotiation negotiation, List<Report> reports, String key) {
    Filing filing = new Filing(negotiation, key);
    reports.stream().filter(r -> r.negotiation().equals(negotiation.id())).forEach(filing::file);
    Group group = filing.groups.get(key);
    return group == null || group.observations.isEmpty() ? Optional.empty() : Optional.of(group.item());
  }

  /**
   * What a quantity counts, for comparing it only with quantities of the same thing: the first word
   * of its unit that does not name a state or its people ("Palestinian prisoners" counts
   * "prisoners").
   */
  String thingCounted(Quantity q) {
    return Compare.words(q.unit()).stream().filter(w -> !actors.stateWords().containsKey(w)).findFirst()
        .orElse(String.join(" ", Compare.words(q.unit())));
  }

  /** The direction of a quantity, from whom to whom, when the source gives one; empty otherwise. */
  String direction(Quantity q) {
    return q.by().map(a -> " by "+ actors.name(actors.canonical(a))).orElse("")
        + q.to().map(a -> " to " + actors.name(actors.canonical(a))).orElse("");
  }

  private String agreementName(AgreementId id) {
    return agreementNames.getOrDefault(id, id.value());
  }

  private static String words(Enum<?> constant) {
    return ((org.parley.model.WireEnum) constant).wireName().replace('_', ' ');
  }

  /** The claims of the reports, filed by item. */
  private final class Filing {
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Set<ActorId> parties;
    /** The one item kept, or null for all: the claims filed under other items are dropped. */
    private final String only;

    Filing(Negotiation negotiation) {
      this(negotiation, null);
    }

    Filing(Negotiation negotiation, String only) {
      this.parties = negotiation.parties().stream().map(actors::canonical).collect(Collectors.toSet());
      this.only = only;
    }

    ActorId side(ActorId actor) {
      return actors.side(actor, parties);
    }

    String name(ActorId actor) {
      return actors.name(actors.canonical(actor));
    }

    /** The item of a claim; a claim's subject replaces the one a statement named it by. */
    Group group(ItemKind kind, String key, String subject, Conflicts.Rule rule) {
      Group group = statementGroup(kind, key, subject, rule);
      if (!group.observations.isEmpty() && group.observations.stream().allMatch(Observation::isStatement)) {
        group.subject = subject;
      }
      return group;
    }

    Group statementGroup(ItemKind kind, String key, String subject, Conflicts.Rule rule) {
      if (only != null && !only.equals(key)) {
        return Group.DROPPED;
      }
      return groups.computeIfAbsent(key, k -> new Group(kind, key, subject, rule));
    }

    void file(Report report) {
      report.date().ifPresent(d -> fileDate(DateClaim.builder().role(DateRole.HELD).date(d.value()).build(), report, d));
      report.dates().forEach(d -> fileDate(d, report, d));
      report.venue().ifPresent(v -> group(ItemKind.VENUE, "venue", "venue", rules::venues)
          .add(v.value().name() + v.value().city().map(c -> ", " + c).orElse(""), v.value(), report, v));
      report.duration().ifPresent(d -> group(ItemKind.DURATION, "duration", "duration", rules::durations)
          .add(d.value().toString(), d.value(), report, d));
      for (Delegation delegation : report.delegations()) {
        ActorId party = actors.canonical(delegation.party());
        delegation.head().ifPresent(head -> group(ItemKind.HEAD, "head/" + party, "head of the delegation of "
            + name(party), rules::distinct).add(name(head), actors.canonical(head), report, delegation));
        for (DelegationMember member : delegation.members()) {
          ActorId person = actors.canonical(member.person());
          group(ItemKind.PARTICIPANT, "side/" + person, "side of " + name(person), rules::distinct)
              .add("with " + name(side(party)), side(party), report, member);
          member.title().ifPresent(t -> fileTitle(person, t, report, member));
        }
      }
      report.titles().forEach(t -> fileTitle(actors.canonical(t.person()), t.title(), report, t));
      report.demands().forEach(d -> fileDemand(d, report));
      report.outcomes().forEach(o -> fileOutcome(o, report));
      report.agreements().forEach(a -> fileAgreement(a, report));
      for (RoleClaim role : report.roles()) {
        ActorId actor = actors.canonical(role.actor());
        group(ItemKind.ROLE, "role/" + actor, "role of " + name(actor), rules::roles)
            .add(words(role.role()), role.role(), report, role);
      }
      report.events().forEach(e -> fileEvent(e, report));
      report.facts().forEach(f -> fileFact(f, report));
      report.statements().forEach(s -> fileStatement(s, report));
    }

    void fileDate(DateClaim date, Report report, Claim claim) {
      StringBuilder key = new StringBuilder("date/").append(date.role().wireName());
      StringBuilder subject = new StringBuilder("date");
      if (date.role() != DateRole.HELD) {
        subject.append(' ').append(words(date.role()));
      }
      date.agreement().ifPresent(a -> {
        key.append('/').append(a);
        subject.append(" of ").append(agreementName(a));
      });
      date.provision().ifPresent(p -> {
        key.append("/provision:").append(p);
        subject.append(", provision ").append(p);
      });
      date.event().ifPresent(e -> {
        key.append("/event:").append(e);
        subject.append(" of event ").append(e);
      });
      List<String> shown = new ArrayList<>();
      date.date().ifPresent(d -> shown.add(d.format()));
      date.time().ifPresent(t -> shown.add(t.format()));
      date.day().ifPresent(d -> shown.add("Day " + d + date.phase().map(p -> " of phase " + p).orElse("")));
      group(ItemKind.DATE, key.toString(), subject.toString(), rules::dates).add(String.join(" ", shown), date, report, claim);
    }

    void fileTitle(ActorId person, String title, Report report, Claim claim) {
      group(ItemKind.TITLE, "title/" + person, "title of " + name(person), rules::titles)
          .add(title, Compare.titleWords(title, actors.stateWords()), report, claim);
    }

    void fileDemand(Demand demand, Report report) {
      String subject = "demand by " + name(side(demand.by())) + " of " + name(side(demand.addressee())) + " on "
          + words(demand.issue());
      String key = demand.key().map(k -> "demand/key:" + k)
          .orElse("demand/" + side(demand.by()) + "/" + side(demand.addressee()) + "/" + demand.issue().wireName());
      StringBuilder shown = new StringBuilder(demand.description().orElse(words(demand.issue())));
      if (!demand.regions().isEmpty()) {
        shown.append(" [").append(String.join(", ", demand.regions())).append(']');
      }
      demand.response().ifPresent(r -> shown.append("; ").append(words(r.kind())).append(" by ").append(name(r.by())));
      group(ItemKind.DEMAND, key, subject + demand.key().map(k -> " (" + k + ")").orElse(""), rules::demands)
          .add(shown.toString(), demand, report, demand);
    }

    void fileOutcome(Outcome outcome, Report report) {
      String subject = words(outcome.kind()) + " on " + words(outcome.issue())
          + outcome.agreement().map(a -> " of " + agreementName(a)).orElse("")
          + outcome.key().map(k -> " (" + k + ")").orElse("");
      String key = outcome.key().map(k -> "outcome/key:" + k).orElse("outcome/"
          + outcome.agreement().map(a -> a + "/").orElse("") + outcome.kind().wireName() + "/"
          + outcome.issue().wireName());
      StringBuilder shown = new StringBuilder(words(outcome.status()));
      outcome.quantities().forEach(q -> shown.append("; ").append(q));
      group(ItemKind.OUTCOME, key, subject, rules::outcomes)
          .add(shown.toString(), outcome, report, outcome, Math.max(2, outcome.parties().size()));
    }

    void fileAgreement(AgreementClaim claim, Report report) {
      AgreementId id = claim.agreement();
      String name = agreementName(id);
      claim.status().ifPresent(status -> group(ItemKind.AGREEMENT_STATUS, "agreement/" + id + "/status",
          "status of " + name, rules::agreementStatuses).add(words(status), claim, report, claim));
      for (AgreementParticipant p : claim.participants()) {
        ActorId actor = actors.canonical(p.actor());
        group(ItemKind.AGREEMENT_ROLE, "agreement/" + id + "/role/" + actor, "role of " + name(actor) + " in " + name,
            rules::agreementRoles).add(words(p.role()), p, report, claim);
      }
      int parties = (int) Math.max(2, claim.participants().stream()
          .filter(p -> p.role() == org.parley.model.AgreementRole.SIGNATORY).count());
      for (Provision provision : claim.provisions()) {
        String issues = provision.issues().stream().map(Issue::wireName).sorted().distinct().collect(Collectors.joining("+"));
        Optional<Integer> phase = provision.phase().flatMap(p -> p.number());
        String key = "agreement/" + id + "/provision/" + provision.key().map(k -> "key:" + k)
            .orElse(issues + phase.map(p -> "/phase:" + p).orElse(""));
        String subject = "provision of " + name + " on " + provision.issues().stream().map(Reconciler::words)
            .distinct().collect(Collectors.joining(", ")) + phase.map(p -> ", phase " + p).orElse("")
            + provision.key().map(k -> " (" + k + ")").orElse("");
        StringBuilder shown = new StringBuilder(provision.description().orElse(provision.issues().stream()
            .map(Reconciler::words).collect(Collectors.joining(", "))));
        provision.phase().flatMap(p -> p.days()).ifPresent(d -> shown.append("; ").append(d).append(" days"));
        provision.quantities().forEach(q -> shown.append("; ").append(q));
        group(ItemKind.PROVISION, key, subject, rules::provisions).add(shown.toString(), provision, report, provision,
            parties);
      }
    }

    void fileEvent(ProcessEvent event, Report report) {
      List<ActorId> who = event.actors().stream().map(actors::canonical).distinct().sorted(Comparator.comparing(ActorId::value))
          .collect(Collectors.toList());
      String key = event.key().map(k -> "event/key:" + k).orElse("event/" + event.kind().wireName() + "/"
          + who.stream().map(ActorId::value).collect(Collectors.joining("+")));
      String subject = words(event.kind()) + (who.isEmpty() ? "" : " (" + who.stream().map(this::name)
          .collect(Collectors.joining(", ")) + ")") + event.key().map(k -> " [" + k + "]").orElse("");
      List<String> shown = new ArrayList<>();
      event.date().ifPresent(d -> shown.add(d.format()));
      event.time().ifPresent(t -> shown.add(t.format()));
      event.venue().ifPresent(v -> shown.add(v.name() + v.city().map(c -> ", " + c).orElse("")));
      event.reason().ifPresent(r -> shown.add("because: " + r));
      group(ItemKind.EVENT, key, subject, rules::events)
          .add(shown.isEmpty() ? "reported" : String.join("; ", shown), event, report, event);
    }

    void fileFact(FactClaim fact, Report report) {
      String key = fact.key().map(k -> "fact/key:" + k).orElse("fact/text:" + String.join("-", Compare.words(fact.description())));
      String subject = "fact " + fact.key().orElse("\"" + fact.description() + "\"");
      List<String> shown = new ArrayList<>();
      shown.add(fact.description());
      fact.since().ifPresent(d -> shown.add("since " + d.format()));
      fact.date().ifPresent(d -> shown.add(d.format()));
      fact.duration().ifPresent(d -> shown.add(d.toString()));
      fact.quantity().ifPresent(q -> shown.add(q.toString()));
      fact.actor().ifPresent(a -> shown.add(name(a)));
      group(ItemKind.FACT, key, subject, rules::facts)
          .add(String.join("; ", shown), fact, report, fact);
    }

    /** A statement that names the claim it speaks to joins that claim's item, with its stance. */
    void fileStatement(Statement statement, Report report) {
      statement.about().ifPresent(about -> {
        String key = switch (about.kind()) {
          case AGREEMENT -> "agreement/" + about.key() + "/status";
          case DEMAND -> "demand/key:" + about.key();
          case OUTCOME -> "outcome/key:" + about.key();
          case EVENT -> "event/key:" + about.key();
          case FACT -> "fact/key:" + about.key();
        };
        ItemKind kind = switch (about.kind()) {
          case AGREEMENT -> ItemKind.AGREEMENT_STATUS;
          case DEMAND -> ItemKind.DEMAND;
          case OUTCOME -> ItemKind.OUTCOME;
          case EVENT -> ItemKind.EVENT;
          case FACT -> ItemKind.FACT;
        };
        String subject = about.kind() == ClaimKind.AGREEMENT ? "status of " + agreementName(AgreementId.of(about.key()))
            : about.kind().wireName() + " " + about.key();
        Conflicts.Rule rule = switch (about.kind()) {
          case AGREEMENT -> rules::agreementStatuses;
          case DEMAND -> rules::demands;
          case OUTCOME -> rules::outcomes;
          case EVENT -> rules::events;
          case FACT -> rules::facts;
        };
        String shown = statement.stance().map(Reconciler::words).orElse("speaks to it") + ": " + name(statement.speaker())
            + statement.onBehalfOf().map(b -> " for " + name(b)).orElse("") + " (\"" + statement.words() + "\")";
        statementGroup(kind, key, subject, rule).addStatement(shown, statement, report);
      });
    }
  }

  /** The observations of one item. */
  private static final class Group {
    /** Where the claims of the items not kept go: nowhere. */
    static final Group DROPPED = new Group(ItemKind.FACT, "", "", observations -> List.of());

    final ItemKind kind;
    final String key;
    String subject;
    final Conflicts.Rule rule;
    final List<Observation> observations = new ArrayList<>();

    Group(ItemKind kind, String key, String subject, Conflicts.Rule rule) {
      this.kind = kind;
      this.key = key;
      this.subject = subject;
      this.rule = rule;
    }

    void add(String display, Object payload, Report report, Claim claim) {
      add(display, payload, report, claim, 2);
    }

    void add(String display, Object payload, Report report, Claim claim, int parties) {
      if (this == DROPPED) {
        return;
      }
      observations.add(Observation.claim(display, Objects.requireNonNull(payload), support(report, claim), parties));
    }

    void addStatement(String display, Statement statement, Report report) {
      if (this == DROPPED) {
        return;
      }
      observations.add(new Observation(display, statement, support(report, statement), 2, true, statement.stance()));
    }

    private static Support support(Report report, Claim claim) {
      return Support.builder().source(report.source()).report(report.id()).evidence(claim.evidence())
          .assessment(claim.assessment()).claim(claim).build();
    }

    Item item() {
      Map<String, List<Support>> byValue = new LinkedHashMap<>();
      observations.forEach(o -> byValue.computeIfAbsent(o.display(), k -> new ArrayList<>()).add(o.support()));
      List<Position> positions = byValue.entrySet().stream()
          .map(e -> Position.builder().value(e.getKey()).support(e.getValue()).build())
          .sorted(Comparator.comparing((Position p) -> -p.support().size()))
          .collect(Collectors.toList());
      long sources = observations.stream().map(o -> o.support().source()).distinct().count();
      List<Conflict> conflicts = new ArrayList<>(sources > 1 ? rule.apply(observations) : List.of());
      // A denial is a disagreement between speakers even inside one source.
      conflicts.addAll(Conflicts.stance(observations));
      Classification classification = !conflicts.isEmpty() ? Classification.CONFLICT
          : sources <= 1 ? Classification.SINGLE_SOURCE : Classification.AGREED;
      return Item.builder().kind(kind).key(key).subject(subject).classification(classification).positions(positions)
          .conflicts(conflicts).build();
    }
  }
}
