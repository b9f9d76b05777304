package org.parley.export;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.model.Act;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementParticipant;
import org.parley.model.Claim;
import org.parley.model.ClaimType;
import org.parley.model.ClaimVisitor;
import org.parley.model.Claims;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.JsonPointer;
import org.parley.model.Located;
import org.parley.model.Outcome;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.Reported;
import org.parley.model.RoundFormat;
import org.parley.model.Response;
import org.parley.model.RoleClaim;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.Venue;
import org.parley.model.WireEnum;

/**
 * The rows of {@code claims.csv}, one walk over the reports' claims ({@link Claims#walk}): one row
 * per claim, and one per part of a claim that has its own actors or numbers (an agreement's
 * participants, a quantity). Each row keeps its claim typed ({@link ClaimRow}), so the HTML report
 * reads places and evidence from the claims themselves and only the words of the row from its cells.
 */
final class ClaimRows {

  /**
   * The order {@code claims.csv} lists a report's claims in: document order, except that agreements
   * (with their participants and provisions) come before statements, as they always have, so the
   * tables stay the same byte for byte.
   */
  private static final List<ClaimType> ORDER = List.of(ClaimType.TALKS_DATE, ClaimType.VENUE, ClaimType.DURATION,
      ClaimType.TALKS_FORMAT, ClaimType.DELEGATION, ClaimType.DEMAND, ClaimType.OUTCOME, ClaimType.AGREEMENT,
      ClaimType.STATEMENT, ClaimType.TITLE, ClaimType.DATE, ClaimType.ROLE, ClaimType.EVENT, ClaimType.FACT,
      ClaimType.ACT);

  static {
    // A claim type left out of the order would sort before every other: each must have its place.
    if (!ORDER.containsAll(ClaimType.topLevel())) {
      throw new IllegalStateException("ClaimRows.ORDER lacks a claim type: " + ClaimType.topLevel());
    }
  }

  /**
   * One row: its id ({@code report#pointer}), the report's position in the dataset, the claim it is
   * of or is a part of ({@code located}; a part's pointer is {@code part}), the claim whose evidence
   * and assessment it shows, its noun ({@code claim_type}) and its cells.
   */
  record ClaimRow(String id, int report, String source, Located located, JsonPointer part, Claim shown, String type,
      Table.Builder.Row cells) {

    /** Where the row's claim or part is in the dataset: {@code /reports/2/demands/0}. */
    JsonPointer pointer() {
      return JsonPointer.root().child("reports", report).append(part);
    }
  }

  /** A part of a claim with passages of its own: the claim's verdict and note, its own passages. */
  private record OwnPassages(Claim of, List<Evidence> evidence) implements Claim {
    @Override
    public Optional<org.parley.model.Assessment> assessment() {
      return of.assessment();
    }

    @Override
    public Optional<String> note() {
      return of.note();
    }
  }

  final Table.Builder table = new Table.Builder(Tables.CLAIMS, "one claim", Tables.CLAIM_COLUMNS);
  final List<ClaimRow> rows = new ArrayList<>();
  private final Map<ActorId, String> names = new HashMap<>();
  private final Map<SourceId, SourceKind> kinds = new HashMap<>();

  /** Rows to be made report by report ({@link #add}), the actors and sources made known first. */
  ClaimRows() {}

  private ClaimRows(Dataset dataset) {
    dataset.actors().forEach(this::know);
    dataset.sources().forEach(this::know);
    for (int i = 0; i < dataset.reports().size(); i++) {
      add(dataset.reports().get(i), i);
    }
  }

  /** The rows of every report of {@code dataset}, in report order. */
  static ClaimRows of(Dataset dataset) {
    return new ClaimRows(dataset);
  }

  /** An actor whose name the rows give (the first of an id kept, as a dataset pools them). */
  void know(Actor actor) {
    names.putIfAbsent(actor.id(), actor.name());
  }

  /** A source whose kind the rows give. */
  void know(Source source) {
    kinds.putIfAbsent(source.id(), source.kind());
  }

  /** Adds the rows of one report, number {@code index} of its dataset (counted from 0). */
  void add(Report report, int index) {
    Rows visitor = new Rows(report, index);
    List<Located> claims = new ArrayList<>(Claims.of(report));
    claims.sort(Comparator.comparingInt(c -> ORDER.indexOf(top(c).type())));
    claims.forEach(c -> Claims.hand(c, visitor));
  }

  private static Located top(Located located) {
    return located.parent() == null ? located : top(located.parent());
  }

  /** Makes the rows of one report's claims. */
  private final class Rows implements ClaimVisitor {
    private final Report report;
    private final int index;

    Rows(Report report, int index) {
      this.report = report;
      this.index = index;
    }

    @Override
    public void talksDate(Reported<PartialDate> date, Located at) {
      dateCells(row(at, date), date.value(), DateRole.HELD);
    }

    @Override
    public void venue(Reported<Venue> venue, Located at) {
      venueCells(row(at, venue), venue.value());
    }

    @Override
    public void talksFormat(Reported<RoundFormat> format, Located at) {
      row(at, format).set("kind", format.value().wireName());
    }

    @Override
    public void duration(Reported<DurationEstimate> duration, Located at) {
      row(at, duration).set("amount", duration.value().minutes())
          .set("qualifier", duration.value().qualifier().wireName()).set("unit", "minutes")
          .set("duration", Tables.isoDuration(duration.value()));
    }

    @Override
    public void delegation(Delegation d, Located at) {
      Table.Builder.Row row = actor(row(at, d), "actor", d.party()).set("kind", d.role().wireName());
      d.head().ifPresent(h -> actor(row, "counterpart", h));
    }

    @Override
    public void member(DelegationMember member, Delegation delegation, Located at) {
      actor(actor(row(at, member), "actor", member.person()), "counterpart", delegation.party())
          .set("value", member.title().orElse(null));
    }

    @Override
    public void demand(Demand d, Located at) {
      lasting(actor(actor(row(at, d), "actor", d.by()), "counterpart", d.addressee())
          .set("key", d.key().orElse(null)).set("issue", d.issue().wireName())
          .set("other_issues", issues(d.otherIssues())).set("value", d.description().orElse(null))
          .set("regions", ids(d.regions())).set("conditions", ids(d.conditions())), d.duration());
    }

    @Override
    public void response(Response response, Demand demand, Located at) {
      actor(actor(row(at, response), "actor", response.by()), "counterpart", demand.by())
          .set("status", response.kind().wireName()).set("issue", demand.issue().wireName())
          .set("value", response.description().orElse(null));
    }

    @Override
    public void outcome(Outcome o, Located at) {
      lasting(row(at, o).set("key", o.key().orElse(null)).set("issue", o.issue().wireName())
          .set("other_issues", issues(o.otherIssues())).set("kind", o.kind().wireName())
          .set("status", o.status().wireName()).set("rank", o.rank().map(WireEnum::wireName).orElse(null))
          .set("blame", o.blame().map(Object::toString).orElse(null))
          .set("value", o.description().orElse(null))
          .set("other_actors", ids(o.parties())).set("regions", ids(o.regions())), o.duration());
      quantities(at, at.pointer(), o.quantities(), o);
    }

    @Override
    public void agreement(AgreementClaim a, Located at) {
      Table.Builder.Row row = row(at, a).set("key", a.agreement()).set("status", a.status().map(WireEnum::wireName)
          .orElse(null)).set("links", a.links().isEmpty() ? null : a.links().stream()
              .map(AgreementLink::toString).collect(Collectors.joining(";")));
      a.statusBy().ifPresent(by -> actor(row, "actor", by));
      lasting(row, a.duration());
      for (int p = 0; p < a.participants().size(); p++) {
        AgreementParticipant participant = a.participants().get(p);
        // A participant's own passages (format 1.2) are the row's; else it repeats the claim's.
        Claim shown = participant.evidence().isEmpty() ? a : new OwnPassages(a, participant.evidence());
        actor(add(at, at.pointer().child("participants", p), "participant", shown, id(at.pointer())), "actor",
            participant.actor())
            .set("key", a.agreement()).set("kind", participant.role().wireName());
      }
    }

    /** A provision's row shows its agreement claim's evidence, as the table always has. */
    @Override
    public void provision(Provision provision, AgreementClaim a, Located at) {
      Table.Builder.Row row = add(at, at.pointer(), "provision", a, id(at.parent().pointer()))
          .set("key", provision.key().orElse(null))
          .set("value", provision.description().orElse(null)).set("regions", ids(provision.regions()))
          .set("conditions", ids(provision.conditions()));
      if (!provision.issues().isEmpty()) {
        row.set("issue", provision.issues().get(0).wireName())
            .set("other_issues", issues(provision.issues().subList(1, provision.issues().size())));
      }
      provision.phase().ifPresent(phase -> row.set("phase", String.join(";", java.util.stream.Stream.of(
          phase.number().map(String::valueOf), phase.name(), phase.days().map(days -> days + " days"))
          .flatMap(java.util.Optional::stream).toList())));
      lasting(row, provision.duration());
      quantities(at, at.pointer(), provision.quantities(), a);
    }

    @Override
    public void statement(Statement s, Located at) {
      Table.Builder.Row row = actor(row(at, s), "actor", s.speaker()).set("kind", s.mode().wireName())
          .set("value", s.words()).set("tone", s.tone().map(WireEnum::wireName).orElse(null))
          .set("about", s.about().map(a -> a.kind().wireName() + " " + a.key() + a.field()
              .map(f -> " " + f + "=" + a.value().orElseThrow()).orElse("")).orElse(null))
          .set("stance", s.stance().map(WireEnum::wireName).orElse(null));
      s.onBehalfOf().ifPresent(b -> actor(row, "counterpart", b));
    }

    @Override
    public void title(PersonTitle t, Located at) {
      actor(row(at, t), "actor", t.person()).set("value", t.title());
    }

    @Override
    public void date(DateClaim d, Located at) {
      Table.Builder.Row row = row(at, d).set("date_role", d.role().wireName())
          .set("time", d.time().map(Object::toString).orElse(null))
          .set("key", d.key().or(() -> d.agreement().map(Object::toString)).or(() -> d.event()).orElse(null));
      d.actor().ifPresent(by -> actor(row, "actor", by));
      d.date().ifPresent(date -> dateCells(row, date, d.role()));
      d.weekday().ifPresent(w -> row.set("date_weekday", w.englishName()));
      d.relative().ifPresent(r -> row.set("date_relative", r.wireName()));
      d.day().ifPresent(day -> row.set("amount", day).set("unit", "day"
          + d.phase().map(p -> " of phase " + p).orElse("")));
    }

    @Override
    public void role(RoleClaim role, Located at) {
      actor(row(at, role), "actor", role.actor()).set("kind", role.role().wireName());
    }

    @Override
    public void event(ProcessEvent e, Located at) {
      Table.Builder.Row row = row(at, e).set("key", e.key().orElse(null))
          .set("kind", e.kind().wireName()).set("other_actors", ids(e.actors()))
          .set("value", e.description().orElse(e.reason().map(reason -> "because " + reason).orElse(null)))
          .set("time", e.time().map(Object::toString).orElse(null))
          .set("timing", e.timing().map(WireEnum::wireName).orElse(null)).set("cause", e.cause().orElse(null));
      e.date().ifPresent(d -> dateCells(row, d, null));
      e.venue().ifPresent(v -> venueCells(row, v));
      lasting(row, e.duration());
    }

    @Override
    public void fact(FactClaim f, Located at) {
      Table.Builder.Row row = row(at, f).set("key", f.key().orElse(null)).set("value", f.description())
          .set("since_event", f.sinceEvent().orElse(null));
      f.actor().ifPresent(a -> actor(row, "actor", a));
      f.date().or(() -> f.since()).ifPresent(d -> dateCells(row, d, null));
      lasting(row, f.duration());
      f.quantity().ifPresent(q -> quantity(at, at.pointer().child("quantity"), q, f, id(at.pointer())));
      quantities(at, at.pointer(), f.quantities(), f);
    }

    @Override
    public void act(Act a, Located at) {
      Table.Builder.Row row = actor(row(at, a), "actor", a.by()).set("key", a.key().orElse(null))
          .set("kind", a.kind().wireName()).set("issue", a.issue().map(WireEnum::wireName).orElse(null))
          .set("value", a.description().orElse(null)).set("conditions", ids(a.condition().stream().toList()))
          .set("timing", a.timing().map(WireEnum::wireName).orElse(null));
      a.target().ifPresent(t -> actor(row, "counterpart", t));
      a.date().ifPresent(d -> dateCells(row, d, null));
    }

    /** A claim's own length: in minutes with its qualifier, and as an ISO 8601 duration. */
    private static void lasting(Table.Builder.Row row, java.util.Optional<DurationEstimate> duration) {
      duration.ifPresent(d -> row.set("amount", d.minutes()).set("qualifier", d.qualifier().wireName())
          .set("unit", "minutes").set("duration", Tables.isoDuration(d)));
    }

    private void quantities(Located of, JsonPointer parentAt, List<Quantity> quantities, Claim shown) {
      for (int q = 0; q < quantities.size(); q++) {
        quantity(of, parentAt.child("quantities", q), quantities.get(q), shown, id(parentAt));
      }
    }

    /** The row of one quantity, at {@code at}, part of the claim {@code parent}. */
    private void quantity(Located of, JsonPointer at, Quantity quantity, Claim shown, String parent) {
      Table.Builder.Row row = add(of, at, "quantity", shown, parent)
          .set("amount", quantity.amount()).set("max", quantity.max().orElse(null))
          .set("qualifier", quantity.qualifier().wireName()).set("unit", quantity.unit())
          .set("basis", quantity.basis().wireName()).set("value", quantity.words().orElse(null))
          .set("magnitude", quantity.magnitude().map(WireEnum::wireName).orElse(null))
          .set("phase_day", quantity.day().map(d -> "Day " + d + quantity.phase().map(p -> " of phase " + p)
              .orElse("")).orElse(null));
      List<String> ways = new ArrayList<>();
      quantity.by().ifPresent(a -> ways.add(a.value()));
      quantity.to().ifPresent(a -> ways.add(a.value()));
      row.set("other_actors", ways.isEmpty() ? null : String.join(";", ways));
    }

    /** The row of the claim {@code at}; a nested claim's parent column names the claim it is in. */
    private Table.Builder.Row row(Located at, Claim claim) {
      return add(at, at.pointer(), at.type().noun(), claim, at.parent() == null ? null : id(at.parent().pointer()));
    }

    /**
     * A new row, at {@code part}, of the claim {@code of} or a part of it, showing {@code claim}'s
     * evidence, with the columns every claim has.
     */
    private Table.Builder.Row add(Located of, JsonPointer part, String type, Claim claim, String parent) {
      String id = id(part);
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
      rows.add(new ClaimRow(id, index, report.source().value(), of, part, claim, type, row));
      return row;
    }

    private String id(JsonPointer at) {
      return report.id().value() + "#" + at;
    }

    private Table.Builder.Row actor(Table.Builder.Row row, String role, ActorId actor) {
      return row.set(role + "_id", actor).set(role + "_name", names.get(actor));
    }
  }

  private static void dateCells(Table.Builder.Row row, PartialDate date, DateRole role) {
    row.set("date", Tables.isoDate(date))
        .set("date_weekday", date.dayOfWeek().map(w -> w.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse(null))
        .set("date_role", role == null ? null : role.wireName());
  }

  private static void venueCells(Table.Builder.Row row, Venue venue) {
    row.set("place", venue.name()).set("city", venue.city().orElse(null));
    if (row.get("value").isEmpty()) {
      row.set("value", venue.name() + venue.city().map(c -> ", " + c).orElse(""));
    }
  }

  private static String issues(List<Issue> issues) {
    return issues.isEmpty() ? null : issues.stream().map(Issue::wireName).collect(Collectors.joining(";"));
  }

  private static String ids(Collection<? extends Object> ids) {
    return ids.isEmpty() ? null : ids.stream().map(Object::toString).collect(Collectors.joining(";"));
  }
}
