package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Act;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.ClaimVisitor;
import org.parley.model.Claims;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Located;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationRole;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeRank;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.Reported;
import org.parley.model.RoleClaim;
import org.parley.model.RoundFormat;
import org.parley.model.SourceId;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.model.WireEnum;
import org.parley.reconcile.SessionTables.Ref;

/**
 * The claims of the reports of one negotiation, filed by item: each report is walked once ({@link
 * Claims#walk}) and each claim filed under the item it is about, with the key, subject and value its
 * {@link ItemType} gives it; statements that name a claim are filed after the report's other claims,
 * so that the item a claim opens is described by the claim, not by a statement about it.
 */
final class Filing {
  final NegotiationId negotiation;
  final Map<String, Group<?>> groups = new LinkedHashMap<>();
  /** The sources of the filed reports, in report order. */
  final Set<SourceId> sources = new LinkedHashSet<>();
  private final Set<ActorId> parties;
  /** The words of each title seen, as titles compare them: titles repeat from report to report. */
  private final Map<String, Set<String>> titleWords = new HashMap<>();
  private final Reconciler reconciler;
  private final ActorResolver actors;
  private final SessionTables tables;
  /** The one item kept, or null for all: the claims filed under other items are dropped. */
  private final String only;

  Filing(Reconciler reconciler, Negotiation negotiation, String only, SessionTables tables) {
    this.reconciler = reconciler;
    this.actors = reconciler.actors();
    this.negotiation = negotiation.id();
    this.parties = negotiation.parties().stream().map(actors::canonical).collect(Collectors.toSet());
    this.only = only;
    this.tables = tables;
  }

  /** Files every claim of {@code report}, report number {@code index} of the session's tables. */
  void file(Report report, int index) {
    sources.add(tables.source(index));
    Walker walker = new Walker(index);
    Claims.walk(report, walker);
    walker.statements.forEach(walker::file);
  }

  /**
   * Compares each item's values, then hands the items on in order (conflicts first, then
   * single-source, then agreed; by kind and subject within; first filed first among equals), each
   * built only then and its observations let go once handed on.
   */
  void handTo(ReconciliationSink sink) {
    Conflicts rules = reconciler.rules();
    List<Group<?>> ordered = new ArrayList<>(groups.values());
    groups.clear();
    ordered.forEach(g -> g.judge(tables, rules));
    ordered.removeIf(g -> !g.shown());
    ordered.sort(Comparator.comparing((Group<?> g) -> g.classification).thenComparing(g -> g.kind)
        .thenComparing(g -> g.subject));
    sink.begin(negotiation, List.copyOf(sources), ordered.stream()
        .map(g -> new ReconciliationSink.Heading(g.kind, g.key, g.subject, g.classification)).toList());
    for (int i = 0; i < ordered.size(); i++) {
      sink.item(ordered.get(i).item(tables, rules));
      ordered.set(i, null);
    }
    sink.end();
  }

  /** The item filed under {@code key}, if any claim was. */
  Optional<Item> item(String key) {
    Group<?> group = groups.get(key);
    if (group == null || group.count == 0) {
      return Optional.empty();
    }
    Item item = group.item(tables, reconciler.rules());
    return group.shown() ? Optional.of(item) : Optional.empty();
  }

  /** The item of a claim; a claim's subject replaces the one a statement named it by. */
  private <T> Group<T> group(ItemType<T> type, String key, String subject) {
    Group<T> group = statementGroup(type, key, subject);
    if (group.count > 0 && group.statementsOnly) {
      group.subject = subject;
    }
    return group;
  }

  @SuppressWarnings("unchecked")
  private <T> Group<T> statementGroup(ItemType<T> type, String key, String subject) {
    if (only != null && !only.equals(key)) {
      return (Group<T>) Group.DROPPED;
    }
    Group<?> group = groups.computeIfAbsent(key, k -> new Group<>(type, key, subject));
    if (group.type != type) {
      throw new IllegalStateException("Item " + key + " is of type " + group.type + ", not " + type);
    }
    return (Group<T>) group;
  }

  private ActorId side(ActorId actor) {
    return actors.side(actor, parties);
  }

  private String name(ActorId actor) {
    return actors.name(actors.canonical(actor));
  }

  private String agreementName(AgreementId id) {
    return reconciler.agreementName(id);
  }

  /** Two names in their natural order, whichever a source gives first: the key of an item of a pair. */
  private static String[] inOrder(String a, String b) {
    return a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a};
  }

  static String words(Enum<?> constant) {
    return ((WireEnum) constant).wireName().replace('_', ' ');
  }

  /** The role in the talks an agreement participant's part is, for a third party; none for a signatory. */
  static Optional<NegotiationRole> thirdPartyRole(org.parley.model.AgreementRole role) {
    return switch (role) {
      case MEDIATOR -> Optional.of(NegotiationRole.MEDIATOR);
      case GUARANTOR -> Optional.of(NegotiationRole.GUARANTOR);
      case WITNESS -> Optional.of(NegotiationRole.WITNESS);
      case MONITOR -> Optional.of(NegotiationRole.MONITOR);
      case SIGNATORY -> Optional.empty();
    };
  }

  /** Files the claims of one report as the walk hands them on. */
  private final class Walker implements ClaimVisitor {
    private final int report;
    final List<Located> statements = new ArrayList<>();

    Walker(int report) {
      this.report = report;
    }

    private Ref ref(Claim claim, Located at) {
      return new Ref(report, tables.pointers.of(at.pointer()),
          claim.assessment().map(tables.assessments::of).orElse(-1), claim.evidence());
    }

    @Override
    public void talksDate(Reported<PartialDate> date, Located at) {
      fileDate(DateClaim.builder().role(DateRole.HELD).date(date.value()).build(), ref(date, at));
    }

    @Override
    public void date(DateClaim date, Located at) {
      fileDate(reconciler.counted(date, tables.source(report)), ref(date, at), date);
    }

    private void fileDate(DateClaim date, Ref claim) {
      fileDate(date, claim, date);
    }

    /**
     * Files {@code date} (the claim as it is compared) for the claim {@code written}: when a relative
     * date was counted from the source's publication day, the value says so.
     */
    private void fileDate(DateClaim date, Ref claim, DateClaim written) {
      StringBuilder key = new StringBuilder(date.role().wireName());
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
      date.actor().map(actors::canonical).ifPresent(a -> {
        key.append("/by:").append(a);
        subject.append(" by ").append(name(a));
      });
      date.key().ifPresent(k -> {
        key.append("/key:").append(k);
        subject.append(" (").append(k).append(')');
      });
      List<String> shown = new ArrayList<>();
      date.date().ifPresent(d -> shown.add(d.format()));
      date.relative().ifPresent(r -> shown.add(words(r)));
      date.weekday().ifPresent(w -> shown.add(w.englishName()));
      if (date != written) {
        shown.add("(" + written.relative().map(Filing::words).orElseThrow() + written.weekday()
            .map(w -> " " + w.englishName()).orElse("") + ", counted from the publication day "
            + reconciler.published(tables.source(report)).orElseThrow().format() + ")");
      }
      date.time().ifPresent(t -> shown.add(t.format()));
      date.day().ifPresent(d -> shown.add("Day " + d + date.phase().map(p -> " of phase " + p).orElse("")));
      group(ItemType.DATE, ItemType.DATE.key(key.toString()), subject.toString())
          .add(String.join(" ", shown), date, claim);
    }

    @Override
    public void talksFormat(Reported<RoundFormat> format, Located at) {
      group(ItemType.FORMAT, ItemType.FORMAT.key(""), "format of the talks")
          .add(words(format.value()), format.value(), ref(format, at));
    }

    @Override
    public void venue(Reported<Venue> venue, Located at) {
      Venue v = venue.value();
      group(ItemType.VENUE, ItemType.VENUE.key(""), "venue")
          .add(v.name() + v.city().map(c -> ", " + c).orElse(""), v, ref(venue, at));
    }

    @Override
    public void duration(Reported<DurationEstimate> duration, Located at) {
      group(ItemType.DURATION, ItemType.DURATION.key(""), "duration")
          .add(duration.value().toString(), duration.value(), ref(duration, at));
    }

    @Override
    public void delegation(Delegation delegation, Located at) {
      ActorId party = actors.canonical(delegation.party());
      delegation.head().ifPresent(head -> group(ItemType.HEAD, ItemType.HEAD.key(party.value()),
          "head of the delegation of " + name(party)).add(name(head), actors.canonical(head), ref(delegation, at)));
    }

    @Override
    public void member(DelegationMember member, Delegation delegation, Located at) {
      Ref claim = ref(member, at);
      ActorId party = actors.canonical(delegation.party());
      ActorId person = actors.canonical(member.person());
      group(ItemType.PARTICIPANT, ItemType.PARTICIPANT.key(person.value()), "side of " + name(person))
          .add("with " + name(side(party)), side(party), claim);
      member.title().ifPresent(t -> fileTitle(person, t, claim));
    }

    @Override
    public void title(PersonTitle title, Located at) {
      fileTitle(actors.canonical(title.person()), title.title(), ref(title, at));
    }

    private void fileTitle(ActorId person, String title, Ref claim) {
      group(ItemType.TITLE, ItemType.TITLE.key(person.value()), "title of " + name(person))
          .add(title, titleWords.computeIfAbsent(title, t -> Compare.titleWords(t, actors.stateWords())), claim);
    }

    @Override
    public void demand(Demand demand, Located at) {
      String subject = "demand by " + name(side(demand.by())) + " of " + name(side(demand.addressee())) + " on "
          + words(demand.issue());
      String key = demand.key().map(ItemType.DEMAND::keyed).orElse(ItemType.DEMAND.key(side(demand.by()) + "/"
          + side(demand.addressee()) + "/" + demand.issue().wireName()));
      StringBuilder shown = new StringBuilder(demand.description().orElse(words(demand.issue())));
      if (!demand.regions().isEmpty()) {
        shown.append(" [").append(String.join(", ", demand.regions())).append(']');
      }
      demand.duration().ifPresent(d -> shown.append("; for ").append(d));
      demand.response().ifPresent(r -> shown.append("; ").append(words(r.kind())).append(" by ").append(name(r.by())));
      Group<Demand> group = group(ItemType.DEMAND, key, subject + demand.key().map(k -> " (" + k + ")").orElse(""));
      // Under an encoder's key, a claim unlike the one the subject describes says how it differs.
      group.first().filter(d -> !side(d.by()).equals(side(demand.by())) || !side(d.addressee())
          .equals(side(demand.addressee())) || d.issue() != demand.issue())
          .ifPresent(d -> shown.insert(0, "by " + name(side(demand.by())) + " of " + name(side(demand.addressee()))
              + " on " + words(demand.issue()) + ": "));
      group.add(shown.toString(), demand, ref(demand, at));
    }

    @Override
    public void outcome(Outcome outcome, Located at) {
      String subject = words(outcome.kind()) + " on " + words(outcome.issue())
          + outcome.agreement().map(a -> " of " + agreementName(a)).orElse("")
          + outcome.key().map(k -> " (" + k + ")").orElse("");
      String key = outcome.key().map(ItemType.OUTCOME::keyed).orElse(ItemType.OUTCOME.key(
          outcome.agreement().map(a -> a + "/").orElse("") + outcome.kind().wireName() + "/"
          + outcome.issue().wireName()));
      StringBuilder shown = new StringBuilder(words(outcome.status()));
      outcome.rank().ifPresent(r -> shown.append("; ").append(r == OutcomeRank.LARGEST ? "the largest outcome"
          : r == OutcomeRank.ONLY ? "the only outcome" : "among a few outcomes"));
      outcome.blame().ifPresent(b -> shown.append("; ").append(name(b)).append(" held responsible"));
      outcome.quantities().forEach(q -> shown.append("; ").append(q));
      outcome.duration().ifPresent(d -> shown.append("; for ").append(d));
      if (!outcome.regions().isEmpty()) {
        shown.append("; in ").append(String.join(", ", outcome.regions()));
      }
      Group<Outcome> group = group(ItemType.OUTCOME, key, subject);
      group.first().filter(f -> f.kind() != outcome.kind() || f.issue() != outcome.issue())
          .ifPresent(f -> shown.insert(0, words(outcome.kind()) + " on " + words(outcome.issue()) + ": "));
      group.add(shown.toString(), outcome, ref(outcome, at), Math.max(2, outcome.parties().size()));
    }

    @Override
    public void agreement(AgreementClaim claim, Located at) {
      Ref filed = ref(claim, at);
      AgreementId id = claim.agreement();
      String name = agreementName(id);
      Optional<ActorId> by = claim.statusBy().map(actors::canonical);
      // One party's step (approved by Israel) is compared only with steps of that party.
      if (claim.status().isPresent() || claim.duration().isPresent()) {
        // Its standing, and how long it runs: a term without a status is compared with the others' terms.
        group(ItemType.AGREEMENT_STATUS,
            ItemType.AGREEMENT_STATUS.ofAgreement(id, "status" + by.map(a -> "/by:" + a).orElse("")),
            "status of " + name + by.map(a -> ", by " + name(a)).orElse(""))
            .add(claim.status().map(Filing::words).orElse("no status given")
                + claim.duration().map(d -> "; for " + d).orElse(""), claim, filed);
      }
      for (AgreementParticipant p : claim.participants()) {
        ActorId actor = actors.canonical(p.actor());
        // A participant's own passages (format 1.2) are what it rests on, where the source gives them.
        Ref named = p.evidence().isEmpty() ? filed : new Ref(report, tables.pointers.of(at.pointer()),
            claim.assessment().map(tables.assessments::of).orElse(-1), p.evidence());
        group(ItemType.AGREEMENT_ROLE, ItemType.AGREEMENT_ROLE.ofAgreement(id, "role/" + actor),
            "role of " + name(actor) + " in " + name).add(words(p.role()), p, named);
        // A third party's part in the agreement is a role in the talks too: compared with what the
        // sources' role claims say of the same actor (a signatory may be a party or a third party).
        thirdPartyRole(p.role()).ifPresent(role -> group(ItemType.ROLE, ItemType.ROLE.key(actor.value()),
            "role of " + name(actor)).add(words(role) + " of " + name, role, named));
      }
      for (AgreementLink link : claim.links()) {
        // The pair in the order of their ids, whichever a source names first.
        AgreementId other = link.agreement();
        String[] pair = inOrder(id.value(), other.value());
        String says = name + " " + words(link.relation()) + " " + agreementName(other);
        group(ItemType.AGREEMENT_LINK, ItemType.AGREEMENT_LINK.key(pair[0] + "+" + pair[1]),
            "how " + agreementName(AgreementId.of(pair[0])) + " and " + agreementName(AgreementId.of(pair[1]))
                + " relate").add(says, new Conflicts.Link(id, link.relation(), other), filed);
      }
      if (claim.status().isEmpty() && claim.duration().isEmpty() && claim.participants().isEmpty()
          && claim.provisions().isEmpty() && claim.links().isEmpty()) {
        // A claim that only names the agreement still says it is spoken of: never a silent loss.
        group(ItemType.AGREEMENT_NAMED, ItemType.AGREEMENT_NAMED.ofAgreement(id, "named"), name + " spoken of")
            .add("spoken of, no status given", "named", filed);
      }
    }

    @Override
    public void provision(Provision provision, AgreementClaim claim, Located at) {
      int parties = (int) Math.max(2, claim.participants().stream()
          .filter(p -> p.role() == AgreementRole.SIGNATORY).count());
      String name = agreementName(claim.agreement());
      String issues = provision.issues().stream().map(Issue::wireName).sorted().distinct()
          .collect(Collectors.joining("+"));
      Optional<Integer> phase = provision.phase().flatMap(p -> p.number());
      String key = ItemType.PROVISION.ofAgreement(claim.agreement(), "provision/" + provision.key()
          .map(k -> "key:" + k).orElse(issues + phase.map(p -> "/phase:" + p).orElse("")));
      String subject = "provision of " + name + " on " + provision.issues().stream().map(Filing::words)
          .distinct().collect(Collectors.joining(", ")) + phase.map(p -> ", phase " + p).orElse("")
          + provision.key().map(k -> " (" + k + ")").orElse("");
      StringBuilder shown = new StringBuilder(provision.description().orElse(provision.issues().stream()
          .map(Filing::words).collect(Collectors.joining(", "))));
      provision.phase().flatMap(p -> p.days()).ifPresent(d -> shown.append("; ").append(d).append(" days"));
      provision.quantities().forEach(q -> shown.append("; ").append(q));
      provision.duration().ifPresent(d -> shown.append("; for ").append(d));
      group(ItemType.PROVISION, key, subject).add(shown.toString(), provision, ref(provision, at), parties);
    }

    @Override
    public void role(RoleClaim role, Located at) {
      ActorId actor = actors.canonical(role.actor());
      group(ItemType.ROLE, ItemType.ROLE.key(actor.value()), "role of " + name(actor))
          .add(words(role.role()), role.role(), ref(role, at));
    }

    @Override
    public void event(ProcessEvent event, Located at) {
      List<ActorId> who = actors.canonical(event.actors());
      String key = event.key().map(ItemType.EVENT::keyed).orElse(ItemType.EVENT.key(event.kind().wireName() + "/"
          + who.stream().map(ActorId::value).collect(Collectors.joining("+"))));
      // The event in words, "absent (Donald Trump)": the item's subject, and what a value under another
      // claim's key says it is.
      String described = words(event.kind()) + (who.isEmpty() ? "" : " (" + who.stream().map(Filing.this::name)
          .collect(Collectors.joining(", ")) + ")");
      String subject = described + event.key().map(k -> " [" + k + "]").orElse("");
      List<String> shown = new ArrayList<>();
      event.date().ifPresent(d -> shown.add(d.format()));
      event.time().ifPresent(t -> shown.add(t.format()));
      event.timing().ifPresent(t -> shown.add(words(t) + " the talks"));
      event.venue().ifPresent(v -> shown.add(v.name() + v.city().map(c -> ", " + c).orElse("")));
      event.reason().ifPresent(r -> shown.add("because: " + r));
      event.cause().ifPresent(c -> shown.add("following " + c));
      event.duration().ifPresent(d -> shown.add("lasting " + d));
      Group<ProcessEvent> group = group(ItemType.EVENT, key, subject);
      String display = shown.isEmpty() ? "reported" : String.join("; ", shown);
      // Under an encoder's key, an event unlike the one the subject describes says what it is.
      if (group.first().filter(f -> f.kind() != event.kind()
          || !f.actors().isEmpty() && !who.isEmpty() && !actors.canonical(f.actors()).equals(who)).isPresent()) {
        display = described + ": " + display;
      }
      group.add(display, event, ref(event, at));
      if (event.key().isPresent() && event.cause().isPresent()) {
        // The pair of events in the order of their keys, whichever a source makes the cause.
        String effect = event.key().get();
        String cause = event.cause().get();
        String[] pair = inOrder(effect, cause);
        String direction = effect + " because of " + cause;
        group(ItemType.CAUSE, ItemType.CAUSE.key("key:" + pair[0] + "+key:" + pair[1]),
            "which followed from which: " + pair[0] + " and " + pair[1]).add(direction, direction, ref(event, at));
      }
    }

    @Override
    public void fact(FactClaim fact, Located at) {
      String key = fact.key().map(ItemType.FACT::keyed)
          .orElse(ItemType.FACT.key("text:" + String.join("-", Compare.words(fact.description()))));
      String subject = "fact " + fact.key().orElse("\"" + fact.description() + "\"");
      List<String> shown = new ArrayList<>();
      shown.add(fact.description());
      fact.since().ifPresent(d -> shown.add("since " + d.format()));
      fact.sinceEvent().ifPresent(e -> shown.add("since " + e));
      fact.date().ifPresent(d -> shown.add(d.format()));
      fact.duration().ifPresent(d -> shown.add(d.toString()));
      fact.numbers().forEach(q -> shown.add(q.toString()));
      fact.actor().ifPresent(a -> shown.add(name(a)));
      group(ItemType.FACT, key, subject).add(String.join("; ", shown), fact, ref(fact, at));
    }

    @Override
    public void act(Act act, Located at) {
      ActorId by = actors.canonical(act.by());
      Optional<ActorId> target = act.target().map(actors::canonical);
      String key = act.key().map(ItemType.ACT::keyed).orElse(ItemType.ACT.key(act.kind().wireName() + "/by:" + by
          + target.map(t -> "/target:" + t).orElse("")));
      String described = words(act.kind()) + " (" + name(by) + target.map(t -> " against " + name(t)).orElse("")
          + ")";
      List<String> shown = new ArrayList<>();
      act.description().ifPresent(shown::add);
      act.condition().ifPresent(c -> shown.add("on condition: " + c));
      act.date().ifPresent(d -> shown.add(d.format()));
      act.timing().ifPresent(t -> shown.add(words(t) + " the talks"));
      String display = shown.isEmpty() ? "reported" : String.join("; ", shown);
      // Without a key the item's subject says what was done by whom; under an encoder's key each value says it.
      group(ItemType.ACT, key, "act " + act.key().orElse(described))
          .add(act.key().isPresent() ? described + ": " + display : display, act, ref(act, at));
    }

    /** Statements are filed after the report's other claims ({@link #file(Located)}). */
    @Override
    public void statement(Statement statement, Located at) {
      if (statement.about().isPresent()) {
        statements.add(at);
      }
      if (statement.mode() == StatementMode.DIRECT_QUOTE) {
        List<String> words = Compare.words(statement.words());
        if (words.size() >= ItemType.QUOTE_WORDS) {
          group(ItemType.QUOTE, ItemType.QUOTE.key("words:" + String.join("-", words)),
              "quote \"" + statement.words().strip() + "\"").add(said(statement), statement.speaker(), ref(statement, at));
        }
      }
      statement.tone().ifPresent(tone -> {
        // A reaction is the side's: a minister's words count for the state he speaks for.
        ActorId side = side(statement.onBehalfOf().orElse(statement.speaker()));
        group(ItemType.REACTION, ItemType.REACTION.key(side.value()), "reaction of " + name(side))
            .add(words(tone) + ": " + name(statement.speaker()) + " (\"" + statement.words() + "\")", tone,
                ref(statement, at));
      });
    }

    /**
     * Who a quote is given to, and on what basis: the speaker, for whom, and the chain the source
     * got it through ("according to sources cited by Reuters"), or "quoted" when it gives none.
     */
    private String said(Statement statement) {
      return name(statement.speaker()) + statement.onBehalfOf().map(b -> " for " + name(b)).orElse("")
          + (statement.attribution().isEmpty() ? ", quoted" : relayed(statement));
    }

    /** The chain a source got a statement through: ", according to sources cited by Reuters"; empty for none. */
    private String relayed(Statement statement) {
      return statement.attribution().isEmpty() ? "" : ", according to " + statement.attribution().stream()
          .map(a -> a.description()).collect(Collectors.joining(", through "));
    }

    /** A statement that names the claim it speaks to joins that claim's item, with its stance. */
    void file(Located at) {
      Statement statement = at.as(Statement.class);
      statement.about().ifPresent(about -> {
        ItemType<?> type = ItemType.about(about.kind());
        String subject = about.kind() == ClaimKind.AGREEMENT
            ? "status of " + agreementName(AgreementId.of(about.key()))
            : about.kind().wireName() + " " + about.key();
        // A statement about one value says so: "denies its type is peace_agreement".
        String stance = statement.stance().map(Filing::words).orElse("speaks to it") + about.field()
            .map(f -> " its " + f + " is " + about.value().orElseThrow()).orElse("");
        String shown = stance + ": "
            + name(statement.speaker()) + statement.onBehalfOf().map(b -> " for " + name(b)).orElse("")
            + " (\"" + statement.words() + "\")" + relayed(statement);
        statementGroup(type, type.aboutKey(about.key()), subject).addStatement(shown, statement.stance(),
            about.field().map(f -> f + "=" + about.value().orElseThrow()).orElse(null), ref(statement, at));
      });
    }
  }
}
