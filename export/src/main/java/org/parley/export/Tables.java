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
import org.parley.model.ActKind;
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
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.EventTiming;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Magnitude;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeRank;
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
import org.parley.model.RelativeDate;
import org.parley.model.ResponseKind;
import org.parley.model.RoundFormat;
import org.parley.model.RoleClaim;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Tone;
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
  static final List<String> CLAIM_TYPES = List.of("date", "venue", "duration", "format", "delegation", "member", "demand",
      "response", "outcome", "agreement", "participant", "provision", "quantity", "statement", "title", "role",
      "event", "fact", "act");

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
          + " events, facts, dates that have one), or the agreement's id for agreement claims, or for a date"
          + " without a key the agreement or event it dates."),
      text("actor_id", "The actor who acts or speaks: the demander, the responder, the speaker, the person given a"
          + " title, the delegation's party, the member, the participant, the actor a role or fact is about, the"
          + " party whose step an agreement's status or a date is (since format 1.2)."),
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
          + String.join(", ", wire(NegotiationRole.values())) + "), an act's kind ("
          + String.join(", ", wire(ActKind.values())) + "; since format 1.2), the talks' format ("
          + String.join(", ", wire(RoundFormat.values())) + "; since format 1.2)."),
      text("status", "Where the claim stands, as the wire name of its own enumeration: a response's kind ("
          + String.join(", ", wire(ResponseKind.values())) + "), an outcome's status ("
          + String.join(", ", wire(OutcomeStatus.values())) + "), an agreement's status ("
          + String.join(", ", wire(AgreementStatus.values())) + ")."),
      oneOf("rank", "Where the source ranks an outcome among those of the talks: `only` (\"the only tangible"
          + " outcome\"), `among_few`, `largest` (since format 1.2).", wire(OutcomeRank.values())),
      text("value", "What the claim says, in words: a demand's, outcome's, provision's, event's or fact's"
          + " description, a statement's words, a title, a venue's name, a response's description."),
      text("qualifier", "How exact a number is: for a duration "
          + String.join(", ", wire(DurationQualifier.values())) + "; for a quantity "
          + String.join(", ", wire(QuantityQualifier.values())) + "."),
      integer("amount", "A number: a duration in minutes (the talks', or since format 1.2 a demand's, outcome's,"
          + " agreement's, provision's or event's own), a quantity's amount (the lower end of a range)."),
      text("duration", "A duration as an ISO 8601 duration (`PT90M`, `PT2H`, `P1095D`), in whole days when it is"
          + " whole days; the `qualifier` says how exact it is."),
      integer("max", "The upper end of a quantity's range."),
      text("unit", "What is counted (`prisoners of war`), or `minutes` for a duration."),
      oneOf("basis", "Whether a quantity counts per party or in all.", wire(QuantityBasis.values())),
      text("phase_day", "The day within a phase a quantity falls on, as the source counts it (`Day 7 of phase 1`;"
          + " since format 1.2)."),
      oneOf("magnitude", "The order of magnitude a quantity gives in words instead of a number (since format 1.2):"
          + " `amount` is then the least the words allow (200 for hundreds) and `qualifier` at_least.",
          wire(Magnitude.values())),
      date("date", "The date the claim gives, as precisely as the source gives it."),
      text("date_weekday", "The weekday the source names, in English (`Friday`), when it names one."),
      oneOf("date_relative", "A date relative to the source's publication (`next_week`, `coming_days`), as the source"
          + " gives it (since format 1.2).", wire(RelativeDate.values())),
      oneOf("date_role", "What the date is of: held for the report's own date.", wire(DateRole.values())),
      text("time", "The time of day, ISO 8601 with its UTC offset when the source gives one (`08:30+02:00`)."),
      oneOf("timing", "When an event happened against the talks the report is about, where the source says so"
          + " without a date (since format 1.2).", wire(EventTiming.values())),
      text("cause", "The key of the event an event followed from, as the source tells it (since format 1.2)."),
      oneOf("tone", "How a statement's speaker takes the talks, as the source tells it (since format 1.2).",
          wire(Tone.values())),
      text("about", "The claim a statement speaks to: its kind and key (an agreement's id), and where it speaks to"
          + " one value of it, that value as `field=value` (`agreement agreement:x type=peace_agreement`; since"
          + " format 1.2)."),
      oneOf("stance", "What a statement says of the claim it speaks to.", wire(org.parley.model.Stance.values())),
      text("blame", "The actor a source holds responsible for an outcome, by id (since format 1.2)."),
      text("since_event", "The key of the event a fact counts from, as the source names it (since format 1.2)."),
      text("place", "A venue's name."),
      text("city", "A venue's city."),
      list("regions", "The places a demand, an outcome or a provision names, as written (the outcome's since format"
          + " 1.2): `Donetsk;Luhansk`."),
      list("conditions", "The conditions a demand or a provision sets, or a threat's condition, each in the source's"
          + " words (`if no new agreement is reached`)."),
      list("phase", "The phase a provision belongs to, as the source gives it: its number, name and length"
          + " (`1;humanitarian phase;42 days`)."),
      list("links", "How an agreement claim relates its agreement to others, each as `relation agreement-id`"
          + " (`extends agreement:truce;implements agreement:framework`; since format 1.2)."),
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
      oneOf("classification", "Whether the sources agree on the item, only one reports it, they conflict, or they differ in a way the rules cannot decide (unclear).",
          wire(Classification.values())),
      text("value", "One value the sources give, in words."),
      text("source", "One source that gives this value, by id: one row per item, value and claim."),
      text("claim", "The claim of that source the value comes from, as its id in `claims.csv` (its report, `#`, its"
          + " JSON Pointer in the report)."),
      oneOf("verdict", "The encoder's verdict on that claim; empty where none.", wire(Verdict.values())),
      list("conflicts", "The item's conflict codes (`conflict.date`), the same on every row of the item."),
      text("reason", "Why the item is in conflict, or what differs that the rules cannot decide (unclear), in words."));

  /**
   * A duration as ISO 8601: whole days as {@code P3D}, otherwise hours and minutes ({@code PT2H},
   * {@code PT1H30M}), as {@link java.time.Duration#toString} writes them.
   */
  static String isoDuration(DurationEstimate d) {
    long minutes = d.minutes();
    return minutes > 0 && minutes % (24 * 60) == 0 ? "P" + minutes / (24 * 60) + "D"
        : java.time.Duration.ofMinutes(minutes).toString();
  }

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
        new Table(RECONCILIATION, "claim behind one value of one reconciled item", RECONCILIATION_COLUMNS,
            List.of()));
  }

  /** The claims table and the evidence table, in that order, from one walk over the reports. */
  static List<Table> claimsAndEvidence(Dataset dataset) {
    ClaimRows claims = ClaimRows.of(dataset);
    Table.Builder table = evidence();
    claims.rows.forEach(found -> evidence(found, table));
    return List.of(claims.table.build(), table.build());
  }

  /** An empty evidence table. */
  static Table.Builder evidence() {
    return new Table.Builder(EVIDENCE, "one evidence passage of a claim", EVIDENCE_COLUMNS);
  }

  /** The evidence rows of one row of the claims table: one per passage. */
  static void evidence(ClaimRows.ClaimRow found, Table.Builder table) {
    for (int i = 0; i < found.shown().evidence().size(); i++) {
      Evidence e = found.shown().evidence().get(i);
      table.add().set("claim", found.id()).set("passage", i + 1).set("source", found.source()).set("text", e.text())
          .set("start", e.start()).set("end", e.end()).set("part", e.part().map(WireEnum::wireName).orElse(null))
          .set("language", e.language().orElse(null));
    }
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
          .set("sha256", s.document().flatMap(d -> d.sha256()).orElse(null));
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
    Table.Builder table = reconciliation();
    Reconciler.reconcileAll(dataset).forEach(r -> reconciliation(r, table));
    return table.build();
  }

  /** An empty reconciliation table. */
  static Table.Builder reconciliation() {
    return new Table.Builder(RECONCILIATION, "claim behind one value of one reconciled item", RECONCILIATION_COLUMNS);
  }

  /** The rows of one negotiation's reconciliation: one per claim behind each value of each item. */
  static void reconciliation(Reconciliation r, Table.Builder table) {
    for (Item item : r.items()) {
      String conflicts = item.conflicts().stream().map(Conflict::code).collect(Collectors.joining(";"));
      for (Position position : item.positions()) {
        for (Support support : position.support()) {
          table.add().set("negotiation", r.negotiation()).set("item", item.key()).set("subject", item.subject())
              .set("classification", item.classification().wireName()).set("value", position.value())
              .set("source", support.source().value())
              .set("claim", support.report().value() + "#" + support.pointer())
              .set("verdict", support.assessment().map(a -> a.verdict().wireName()).orElse(null))
              .set("conflicts", conflicts).set("reason", item.reason().orElse(null));
        }
      }
    }
  }


  /**
   * The key by which one article is known across datasets (two coders' encodings of it): its
   * document's SHA-256 ({@code sha256:...}), else the source's id.
   */
  public static String sourceKey(Source source) {
    return source.document().flatMap(d -> d.sha256()).map(h -> "sha256:" + h).orElse(source.id().value());
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
}
