package org.parley.export;

import static org.parley.export.Column.bool;
import static org.parley.export.Column.date;
import static org.parley.export.Column.integer;
import static org.parley.export.Column.list;
import static org.parley.export.Column.oneOf;
import static org.parley.export.Column.text;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Claim;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.DurationQualifier;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PagePart;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.RoleClaim;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.model.Verdict;
import org.parley.model.WireEnum;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.Item;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.Support;

/**
 * A dataset as tidy tables: one row per claim (and per piece of a claim that has its own actors or
 * numbers: a response, a delegation member, an agreement's participant and provision, a quantity),
 * one per evidence passage, actor, source and agreement, and one per value of each reconciled item.
 * Cells need no further parsing: one value each, ids and wire names as in the JSON format, dates in
 * ISO 8601 of the precision the source gives, lists only where a column says so.
 */
public final class Tables {

  private Tables() {}

  static final String CLAIMS = "claims";
  static final String EVIDENCE = "evidence";
  static final String ACTORS = "actors";
  static final String SOURCES = "sources";
  static final String AGREEMENTS = "agreements";
  static final String RECONCILIATION = "reconciliation";

  /** The kinds of row in {@code claims.csv}, in the order the codebook lists them. */
  static final List<String> CLAIM_TYPES = List.of("date", "venue", "duration", "delegation", "member", "demand",
      "response", "outcome", "agreement", "participant", "provision", "quantity", "statement", "title", "role",
      "event", "fact");

  /** The columns of {@code claims.csv}. */
  static final List<Column> CLAIM_COLUMNS = List.of(
      text("claim", "The claim's id: its report's id, `#` and the JSON Pointer of the claim inside the report"
          + " (`report:x#/demands/0`). Stable as long as the report's lists keep their order."),
      text("parent", "The claim this row is part of (a response's demand, a member's delegation, a participant's"
          + " or provision's agreement claim, a quantity's outcome, provision or fact), as its `claim` id."),
      text("report", "The report's id."),
      text("negotiation", "The negotiation the report is about, by id."),
      text("source", "The source (article) the report encodes, by id."),
      oneOf("source_kind", "What kind of text the source is.", wire(SourceKind.values())),
      oneOf("claim_type", "What the row is.", CLAIM_TYPES),
      text("key", "The encoder's key, which names one item across reports (demands, outcomes, provisions,"
          + " events, facts), or the agreement's id for agreement claims."),
      text("actor_id", "The actor who acts or speaks: the demander, the responder, the speaker, the person given a"
          + " title, the delegation's party, the member, the participant, the actor a role or fact is about."),
      text("actor_name", "That actor's name, as the actor record gives it."),
      text("counterpart_id", "The actor acted on: the demand's addressee, the demander a response answers, the"
          + " delegation's head, the member's party, the party a statement is made on behalf of."),
      text("counterpart_name", "That actor's name."),
      list("other_actors", "Further actors by id: an outcome's parties, an event's actors, the actors a quantity"
          + " goes from and to (`by;to`)."),
      oneOf("issue", "What a demand, outcome or provision is about (its first issue for a provision).",
          wire(Issue.values())),
      list("other_issues", "Further issues, as wire names."),
      text("kind", "The claim's kind within its type, as the wire name of its own enumeration: an outcome's kind ("
          + String.join(", ", wire(OutcomeKind.values())) + "), an event's kind ("
          + String.join(", ", wire(ProcessEventKind.values())) + "), a statement's mode ("
          + String.join(", ", wire(StatementMode.values())) + "), a delegation's role ("
          + String.join(", ", wire(DelegationRole.values())) + "), a participant's role ("
          + String.join(", ", wire(AgreementRole.values())) + "), a role claim's role ("
          + String.join(", ", wire(NegotiationRole.values())) + ")."),
      text("status", "Where the claim stands, as the wire name of its own enumeration: a response's kind ("
          + String.join(", ", wire(ResponseKind.values())) + "), an outcome's status ("
          + String.join(", ", wire(OutcomeStatus.values())) + "), an agreement's status ("
          + String.join(", ", wire(AgreementStatus.values())) + ")."),
      text("value", "What the claim says, in words: a demand's, outcome's, provision's, event's or fact's"
          + " description, a statement's words, a title, a venue's name, a response's description."),
      text("qualifier", "How exact a number is: for a duration "
          + String.join(", ", wire(DurationQualifier.values())) + "; for a quantity "
          + String.join(", ", wire(QuantityQualifier.values())) + "."),
      integer("amount", "A number: a duration in minutes, a quantity's amount (the lower end of a range)."),
      integer("max", "The upper end of a quantity's range."),
      text("unit", "What is counted (`prisoners of war`), or `minutes` for a duration."),
      oneOf("basis", "Whether a quantity counts per party or in all.", wire(QuantityBasis.values())),
      date("date", "The date the claim gives, as precisely as the source gives it."),
      text("date_weekday", "The weekday the source names, in English (`Friday`), when it names one."),
      oneOf("date_role", "What the date is of: held for the report's own date.", wire(DateRole.values())),
      text("time", "The time of day, ISO 8601 with its UTC offset when the source gives one (`08:30+02:00`)."),
      text("place", "A venue's name."),
      text("city", "A venue's city."),
      oneOf("verdict", "The encoder's assessment of the claim.", wire(Verdict.values())),
      text("assessment_note", "Why, in the encoder's words."),
      integer("evidence_count", "How many evidence passages the claim has (all are in `evidence.csv`)."),
      text("evidence_text", "The first evidence passage, exactly as in the source."),
      integer("evidence_start", "Where that passage starts in the source text, in Unicode code points from 0."),
      integer("evidence_end", "Where it ends (exclusive), in code points."),
      oneOf("evidence_part", "The part of the page the passage is from; empty for the body.",
          wire(PagePart.values())),
      text("note", "The coder's note on how the claim was encoded."));

  static final List<Column> EVIDENCE_COLUMNS = List.of(
      text("claim", "The claim, as its id in `claims.csv`."),
      integer("passage", "The passage's number within the claim, from 1."),
      text("source", "The source, by id."),
      text("text", "The passage, exactly as in the source."),
      integer("start", "Where it starts in the source text, in Unicode code points from 0."),
      integer("end", "Where it ends (exclusive), in code points."),
      oneOf("part", "The part of the page; empty for the body.", wire(PagePart.values())),
      text("language", "The passage's language when it is a translation (BCP 47)."));

  static final List<Column> ACTOR_COLUMNS = List.of(
      text("id", "The actor's id."),
      oneOf("kind", "What the actor is.", wire(ActorKind.values())),
      text("name", "The actor's name; for an unnamed actor, how the source describes them."),
      bool("anonymous", "Whether the source leaves the actor unnamed."),
      list("aliases", "Other spellings the sources use."),
      text("wikidata", "The Wikidata id (`Q212`), where certain."),
      text("country", "The ISO 3166-1 alpha-3 code of the actor's country."),
      text("affiliation", "The actor this one belongs to or acts for, by id."),
      list("demonyms", "Words for people and things of the actor's country."),
      list("members", "The actors a group stands for, by id."));

  static final List<Column> SOURCE_COLUMNS = List.of(
      text("id", "The source's id."),
      oneOf("kind", "What kind of text it is.", wire(SourceKind.values())),
      text("outlet", "The publication."),
      text("author", "The author."),
      text("headline", "The headline."),
      text("url", "Where it was published."),
      date("published", "When it was published."),
      text("language", "Its language (BCP 47)."),
      list("cites", "The actors it credits as its sources, by id."),
      text("document", "The path of its text, relative to the dataset's texts folder."),
      text("sha256", "The SHA-256 hash of that text's bytes."));

  static final List<Column> AGREEMENT_COLUMNS = List.of(
      text("id", "The agreement's id."),
      text("name", "Its name."),
      oneOf("type", "What kind of agreement it is.", wire(AgreementType.values())),
      text("negotiation", "The negotiation it came out of, by id."));

  static final List<Column> RECONCILIATION_COLUMNS = List.of(
      text("negotiation", "The negotiation, by id."),
      text("item", "The item's stable key (`date/held`, `title/actor:donald-trump`, `outcome/key:prisoner-exchange`)."),
      text("subject", "The item in words."),
      oneOf("classification", "Whether the sources agree on the item, only one reports it, or they conflict.",
          wire(Classification.values())),
      text("value", "One value the sources give, in words."),
      list("sources", "The sources that give this value, by id."),
      list("verdicts", "The encoder's verdicts on those sources' claims, in the same order; empty where none."),
      list("conflicts", "The item's conflict codes (`conflict.date`), the same on every row of the item."),
      text("reason", "Why the item is in conflict, in words."));

  /** Every table of the dataset, reconciliation included. */
  public static List<Table> of(Dataset dataset) {
    List<Table> claims = claimsAndEvidence(dataset);
    return List.of(claims.get(0), claims.get(1), actors(dataset), sources(dataset), agreements(dataset),
        reconciliation(dataset));
  }

  /** The tables with their columns and no rows, for the codebook. */
  static List<Table> empty() {
    return List.of(
        new Table(CLAIMS, "one claim, or one part of a claim with its own actors or numbers", CLAIM_COLUMNS, List.of()),
        new Table(EVIDENCE, "one evidence passage of a claim", EVIDENCE_COLUMNS, List.of()),
        new Table(ACTORS, "one actor", ACTOR_COLUMNS, List.of()),
        new Table(SOURCES, "one source", SOURCE_COLUMNS, List.of()),
        new Table(AGREEMENTS, "one agreement", AGREEMENT_COLUMNS, List.of()),
        new Table(RECONCILIATION, "one value of one reconciled item, with the sources that give it",
            RECONCILIATION_COLUMNS, List.of()));
  }

  /** The claims table and the evidence table, in that order, from one walk over the reports. */
  static List<Table> claimsAndEvidence(Dataset dataset) {
    Claims claims = new Claims(dataset);
    dataset.reports().forEach(claims::add);
    Table.Builder table = new Table.Builder(EVIDENCE, "one evidence passage of a claim", EVIDENCE_COLUMNS);
    for (Claims.Found found : claims.found) {
      for (int i = 0; i < found.claim().evidence().size(); i++) {
        Evidence e = found.claim().evidence().get(i);
        table.add().set("claim", found.id()).set("passage", i + 1).set("source", found.source()).set("text", e.text())
            .set("start", e.start()).set("end", e.end()).set("part", e.part().map(WireEnum::wireName).orElse(null))
            .set("language", e.language().orElse(null));
      }
    }
    return List.of(claims.table.build(), table.build());
  }

  static Table actors(Dataset dataset) {
    Table.Builder table = new Table.Builder(ACTORS, "one actor", ACTOR_COLUMNS);
    for (Actor a : dataset.actors()) {
      table.add().set("id", a.id()).set("kind", a.kind().wireName()).set("name", a.name())
          .set("anonymous", a.anonymous()).set("aliases", join(a.aliases()))
          .set("wikidata", a.wikidataId().orElse(null)).set("country", a.country().orElse(null))
          .set("affiliation", a.affiliation().orElse(null)).set("demonyms", join(a.demonyms()))
          .set("members", ids(a.members()));
    }
    return table.build();
  }

  static Table sources(Dataset dataset) {
    Table.Builder table = new Table.Builder(SOURCES, "one source", SOURCE_COLUMNS);
    for (Source s : dataset.sources()) {
      table.add().set("id", s.id()).set("kind", s.kind().wireName()).set("outlet", s.outlet().orElse(null))
          .set("author", s.author().orElse(null)).set("headline", s.headline().orElse(null))
          .set("url", s.url().orElse(null)).set("published", s.publicationDate().map(Tables::isoDate).orElse(null))
          .set("language", s.language().orElse(null)).set("cites", ids(s.cites()))
          .set("document", s.document().map(d -> d.path()).orElse(null))
          .set("sha256", s.document().map(d -> d.sha256()).orElse(null));
    }
    return table.build();
  }

  static Table agreements(Dataset dataset) {
    Table.Builder table = new Table.Builder(AGREEMENTS, "one agreement", AGREEMENT_COLUMNS);
    for (Agreement a : dataset.agreements()) {
      table.add().set("id", a.id()).set("name", a.name()).set("type", a.type().wireName())
          .set("negotiation", a.negotiation().orElse(null));
    }
    return table.build();
  }

  static Table reconciliation(Dataset dataset) {
    Table.Builder table = new Table.Builder(RECONCILIATION, "one value of one reconciled item, with the sources"
        + " that give it", RECONCILIATION_COLUMNS);
    for (Reconciliation r : Reconciler.reconcileAll(dataset)) {
      for (Item item : r.items()) {
        String conflicts = item.conflicts().stream().map(Conflict::code).collect(Collectors.joining(";"));
        for (Position position : item.positions()) {
          table.add().set("negotiation", r.negotiation()).set("item", item.key()).set("subject", item.subject())
              .set("classification", item.classification().wireName()).set("value", position.value())
              .set("sources", position.support().stream().map(s -> s.source().value()).collect(Collectors.joining(";")))
              .set("verdicts", verdicts(position.support()))
              .set("conflicts", conflicts).set("reason", item.reason().orElse(null));
        }
      }
    }
    return table.build();
  }

  /** Verdicts in the order of the supports, empty where a support has none; empty when none has one. */
  private static String verdicts(List<Support> support) {
    if (support.stream().noneMatch(s -> s.assessment().isPresent())) {
      return null;
    }
    return support.stream().map(s -> s.assessment().map(a -> a.verdict().wireName()).orElse(""))
        .collect(Collectors.joining(";"));
  }

  /** The wire names of an enumeration's constants. */
  static List<String> wire(WireEnum[] values) {
    return Arrays.stream(values).map(WireEnum::wireName).toList();
  }

  /**
   * The actor and the actors up its affiliations, in order, as far as {@code actors} knows them; a
   * cycle ends the chain before its first repeat.
   */
  static List<Actor> affiliationChain(Actor actor, Map<ActorId, Actor> actors) {
    List<Actor> chain = new ArrayList<>();
    Set<ActorId> seen = new HashSet<>();
    for (Actor a = actor; a != null && seen.add(a.id()); a = a.affiliation().map(actors::get).orElse(null)) {
      chain.add(a);
    }
    return chain;
  }

  /** A date in ISO 8601 of its precision, without the weekday. */
  static String isoDate(PartialDate date) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", date.year()));
    date.month().ifPresent(m -> text.append(String.format(Locale.ROOT, "-%02d", m)));
    date.day().ifPresent(d -> text.append(String.format(Locale.ROOT, "-%02d", d)));
    return text.toString();
  }

  private static String join(Collection<String> values) {
    return values.isEmpty() ? null : String.join(";", values);
  }

  private static String ids(Collection<? extends Object> ids) {
    return ids.isEmpty() ? null : ids.stream().map(Object::toString).collect(Collectors.joining(";"));
  }

  /** Walks the claims of reports into rows of {@code claims.csv}, remembering each claim for the evidence table. */
  private static final class Claims {
    record Found(String id, String source, Claim claim) {}

    final Table.Builder table = new Table.Builder(CLAIMS, "one claim", CLAIM_COLUMNS);
    final List<Found> found = new ArrayList<>();
    private final Map<ActorId, String> names = new HashMap<>();
    private final Map<SourceId, SourceKind> kinds = new HashMap<>();
    private Report report;

    Claims(Dataset dataset) {
      dataset.actors().forEach(a -> names.putIfAbsent(a.id(), a.name()));
      dataset.sources().forEach(s -> kinds.putIfAbsent(s.id(), s.kind()));
    }

    void add(Report r) {
      this.report = r;
      r.date().ifPresent(d -> date(row("/date", null, "date", d), d.value(), DateRole.HELD));
      r.venue().ifPresent(v -> venue(row("/venue", null, "venue", v), v.value()));
      r.duration().ifPresent(d -> row("/duration", null, "duration", d).set("amount", d.value().minutes())
          .set("qualifier", d.value().qualifier().wireName()).set("unit", "minutes"));
      for (int i = 0; i < r.delegations().size(); i++) {
        Delegation d = r.delegations().get(i);
        String at = "/delegations/" + i;
        Table.Builder.Row row = actor(row(at, null, "delegation", d), "actor", d.party())
            .set("kind", d.role().wireName());
        d.head().ifPresent(h -> actor(row, "counterpart", h));
        for (int m = 0; m < d.members().size(); m++) {
          DelegationMember member = d.members().get(m);
          actor(actor(row(at + "/members/" + m, id(at), "member", member), "actor", member.person()),
              "counterpart", d.party()).set("value", member.title().orElse(null));
        }
      }
      for (int i = 0; i < r.demands().size(); i++) {
        Demand d = r.demands().get(i);
        String at = "/demands/" + i;
        actor(actor(row(at, null, "demand", d), "actor", d.by()), "counterpart", d.addressee())
            .set("key", d.key().orElse(null)).set("issue", d.issue().wireName())
            .set("other_issues", issues(d.otherIssues())).set("value", d.description().orElse(null));
        d.response().ifPresent(resp -> response(at, d, resp));
      }
      for (int i = 0; i < r.outcomes().size(); i++) {
        Outcome o = r.outcomes().get(i);
        String at = "/outcomes/" + i;
        row(at, null, "outcome", o).set("key", o.key().orElse(null)).set("issue", o.issue().wireName())
            .set("other_issues", issues(o.otherIssues())).set("kind", o.kind().wireName())
            .set("status", o.status().wireName()).set("value", o.description().orElse(null))
            .set("other_actors", ids(o.parties()));
        quantities(at, o.quantities(), o);
      }
      for (int i = 0; i < r.agreements().size(); i++) {
        agreement("/agreements/" + i, r.agreements().get(i));
      }
      for (int i = 0; i < r.statements().size(); i++) {
        Statement s = r.statements().get(i);
        Table.Builder.Row row = actor(row("/statements/" + i, null, "statement", s), "actor", s.speaker())
            .set("kind", s.mode().wireName()).set("value", s.words());
        s.onBehalfOf().ifPresent(b -> actor(row, "counterpart", b));
      }
      for (int i = 0; i < r.titles().size(); i++) {
        PersonTitle t = r.titles().get(i);
        actor(row("/titles/" + i, null, "title", t), "actor", t.person()).set("value", t.title());
      }
      for (int i = 0; i < r.dates().size(); i++) {
        DateClaim d = r.dates().get(i);
        Table.Builder.Row row = row("/dates/" + i, null, "date", d).set("date_role", d.role().wireName())
            .set("time", d.time().map(Object::toString).orElse(null))
            .set("key", d.agreement().map(Object::toString).or(() -> d.event()).orElse(null));
        d.date().ifPresent(date -> date(row, date, d.role()));
        d.day().ifPresent(day -> row.set("amount", day).set("unit", "day"
            + d.phase().map(p -> " of phase " + p).orElse("")));
      }
      for (int i = 0; i < r.roles().size(); i++) {
        RoleClaim role = r.roles().get(i);
        actor(row("/roles/" + i, null, "role", role), "actor", role.actor()).set("kind", role.role().wireName());
      }
      for (int i = 0; i < r.events().size(); i++) {
        ProcessEvent e = r.events().get(i);
        Table.Builder.Row row = row("/events/" + i, null, "event", e).set("key", e.key().orElse(null))
            .set("kind", e.kind().wireName()).set("other_actors", ids(e.actors()))
            .set("value", e.description().orElse(e.reason().map(reason -> "because " + reason).orElse(null)))
            .set("time", e.time().map(Object::toString).orElse(null));
        e.date().ifPresent(d -> date(row, d, null));
        e.venue().ifPresent(v -> venue(row, v));
      }
      for (int i = 0; i < r.facts().size(); i++) {
        FactClaim f = r.facts().get(i);
        String at = "/facts/" + i;
        Table.Builder.Row row = row(at, null, "fact", f).set("key", f.key().orElse(null)).set("value", f.description());
        f.actor().ifPresent(a -> actor(row, "actor", a));
        f.date().or(() -> f.since()).ifPresent(d -> date(row, d, null));
        f.duration().ifPresent(d -> row.set("amount", d.minutes()).set("qualifier", d.qualifier().wireName())
            .set("unit", "minutes"));
        f.quantity().ifPresent(q -> quantities(at, List.of(q), f));
      }
    }

    private void response(String demandAt, Demand demand, Response response) {
      actor(actor(row(demandAt + "/response", id(demandAt), "response", response), "actor", response.by()),
          "counterpart", demand.by()).set("status", response.kind().wireName())
          .set("issue", demand.issue().wireName()).set("value", response.description().orElse(null));
    }

    private void agreement(String at, AgreementClaim a) {
      row(at, null, "agreement", a).set("key", a.agreement()).set("status", a.status().map(WireEnum::wireName)
          .orElse(null));
      for (int p = 0; p < a.participants().size(); p++) {
        AgreementParticipant participant = a.participants().get(p);
        actor(row(at + "/participants/" + p, id(at), "participant", a), "actor", participant.actor())
            .set("key", a.agreement()).set("kind", participant.role().wireName());
      }
      for (int p = 0; p < a.provisions().size(); p++) {
        Provision provision = a.provisions().get(p);
        String provisionAt = at + "/provisions/" + p;
        Table.Builder.Row row = row(provisionAt, id(at), "provision", a).set("key", provision.key().orElse(null))
            .set("value", provision.description().orElse(null));
        if (!provision.issues().isEmpty()) {
          row.set("issue", provision.issues().get(0).wireName())
              .set("other_issues", issues(provision.issues().subList(1, provision.issues().size())));
        }
        provision.phase().ifPresent(phase -> row.set("qualifier", "phase").set("amount", phase.number().orElse(null))
            .set("unit", phase.days().map(days -> days + " days").orElse(null)));
        quantities(provisionAt, provision.quantities(), a);
      }
    }

    private void quantities(String parentAt, List<Quantity> quantities, Claim claim) {
      for (int q = 0; q < quantities.size(); q++) {
        Quantity quantity = quantities.get(q);
        Table.Builder.Row row = row(parentAt + "/quantities/" + q, id(parentAt), "quantity", claim)
            .set("amount", quantity.amount()).set("max", quantity.max().orElse(null))
            .set("qualifier", quantity.qualifier().wireName()).set("unit", quantity.unit())
            .set("basis", quantity.basis().wireName()).set("value", quantity.words().orElse(null));
        List<String> ways = new ArrayList<>();
        quantity.by().ifPresent(a -> ways.add(a.value()));
        quantity.to().ifPresent(a -> ways.add(a.value()));
        row.set("other_actors", ways.isEmpty() ? null : String.join(";", ways));
      }
    }

    /** A new row for a claim at this pointer inside the report, with the columns every claim has. */
    private Table.Builder.Row row(String at, String parent, String type, Claim claim) {
      String id = id(at);
      found.add(new Found(id, report.source().value(), claim));
      Table.Builder.Row row = table.add().set("claim", id).set("parent", parent).set("report", report.id())
          .set("negotiation", report.negotiation()).set("source", report.source())
          .set("source_kind", Optional.ofNullable(kinds.get(report.source())).map(WireEnum::wireName).orElse(null))
          .set("claim_type", type).set("note", claim.note().orElse(null))
          .set("evidence_count", claim.evidence().size());
      claim.assessment().ifPresent(a -> row.set("verdict", a.verdict().wireName())
          .set("assessment_note", a.note().orElse(null)));
      if (!claim.evidence().isEmpty()) {
        Evidence e = claim.evidence().get(0);
        row.set("evidence_text", e.text()).set("evidence_start", e.start()).set("evidence_end", e.end())
            .set("evidence_part", e.part().map(WireEnum::wireName).orElse(null));
      }
      return row;
    }

    private String id(String at) {
      return report.id().value() + "#" + at;
    }

    private Table.Builder.Row actor(Table.Builder.Row row, String role, ActorId actor) {
      return row.set(role + "_id", actor).set(role + "_name", names.get(actor));
    }

    private static void date(Table.Builder.Row row, PartialDate date, DateRole role) {
      row.set("date", isoDate(date))
          .set("date_weekday", date.dayOfWeek().map(w -> w.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse(null))
          .set("date_role", role == null ? null : role.wireName());
    }

    private static void venue(Table.Builder.Row row, Venue venue) {
      row.set("place", venue.name()).set("city", venue.city().orElse(null));
      if (row.get("value").isEmpty()) {
        row.set("value", venue.name() + venue.city().map(c -> ", " + c).orElse(""));
      }
    }

    private static String issues(List<Issue> issues) {
      return issues.isEmpty() ? null : issues.stream().map(Issue::wireName).collect(Collectors.joining(";"));
    }
  }
}
