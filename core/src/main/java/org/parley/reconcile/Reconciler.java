package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.Assessment;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Evidence;
import org.parley.model.Demand;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PersonTitle;
import org.parley.model.Outcome;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Response;
import org.parley.model.RoleClaim;
import org.parley.model.SourceId;
import org.parley.model.Stance;
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

  /**
   * One reconciliation per negotiation of the dataset that has reports, in dataset order (a
   * negotiation whose id came before counts once).
   */
  public static List<Reconciliation> reconcileAll(Dataset dataset) {
    Session session = of(dataset).session(dataset.negotiations());
    dataset.reports().forEach(session::add);
    return session.finish();
  }

  /** The reconciliation of {@code reports}; reports of other negotiations are ignored. */
  public Reconciliation reconcile(Negotiation negotiation, List<Report> reports) {
    Session session = new Session(List.of(negotiation), null);
    reports.forEach(session::add);
    return session.filings.get(negotiation.id()).reconciliation();
  }

  /**
   * A session that reconciles the reports of {@code negotiations} as they are added, one at a time,
   * keeping of each claim only what its item needs: the values compared, once each, and a compact
   * reference to the claim (report, pointer, evidence offsets, assessment). Memory then grows with the
   * items and their distinct values, and by a few numbers a claim, never with the claims' text: a
   * program can reconcile a dataset far larger than it could hold, reading its reports one by one.
   */
  public Session session(List<Negotiation> negotiations) {
    return new Session(negotiations, null);
  }

  /**
   * The keys of the items the claims of {@code report} are filed under, each once, in the order
   * {@link #reconcile} first files them; none for a report of another negotiation. With {@link #item}
   * this lets an engine spread one negotiation's reconciliation over many workers by item.
   */
  public List<String> itemKeys(Negotiation negotiation, Report report) {
    Session session = new Session(List.of(negotiation), null);
    session.add(report);
    return List.copyOf(session.filings.get(negotiation.id()).groups.keySet());
  }

  /**
   * The item {@code key} of the reconciliation of {@code reports}, exactly as {@link #reconcile} gives
   * it for the same reports in the same order; empty when no claim of theirs is filed under it.
   * Reports of other negotiations are ignored.
   */
  public Optional<Item> item(Negotiation negotiation, List<Report> reports, String key) {
    Session session = new Session(List.of(negotiation), key);
    reports.forEach(session::add);
    Group group = session.filings.get(negotiation.id()).groups.get(key);
    return group == null || group.count == 0 ? Optional.empty() : Optional.of(group.item(session.tables));
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

  /**
   * Reconciles the reports of some negotiations as they come: {@link #add} files each report's claims
   * under their items, {@link #finish} compares each item's values and gives the reconciliations. Not
   * for use by several threads at once.
   */
  public final class Session {

    private final Map<NegotiationId, Filing> filings = new LinkedHashMap<>();
    private final Tables tables = new Tables();
    private boolean finished;

    private Session(List<Negotiation> negotiations, String only) {
      negotiations.forEach(n -> filings.computeIfAbsent(n.id(), id -> new Filing(n, only, tables)));
    }

    /**
     * Files the claims of {@code report}; false, and nothing filed, when its negotiation is not one of
     * the session's. The report itself is not kept.
     *
     * @throws IllegalStateException once the session is finished
     */
    public boolean add(Report report) {
      if (finished) {
        throw new IllegalStateException("This reconciliation session is finished; start a new one to add reports");
      }
      Filing filing = filings.get(report.negotiation());
      if (filing == null) {
        return false;
      }
      filing.file(report, tables.report(report));
      return true;
    }

    /**
     * Hands {@code sink} each negotiation that has reports, in the order the negotiations were given,
     * item by item: each item is built only when it is handed on and forgotten afterwards, so that the
     * result needs memory for one item at a time, however many claims a negotiation has. Finishes the
     * session.
     */
    public void finish(ReconciliationSink sink) {
      finished = true;
      for (Iterator<Filing> it = filings.values().iterator(); it.hasNext(); ) {
        Filing filing = it.next();
        it.remove();
        if (!filing.sources.isEmpty()) {
          filing.handTo(sink);
        }
      }
    }

    /**
     * Hands {@code each} one reconciliation per negotiation that has reports, in the order the
     * negotiations were given, each built when it is handed on, so that one negotiation's
     * reconciliation is in memory at a time. Finishes the session.
     */
    public void finish(Consumer<Reconciliation> each) {
      finish(new Collect(each));
    }

    /** One reconciliation per negotiation that has reports, in the order the negotiations were given. */
    public List<Reconciliation> finish() {
      List<Reconciliation> all = new ArrayList<>();
      finish(all::add);
      return all;
    }
  }

  /** A sink that builds each reconciliation whole and hands it on. */
  private static final class Collect implements ReconciliationSink {
    private final Consumer<Reconciliation> each;
    private Reconciliation.Builder building;

    Collect(Consumer<Reconciliation> each) {
      this.each = each;
    }

    @Override
    public void begin(NegotiationId negotiation, List<SourceId> sources, List<Heading> items) {
      building = Reconciliation.builder().negotiation(negotiation).sources(sources);
    }

    @Override
    public void item(Item item) {
      building.addItems(item);
    }

    @Override
    public void end() {
      each.accept(building.build());
      building = null;
    }
  }

  /** The claims of the reports of one negotiation, filed by item. */
  private final class Filing {
    final NegotiationId negotiation;
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Set<ActorId> parties;
    /** The sources of the filed reports, in report order. */
    final Set<SourceId> sources = new LinkedHashSet<>();
    /** The words of each title seen, as titles compare them: titles repeat from report to report. */
    private final Map<String, Set<String>> titleWords = new HashMap<>();
    final Tables tables;
    /** The one item kept, or null for all: the claims filed under other items are dropped. */
    private final String only;

    Filing(Negotiation negotiation, String only, Tables tables) {
      this.negotiation = negotiation.id();
      this.parties = negotiation.parties().stream().map(actors::canonical).collect(Collectors.toSet());
      this.only = only;
      this.tables = tables;
    }

    Reconciliation reconciliation() {
      Reconciliation[] built = new Reconciliation[1];
      handTo(new Collect(r -> built[0] = r));
      return built[0];
    }

    /**
     * Compares each item's values, then hands the items on in order (conflicts first, then
     * single-source, then agreed; by kind and subject within; first filed first among equals), each
     * built only then and its observations let go once handed on.
     */
    void handTo(ReconciliationSink sink) {
      List<Group> ordered = new ArrayList<>(groups.values());
      groups.clear();
      ordered.forEach(g -> g.judge(tables));
      ordered.sort(Comparator.comparing((Group g) -> g.classification).thenComparing(g -> g.kind)
          .thenComparing(g -> g.subject));
      sink.begin(negotiation, List.copyOf(sources), ordered.stream()
          .map(g -> new ReconciliationSink.Heading(g.kind, g.key, g.subject, g.classification)).toList());
      for (int i = 0; i < ordered.size(); i++) {
        sink.item(ordered.get(i).item(tables));
        ordered.set(i, null);
      }
      sink.end();
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
      if (group.count > 0 && group.statementsOnly) {
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

    /** Where the claims of one report are kept: the report's number in the session's tables. */
    private final class Filed {
      final int report;

      Filed(Report report, int index) {
        this.report = index;
        sources.add(tables.sources.get(tables.reportSource[index]));
      }

      Ref claim(Claim claim, String pointer) {
        return new Ref(report, tables.pointers.of(pointer),
            claim.assessment().map(tables.assessments::of).orElse(-1), claim.evidence());
      }
    }

    void file(Report report, int index) {
      Filed at = new Filed(report, index);
      report.date().ifPresent(d -> fileDate(DateClaim.builder().role(DateRole.HELD).date(d.value()).build(), at.claim(d,
          "/date")));
      for (int i = 0; i < report.dates().size(); i++) {
        DateClaim d = report.dates().get(i);
        fileDate(d, at.claim(d, "/dates/" + i));
      }
      report.venue().ifPresent(v -> group(ItemKind.VENUE, "venue", "venue", rules::venues)
          .add(v.value().name() + v.value().city().map(c -> ", " + c).orElse(""), v.value(), at.claim(v, "/venue")));
      report.duration().ifPresent(d -> group(ItemKind.DURATION, "duration", "duration", rules::durations)
          .add(d.value().toString(), d.value(), at.claim(d, "/duration")));
      for (int i = 0; i < report.delegations().size(); i++) {
        Delegation delegation = report.delegations().get(i);
        String pointer = "/delegations/" + i;
        ActorId party = actors.canonical(delegation.party());
        delegation.head().ifPresent(head -> group(ItemKind.HEAD, "head/" + party, "head of the delegation of "
            + name(party), rules::distinct).add(name(head), actors.canonical(head), at.claim(delegation, pointer)));
        for (int m = 0; m < delegation.members().size(); m++) {
          DelegationMember member = delegation.members().get(m);
          Ref claim = at.claim(member, pointer + "/members/" + m);
          ActorId person = actors.canonical(member.person());
          group(ItemKind.PARTICIPANT, "side/" + person, "side of " + name(person), rules::distinct)
              .add("with " + name(side(party)), side(party), claim);
          member.title().ifPresent(t -> fileTitle(person, t, claim));
        }
      }
      for (int i = 0; i < report.titles().size(); i++) {
        PersonTitle t = report.titles().get(i);
        fileTitle(actors.canonical(t.person()), t.title(), at.claim(t, "/titles/" + i));
      }
      for (int i = 0; i < report.demands().size(); i++) {
        fileDemand(report.demands().get(i), at.claim(report.demands().get(i), "/demands/" + i));
      }
      for (int i = 0; i < report.outcomes().size(); i++) {
        fileOutcome(report.outcomes().get(i), at.claim(report.outcomes().get(i), "/outcomes/" + i));
      }
      for (int i = 0; i < report.agreements().size(); i++) {
        fileAgreement(report.agreements().get(i), at, "/agreements/" + i);
      }
      for (int i = 0; i < report.roles().size(); i++) {
        RoleClaim role = report.roles().get(i);
        ActorId actor = actors.canonical(role.actor());
        group(ItemKind.ROLE, "role/" + actor, "role of " + name(actor), rules::roles)
            .add(words(role.role()), role.role(), at.claim(role, "/roles/" + i));
      }
      for (int i = 0; i < report.events().size(); i++) {
        fileEvent(report.events().get(i), at.claim(report.events().get(i), "/events/" + i));
      }
      for (int i = 0; i < report.facts().size(); i++) {
        fileFact(report.facts().get(i), at.claim(report.facts().get(i), "/facts/" + i));
      }
      for (int i = 0; i < report.statements().size(); i++) {
        fileStatement(report.statements().get(i), at.claim(report.statements().get(i), "/statements/" + i));
      }
    }

    void fileDate(DateClaim date, Ref claim) {
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
      group(ItemKind.DATE, key.toString(), subject.toString(), rules::dates).add(String.join(" ", shown), date, claim);
    }

    void fileTitle(ActorId person, String title, Ref claim) {
      group(ItemKind.TITLE, "title/" + person, "title of " + name(person), rules::titles)
          .add(title, titleWords.computeIfAbsent(title, t -> Compare.titleWords(t, actors.stateWords())), claim);
    }

    void fileDemand(Demand demand, Ref claim) {
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
          .add(shown.toString(), demand, claim);
    }

    void fileOutcome(Outcome outcome, Ref claim) {
      String subject = words(outcome.kind()) + " on " + words(outcome.issue())
          + outcome.agreement().map(a -> " of " + agreementName(a)).orElse("")
          + outcome.key().map(k -> " (" + k + ")").orElse("");
      String key = outcome.key().map(k -> "outcome/key:" + k).orElse("outcome/"
          + outcome.agreement().map(a -> a + "/").orElse("") + outcome.kind().wireName() + "/"
          + outcome.issue().wireName());
      StringBuilder shown = new StringBuilder(words(outcome.status()));
      outcome.quantities().forEach(q -> shown.append("; ").append(q));
      group(ItemKind.OUTCOME, key, subject, rules::outcomes)
          .add(shown.toString(), outcome, claim, Math.max(2, outcome.parties().size()));
    }

    void fileAgreement(AgreementClaim claim, Filed filedAt, String pointer) {
      Ref filed = filedAt.claim(claim, pointer);
      AgreementId id = claim.agreement();
      String name = agreementName(id);
      claim.status().ifPresent(status -> group(ItemKind.AGREEMENT_STATUS, "agreement/" + id + "/status",
          "status of " + name, rules::agreementStatuses).add(words(status), claim, filed));
      for (AgreementParticipant p : claim.participants()) {
        ActorId actor = actors.canonical(p.actor());
        group(ItemKind.AGREEMENT_ROLE, "agreement/" + id + "/role/" + actor, "role of " + name(actor) + " in " + name,
            rules::agreementRoles).add(words(p.role()), p, filed);
      }
      int parties = (int) Math.max(2, claim.participants().stream()
          .filter(p -> p.role() == org.parley.model.AgreementRole.SIGNATORY).count());
      for (int at = 0; at < claim.provisions().size(); at++) {
        Provision provision = claim.provisions().get(at);
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
        group(ItemKind.PROVISION, key, subject, rules::provisions).add(shown.toString(), provision,
            filedAt.claim(provision, pointer + "/provisions/" + at), parties);
      }
    }

    void fileEvent(ProcessEvent event, Ref claim) {
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
          .add(shown.isEmpty() ? "reported" : String.join("; ", shown), event, claim);
    }

    void fileFact(FactClaim fact, Ref claim) {
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
          .add(String.join("; ", shown), fact, claim);
    }

    /** A statement that names the claim it speaks to joins that claim's item, with its stance. */
    void fileStatement(Statement statement, Ref claim) {
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
        statementGroup(kind, key, subject, rule).addStatement(shown, statement.stance(), claim);
      });
    }
  }

  /** A claim being filed: its report's number, its pointer's, its assessment's (-1 for none), its evidence. */
  private record Ref(int report, int pointer, int assessment, List<Evidence> evidence) {}

  /**
   * What the filings of one session share: the reports filed, each with its source, and the pointers
   * and assessments their claims have, each kept once and named by its number.
   */
  private static final class Tables {
    final List<ReportId> reports = new ArrayList<>();
    int[] reportSource = new int[64];
    final Interned<SourceId> sources = new Interned<>();
    final Interned<String> pointers = new Interned<>();
    final Interned<Assessment> assessments = new Interned<>();

    int report(Report report) {
      int index = reports.size();
      reports.add(report.id());
      if (index == reportSource.length) {
        reportSource = Arrays.copyOf(reportSource, index * 2);
      }
      reportSource[index] = sources.of(report.source());
      return index;
    }
  }

  /** Values kept once each, numbered in the order they came. */
  private static final class Interned<T> {
    private final Map<T, Integer> numbers = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int of(T value) {
      Integer number = numbers.get(value);
      if (number == null) {
        number = values.size();
        numbers.put(value, number);
        values.add(value);
      }
      return number;
    }

    T get(int number) {
      return values.get(number);
    }
  }

  /**
   * The observations of one item, kept compactly: each distinct value (its display and what the rules
   * compare, with evidence, assessment and note left out) once, and per claim a run of unsigned
   * variable-length numbers (seven bits a byte, the high bit saying another byte follows) in one
   * byte array — value, report (as the difference from the previous claim's, since reports are filed
   * in order), pointer, assessment + 1 (0 for none), flags, number of passages, then each passage's
   * start and length — from which {@link #observations} builds the observations when the item is
   * compared. A claim then takes about a dozen bytes.
   */
  private static final class Group {
    /** Where the claims of the items not kept go: nowhere. */
    static final Group DROPPED = new Group(ItemKind.FACT, "", "", observations -> List.of());

    private static final int STATEMENT = 1 << 4;
    private static final int PARTIES = 5;
    private static final Stance[] STANCES = Stance.values();

    final ItemKind kind;
    final String key;
    String subject;
    final Conflicts.Rule rule;
    int count;
    boolean statementsOnly = true;
    private final Interned<Value> values = new Interned<>();
    private byte[] data = new byte[32];
    private int size;
    private int lastReport;
    /** Set by {@link #judge}. */
    Classification classification;
    private List<Conflict> conflicts;

    /** A value of the item: what people read and what the rules compare (null for a statement). */
    private record Value(String display, Object payload) {}

    Group(ItemKind kind, String key, String subject, Conflicts.Rule rule) {
      this.kind = kind;
      this.key = key;
      this.subject = subject;
      this.rule = rule;
    }

    void add(String display, Object payload, Ref claim) {
      add(display, payload, claim, 2);
    }

    void add(String display, Object payload, Ref claim, int parties) {
      if (this == DROPPED) {
        return;
      }
      if (parties >= 1 << (31 - PARTIES)) {
        throw new IllegalArgumentException("Too many parties to reconcile one outcome: " + parties);
      }
      statementsOnly = false;
      put(new Value(display, bare(Objects.requireNonNull(payload))), claim, parties << PARTIES);
    }

    void addStatement(String display, Optional<Stance> stance, Ref claim) {
      if (this == DROPPED) {
        return;
      }
      put(new Value(display, null), claim, 2 << PARTIES | STATEMENT | stance.map(s -> s.ordinal() + 1).orElse(0));
    }

    private void put(Value value, Ref claim, int flags) {
      int n = claim.evidence().size();
      // at most five bytes a number
      int room = 5 * (6 + 2 * n);
      if (size + room > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length + (data.length >> 1), size + room));
      }
      write(values.of(value));
      write(claim.report() - lastReport);
      lastReport = claim.report();
      write(claim.pointer());
      write(claim.assessment() + 1);
      write(flags);
      write(n);
      for (Evidence e : claim.evidence()) {
        write(e.start());
        write(e.end() - e.start());
      }
      count++;
    }

    private void write(int number) {
      int rest = number;
      while ((rest & ~0x7f) != 0) {
        data[size++] = (byte) (rest & 0x7f | 0x80);
        rest >>>= 7;
      }
      data[size++] = (byte) rest;
    }

    /** The observations, in filing order, as the conflict rules see them. */
    List<Observation> observations(Tables tables) {
      List<Observation> observations = new ArrayList<>(count);
      for (Cursor c = new Cursor(false); c.next(); ) {
        int stance = c.flags & (STATEMENT - 1);
        observations.add(new Observation(c.value.display(), c.value.payload(),
            tables.sources.get(tables.reportSource[c.report]), tables.reports.get(c.report), c.flags >>> PARTIES,
            (c.flags & STATEMENT) != 0, stance == 0 ? Optional.empty() : Optional.of(STANCES[stance - 1])));
      }
      return observations;
    }

    /** The supports of each value, values in filing order, supports in report order. */
    Map<String, List<Support>> supports(Tables tables) {
      Map<String, List<Support>> byValue = new LinkedHashMap<>();
      for (Cursor c = new Cursor(true); c.next(); ) {
        byValue.computeIfAbsent(c.value.display(), k -> new ArrayList<>()).add(Support.builder()
            .source(tables.sources.get(tables.reportSource[c.report])).report(tables.reports.get(c.report))
            .pointer(tables.pointers.get(c.pointer)).evidence(c.evidence)
            .assessment(Optional.ofNullable(c.assessment < 0 ? null : tables.assessments.get(c.assessment))).build());
      }
      return byValue;
    }

    /** Reads the claims back one at a time, in filing order. */
    private final class Cursor {
      private final int[] at = {0};
      private final boolean positions;
      Value value;
      int report;
      int pointer;
      int assessment;
      int flags;
      /** The claim's evidence, when the cursor reads positions. */
      List<TextPosition> evidence;

      Cursor(boolean positions) {
        this.positions = positions;
      }

      /** Reads the next claim; false after the last. */
      boolean next() {
        if (at[0] >= size) {
          return false;
        }
        value = values.get(read(at));
        report += read(at);
        pointer = read(at);
        assessment = read(at) - 1;
        flags = read(at);
        int n = read(at);
        evidence = positions ? new ArrayList<>(n) : null;
        for (int e = 0; e < n; e++) {
          int start = read(at);
          int length = read(at);
          if (positions) {
            evidence.add(TextPosition.of(start, start + length));
          }
        }
        return true;
      }
    }

    private int read(int[] at) {
      int number = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = data[at[0]++];
        number |= (b & 0x7f) << shift;
        if (b >= 0) {
          return number;
        }
      }
    }

    /**
     * What the rules compare of a claim, without what only the claim's own record needs (its
     * evidence, assessment and note; an agreement claim's participants and provisions, filed under
     * items of their own), so that claims of equal value are kept once.
     */
    private static Object bare(Object payload) {
      if (payload instanceof DateClaim d) {
        return DateClaim.builder().from(d).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
            .build();
      } else if (payload instanceof Demand d) {
        return Demand.builder().from(d).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
            .response(d.response().map(r -> Response.builder().from(r).evidence(List.of())
                .assessment(Optional.empty()).note(Optional.empty()).build()))
            .build();
      } else if (payload instanceof Outcome o) {
        return Outcome.builder().from(o).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
            .build();
      } else if (payload instanceof Provision p) {
        return Provision.builder().from(p).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
            .build();
      } else if (payload instanceof ProcessEvent e) {
        return ProcessEvent.builder().from(e).evidence(List.of()).assessment(Optional.empty())
            .note(Optional.empty()).build();
      } else if (payload instanceof FactClaim f) {
        return FactClaim.builder().from(f).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
            .build();
      } else if (payload instanceof AgreementClaim a) {
        return AgreementClaim.builder().from(a).evidence(List.of()).assessment(Optional.empty())
            .note(Optional.empty()).participants(List.of()).provisions(List.of()).build();
      }
      return payload;
    }

    /** Compares the item's values: its conflicts and classification. */
    void judge(Tables tables) {
      List<Observation> observations = observations(tables);
      long sources = observations.stream().map(Observation::source).distinct().count();
      List<Conflict> found = new ArrayList<>(sources > 1 ? rule.apply(observations) : List.of());
      // A denial is a disagreement between speakers even inside one source.
      found.addAll(Conflicts.stance(observations));
      conflicts = found;
      classification = !found.isEmpty() ? Classification.CONFLICT
          : sources <= 1 ? Classification.SINGLE_SOURCE : Classification.AGREED;
    }

    /** The item, its values most supported first; compared first if it was not yet. */
    Item item(Tables tables) {
      if (classification == null) {
        judge(tables);
      }
      List<Position> positions = supports(tables).entrySet().stream()
          .map(e -> Position.builder().value(e.getKey()).support(e.getValue()).build())
          .sorted(Comparator.comparing((Position p) -> -p.support().size()))
          .collect(Collectors.toList());
      return Item.builder().kind(kind).key(key).subject(subject).classification(classification).positions(positions)
          .conflicts(conflicts).build();
    }
  }
}
