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

  /** The day each source was published, where it gives a whole day: relative dates count from it. */
  private final Map<org.parley.model.SourceId, org.parley.model.PartialDate> published = new java.util.HashMap<>();

  private Reconciler(List<Actor> actors, List<org.parley.model.Agreement> agreements,
      List<org.parley.model.Source> sources) {
    this.actors = new ActorResolver(actors);
    agreements.forEach(a -> agreementNames.putIfAbsent(a.id(), a.name()));
    sources.forEach(s -> s.publicationDate().filter(d -> d.day().isPresent())
        .ifPresent(d -> published.putIfAbsent(s.id(), d)));
    this.rules = new Conflicts(this::thingCounted, this::direction, this.actors);
  }

  /** A reconciler that knows these actors and their aliases. */
  public static Reconciler of(List<Actor> actors) {
    return new Reconciler(actors, List.of(), List.of());
  }

  /**
   * A reconciler that knows the actors, agreements and sources of {@code dataset}: a date a source
   * gives relative to its publication ("yesterday", "next Monday") is compared as the calendar date it
   * names when the source's publication day is known ({@link org.parley.model.DateClaim#countedFrom}).
   */
  public static Reconciler of(Dataset dataset) {
    return new Reconciler(dataset.actors(), dataset.agreements(), dataset.sources());
  }

  /** The date claim as it is compared: its relative date counted from its source's publication day, if known. */
  DateClaim counted(DateClaim date, org.parley.model.SourceId source) {
    if (date.relative().isEmpty() || !published.containsKey(source)) {
      return date;
    }
    return date.countedFrom(published.get(source)).orElse(date);
  }

  /** The day {@code source} was published, if the reconciler knows it. */
  java.util.Optional<org.parley.model.PartialDate> published(org.parley.model.SourceId source) {
    return java.util.Optional.ofNullable(published.get(source));
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
    Reconciliation[] built = new Reconciliation[1];
    session.filings.get(negotiation.id()).handTo(new Collect(r -> built[0] = r));
    return built[0];
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
   * {@link #reconcile} first files them (document order, statements last); none for a report of another negotiation. With {@link #item}
   * this lets an engine spread one negotiation's reconciliation over many workers by item.
   */
  public List<String> itemKeys(Negotiation negotiation, Report report) {
    Session session = new Session(List.of(negotiation), null);
    session.add(report);
    return List.copyOf(session.filings.get(negotiation.id()).groups.keySet());
  }

  /**
   * The item {@code key} of the reconciliation of {@code reports}, exactly as {@link #reconcile} gives
   * it for the same reports in the same order; empty when no claim of theirs is filed under it, or
   * when it is a quote that only one source gives (which {@link #reconcile} does not show).
   * Reports of other negotiations are ignored.
   */
  public Optional<Item> item(Negotiation negotiation, List<Report> reports, String key) {
    Session session = new Session(List.of(negotiation), key);
    reports.forEach(session::add);
    return session.filings.get(negotiation.id()).item(key);
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

  String agreementName(AgreementId id) {
    return agreementNames.getOrDefault(id, id.value());
  }

  ActorResolver actors() {
    return actors;
  }

  Conflicts rules() {
    return rules;
  }

  /**
   * Reconciles the reports of some negotiations as they come: {@link #add} files each report's claims
   * under their items, {@link #finish} compares each item's values and gives the reconciliations. Not
   * for use by several threads at once.
   */
  public final class Session {

    private final Map<NegotiationId, Filing> filings = new LinkedHashMap<>();
    private final SessionTables tables = new SessionTables();
    private boolean finished;

    private Session(List<Negotiation> negotiations, String only) {
      negotiations.forEach(n -> filings.computeIfAbsent(n.id(), id -> new Filing(Reconciler.this, n, only, tables)));
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
}
