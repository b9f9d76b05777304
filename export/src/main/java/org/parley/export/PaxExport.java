package org.parley.export;

import static org.parley.export.Column.date;
import static org.parley.export.Column.oneOf;
import static org.parley.export.Column.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.ClaimVisitor;
import org.parley.model.Claims;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.model.RecordSink;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Located;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;

/**
 * Agreements as rows in the manner of PA-X, the Peace Agreements Database of the University of
 * Edinburgh: one row per agreement claim of a report (sources disagree about agreements, so each
 * keeps its row), with Parley's provenance first and then those of PA-X's columns that Parley can
 * fill, under PA-X's own names. What Parley cannot fill is left out rather than guessed; the codebook
 * lists what and why.
 *
 * <table>
 *   <caption>PA-X columns and where Parley takes them from</caption>
 *   <tr><th>column</th><th>from</th></tr>
 *   <tr><td>{@code Con}</td><td>the names of the negotiation's parties that are states, joined by {@code /}</td></tr>
 *   <tr><td>{@code Agt}</td><td>the agreement's name</td></tr>
 *   <tr><td>{@code Dat}</td><td>the report's date claim of role signed for the agreement, when it gives a day</td></tr>
 *   <tr><td>{@code Status}</td><td>{@code Multiparty signed/agreed} when the claim says agreed or later and
 *       names two signatories or more; empty otherwise</td></tr>
 *   <tr><td>{@code Agtp}</td><td>{@code Inter} when every signatory is a state or acts for one; empty otherwise
 *       (telling intrastate from mixed needs the conflict, which Parley does not record)</td></tr>
 *   <tr><td>{@code Stage}</td><td>{@code Cea} for a ceasefire; empty for other types, which do not say whether
 *       the text is partial or comprehensive</td></tr>
 *   <tr><td>{@code Part}, {@code ThrdPart}</td><td>the signatories; the witnesses, guarantors and mediators with
 *       their role</td></tr>
 *   <tr><td>{@code Loc1ISO}, {@code Loc2ISO}</td><td>the ISO 3166-1 alpha-3 codes of the first two signatories'
 *       countries</td></tr>
 * </table>
 */
public final class PaxExport {

  private PaxExport() {}

  /** PA-X's value of {@code Status} for an agreement signed or agreed by several parties. */
  static final String MULTIPARTY = "Multiparty signed/agreed";

  static final List<Column> COLUMNS = List.of(
      text("agreement", "Parley's id of the agreement."),
      text("report", "The report that makes the claim, by id."),
      text("source", "The source of that report, by id."),
      oneOf("status", "The agreement's status as this source reports it (Parley's own value).",
          Tables.wire(AgreementStatus.values())),
      text("status_by", "The party whose step the status is, by id, when the source reports one party's step"
          + " (approved by one cabinet; since format 1.2)."),
      text("links", "How this source relates the agreement to others, each as `relation agreement-id`, separated"
          + " by `; ` (`extends agreement:truce`; since format 1.2). PA-X's `StageSub` and `OthAgr` are not"
          + " filled from them: they describe the agreement's text, and these are what one source says."),
      text("Con", "PA-X country/entity: the names of the negotiation's parties that are states, joined by `/`."),
      text("Agt", "PA-X agreement name: the agreement's name."),
      date("Dat", "PA-X date signed: the day this source gives for the signature; empty when it gives none."),
      oneOf("Status", "PA-X status: `" + MULTIPARTY + "` when this source says the agreement was agreed or"
          + " concluded later and names two signatories or more; empty otherwise.", List.of(MULTIPARTY)),
      oneOf("Agtp", "PA-X agreement type: `Inter` when every signatory is a state or acts for one; empty otherwise"
          + " (intrastate and mixed need the conflict, which Parley does not record).", List.of("Inter")),
      oneOf("Stage", "PA-X stage: `Cea` for a ceasefire; empty for other types, which do not say whether the text"
          + " is partial or comprehensive.", List.of("Cea")),
      text("Part", "PA-X parties: the signatories' names, separated by `; `."),
      text("ThrdPart", "PA-X third parties: the witnesses, guarantors and mediators, each with its role in"
          + " brackets, separated by `, `."),
      text("Loc1ISO", "PA-X location: the ISO 3166-1 alpha-3 code of the first signatory's country."),
      text("Loc2ISO", "PA-X location: that of the next signatory with another country."));

  /**
   * What the PA-X-style rows leave out of PA-X's columns, and why; for the codebook.
   */
  static final String LEFT_OUT = "Left out of PA-X's columns, as Parley has no counterpart: `Contp` (conflict"
      + " type), `PP` and `PPName` (PA-X's peace process), `Reg` (region), `AgtId` and `Ver` (PA-X's own ids),"
      + " `Lgt` and `N_characters` (the agreement text's length: Parley reads reports, not agreement texts),"
      + " `StageSub`, `OthAgr`, `Loc1GWNO`, `Loc2GWNO`, `UcdpCon`, `UcdpAgr`, `PamAgr`, `CowWar`, and the issue"
      + " variables (`GeWom`, `Polps`, `Terps`, `Eps`, `Mps`, `Pol`, `HrFra`, `TjMech` and the rest), which PA-X"
      + " scores from 0 to 3 by how much detail an agreement's text gives on each topic: Parley knows which issues"
      + " a provision is about, not how much of the text is about them.";

  /** The PA-X-style rows of a dataset's agreement claims. */
  public static Table table(Dataset dataset) {
    Table.Builder table = new Table.Builder("pax", "one agreement as one source reports it", COLUMNS);
    Rows rows = new Rows(table);
    rows.all(dataset);
    return table.build();
  }

  /**
   * The PA-X-style rows of a dataset that arrives record by record, as a JSON Lines file is read,
   * written to {@code out} as each report comes (the header first, cells as {@code cells} says) without
   * holding the reports; {@link Writer#finish} completes the table. Not thread-safe.
   */
  public static final class Writer implements RecordSink {
    private final Table.Builder table = new Table.Builder("pax", "one agreement as one source reports it", COLUMNS);
    private final Rows rows = new Rows(table);
    private final CsvExport.Rows out;

    /** Rows written to {@code out}, which is left open; the header is written now. */
    public Writer(java.io.OutputStream out, CsvExport.Cells cells) throws java.io.IOException {
      this.out = new CsvExport.Rows("pax", COLUMNS, out, cells);
    }

    @Override
    public void actor(Actor actor) {
      rows.actor(actor);
    }

    @Override
    public void negotiation(Negotiation negotiation) {
      rows.negotiation(negotiation);
    }

    @Override
    public void agreement(Agreement agreement) {
      rows.agreement(agreement);
    }

    @Override
    public void source(Source source) {}

    /**
     * Writes the rows of the report's agreement claims.
     *
     * @throws java.io.UncheckedIOException if they cannot be written
     */
    @Override
    public void report(Report report) {
      rows.report(report);
      try {
        for (List<String> row : table.take()) {
          out.write(row);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Completes the table and flushes it. */
    public void finish() throws java.io.IOException {
      out.close();
    }
  }

  /** Makes the rows of each report's agreement claims into a table, the index kept. */
  private static final class Rows implements RecordSink {
    private final Table.Builder table;
    private final Map<ActorId, Actor> actors = new HashMap<>();
    private final Map<AgreementId, Agreement> agreements = new HashMap<>();
    private final Map<NegotiationId, Negotiation> negotiations = new HashMap<>();

    Rows(Table.Builder table) {
      this.table = table;
    }

    @Override
    public void actor(Actor actor) {
      actors.putIfAbsent(actor.id(), actor);
    }

    @Override
    public void negotiation(Negotiation negotiation) {
      negotiations.putIfAbsent(negotiation.id(), negotiation);
    }

    @Override
    public void agreement(Agreement agreement) {
      agreements.putIfAbsent(agreement.id(), agreement);
    }

    @Override
    public void source(Source source) {}

    @Override
    public void report(Report report) {
      // Through the one walk of a report's claims: each agreement claim, in document order.
      Claims.walk(report, new ClaimVisitor() {
        @Override
        public void agreement(AgreementClaim claim, Located at) {
          Optional<Agreement> agreement = Optional.ofNullable(agreements.get(claim.agreement()));
          List<ActorId> signatories = claim.participants().stream().filter(p -> p.role() == AgreementRole.SIGNATORY)
              .map(AgreementParticipant::actor).toList();
          Table.Builder.Row row = table.add().set("agreement", claim.agreement()).set("report", report.id())
              .set("source", report.source()).set("status", claim.status().map(AgreementStatus::wireName).orElse(null))
              .set("status_by", claim.statusBy().orElse(null))
              .set("links", claim.links().isEmpty() ? null : claim.links().stream()
                  .map(AgreementLink::toString).collect(Collectors.joining("; ")))
              .set("Agt", agreement.map(Agreement::name).orElse(null))
              .set("Part", signatories.isEmpty() ? null : signatories.stream().map(a -> name(a, actors))
                  .collect(Collectors.joining("; ")));
          Negotiation negotiation = negotiations.get(agreement.flatMap(Agreement::negotiation).orElse(report.negotiation()));
          if (negotiation != null) {
            String states = negotiation.parties().stream().map(actors::get).filter(a -> a != null && a.kind() == ActorKind.STATE)
                .map(Actor::name).collect(Collectors.joining("/"));
            row.set("Con", states.isEmpty() ? null : states);
          }
          signed(report, claim.agreement()).ifPresent(day -> row.set("Dat", day));
          boolean concluded = claim.status()
              .map(AgreementStatus::concluded).orElse(false);
          if (concluded && signatories.size() >= 2) {
            row.set("Status", MULTIPARTY);
          }
          if (!signatories.isEmpty() && signatories.stream().allMatch(a -> state(a, actors).isPresent())) {
            row.set("Agtp", "Inter");
          }
          if (agreement.map(Agreement::type).orElse(null) == AgreementType.CEASEFIRE) {
            row.set("Stage", "Cea");
          }
          String third = claim.participants().stream().filter(p -> p.role() != AgreementRole.SIGNATORY)
              .map(p -> name(p.actor(), actors) + " (" + p.role().wireName() + ")").collect(Collectors.joining(", "));
          row.set("ThrdPart", third.isEmpty() ? null : third);
          Set<String> countries = new LinkedHashSet<>();
          signatories.forEach(a -> country(a, actors).ifPresent(countries::add));
          List<String> codes = new ArrayList<>(countries);
          row.set("Loc1ISO", codes.isEmpty() ? null : codes.get(0)).set("Loc2ISO", codes.size() < 2 ? null : codes.get(1));
        }
      });
    }
  }

  /** The day the report gives for the agreement's signature, in ISO 8601, if it gives a whole day. */
  private static Optional<String> signed(Report report, AgreementId agreement) {
    return report.dates().stream()
        .filter(d -> d.role() == DateRole.SIGNED && d.agreement().filter(agreement::equals).isPresent())
        .map(DateClaim::date).flatMap(Optional::stream).filter(d -> d.day().isPresent())
        .map(Tables::isoDate).findFirst();
  }

  private static String name(ActorId id, Map<ActorId, Actor> actors) {
    Actor actor = actors.get(id);
    return actor == null ? id.value() : actor.name();
  }

  /** The state this actor is or acts for, following affiliations (a cycle ends the walk). */
  private static Optional<Actor> state(ActorId id, Map<ActorId, Actor> actors) {
    return Optional.ofNullable(actors.get(id)).stream()
        .flatMap(actor -> Tables.affiliationChain(actor, actors).stream())
        .filter(a -> a.kind() == ActorKind.STATE).findFirst();
  }

  /** The actor's own country code, or that of the state it acts for. */
  private static Optional<String> country(ActorId id, Map<ActorId, Actor> actors) {
    return Optional.ofNullable(actors.get(id)).flatMap(Actor::country).or(() -> state(id, actors).flatMap(Actor::country));
  }
}
