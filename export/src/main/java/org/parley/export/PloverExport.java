// Over 400 lines: one claim visitor maps every claim type to PLOVER's fields (event type, mode,
// context, actors), and PLOVER's vocabulary tables sit beside it.
package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Act;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.Claim;
import org.parley.model.ClaimVisitor;
import org.parley.model.Claims;
import org.parley.model.Dataset;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.Demand;
import org.parley.model.EventTiming;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.JsonPointer;
import org.parley.model.Located;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.Venue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset's claims as PLOVER event records (the event ontology of the Open Event Data Alliance,
 * manual draft version 2.0), one JSON object per line, in PLOVER's field names: {@code id},
 * {@code date}, {@code actor}, {@code recipient}, {@code event}, {@code mode}, {@code context},
 * {@code event_loc}, {@code event_text}, {@code text_info}, {@code cite_info}, {@code coder},
 * {@code comment}. Each record says what one source reports, so two sources reporting one event give
 * two records with the same {@code link} (the item's key where the claim has one).
 *
 * <p>The mapping, and what has no counterpart (written nowhere rather than forced into a category):
 *
 * <table>
 *   <caption>Parley claims and PLOVER events</caption>
 *   <tr><th>Parley</th><th>PLOVER event</th><th>mode</th></tr>
 *   <tr><td>a report of the talks (its delegations' parties, date, venue)</td><td>CONSULT</td>
 *       <td>third-party when the negotiation has a host or mediator that is not a party</td></tr>
 *   <tr><td>demand</td><td>REQUEST</td><td>by issue: yield (ceasefire, prisoners, hostages, withdrawal),
 *       meet (leaders meeting), change (recognition, elections, constitution, power sharing),
 *       assist (security guarantees, normalization, economic cooperation); none otherwise</td></tr>
 *   <tr><td>response rejected</td><td>REJECT</td><td>the demand's mode</td></tr>
 *   <tr><td>response accepted</td><td>AGREE</td><td>none</td></tr>
 *   <tr><td>response partially accepted, countered, deferred, unanswered</td><td>no counterpart</td><td></td></tr>
 *   <tr><td>outcome agreed (agreement, commitment, follow-up)</td><td>AGREE</td><td>none</td></tr>
 *   <tr><td>outcome implemented</td><td>RETREAT</td><td>release (prisoners, hostages), ceasefire, withdraw,
 *       access (humanitarian access), disarm; no record for other issues</td></tr>
 *   <tr><td>outcome discussed, proposed, not reached</td><td>no counterpart (PLOVER's negation mode is not
 *       implemented; the talks' CONSULT covers the discussion)</td><td></td></tr>
 *   <tr><td>agreement claim agreed</td><td>AGREE</td><td></td></tr>
 *   <tr><td>agreement claim initialled, signed, ratified</td><td>SUPPORT ("ratify, sign, or finalize an
 *       agreement")</td><td></td></tr>
 *   <tr><td>agreement claim proposed, negotiated, in force, suspended, violated, collapsed,
 *       terminated</td><td>no counterpart</td><td></td></tr>
 *   <tr><td>event convened, attended, resumed</td><td>CONSULT</td><td></td></tr>
 *   <tr><td>event proposed, next round scheduled</td><td>AGREE (future meetings and invitations)</td><td></td></tr>
 *   <tr><td>event declined, walked out</td><td>REJECT</td><td>meet</td></tr>
 *   <tr><td>event absent, trip cancelled, postponed, delayed, suspended, concluded, withdrew</td><td>no
 *       counterpart</td><td></td></tr>
 *   <tr><td>statements, titles, roles, dates, durations, facts</td><td>no counterpart: PLOVER codes acts, and
 *       Parley does not classify what a statement does</td><td></td></tr>
 *   <tr><td>act threatened</td><td>THREATEN</td><td>none (PLOVER's mode is the threat's content, which
 *       Parley keeps in words)</td></tr>
 *   <tr><td>act imposed sanctions</td><td>SANCTION (needs a target)</td><td>discontinue</td></tr>
 *   <tr><td>act suspended role (a mediator steps back)</td><td>SANCTION (needs a target)</td><td>withdraw</td></tr>
 *   <tr><td>act lifted sanctions, eased restrictions</td><td>CONCEDE</td><td></td></tr>
 *   <tr><td>act imposed restrictions</td><td>COERCE</td><td>restrict</td></tr>
 *   <tr><td>act attacked</td><td>ASSAULT</td><td>none</td></tr>
 *   <tr><td>act released</td><td>RETREAT</td><td>release</td></tr>
 *   <tr><td>act resumed role, other</td><td>no counterpart</td><td></td></tr>
 *   <tr><td>(no Parley claim)</td><td>ACCUSE, PROTEST, MOBILIZE, COOPERATE, AID</td><td></td></tr>
 * </table>
 *
 * <p>Contexts come from the issue ({@link Issue}'s Javadoc names each one's PLOVER counterpart);
 * the talks and meetings have context diplomatic. Actors are entity objects: {@code code} the ISO
 * 3166-1 alpha-3 code of the actor's country or of the state it acts for (UNO for the United Nations,
 * EUR for the European Union, IGO and NGO for other such organizations), {@code sector} GOV for states
 * and their officials, MIL for state forces, REB for armed groups, JRN for media, SOC for NGOs,
 * {@code entity_text} the actor's name, {@code identifier_id} its Wikidata id. {@code date} is the day
 * of the talks the report gives (its date, or a date claim of when they were held, such as a photo
 * caption's), except for process events (a side meeting, an absence), which have their own day. PLOVER
 * requires a day and Parley does not invent one: a record without one is left out and counted
 * ({@link Export#leftOut}), never written with a null date; so is a claim that names no actor (an outcome
 * without parties), as PLOVER requires one. A record's {@code id} is its report's id,
 * {@code #}, and {@code talks} for the talks themselves or the claim's JSON Pointer. {@code text_info}
 * start and end count Unicode code points, as Parley's evidence does.
 */
public final class PloverExport {

  /** The PLOVER manual the records follow. */
  public static final String CODEBOOK = "PLOVER manual, draft version 2.0";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Map<Issue, String> REQUEST_MODE = new EnumMap<>(Issue.class);
  private static final Map<Issue, String> RETREAT_MODE = new EnumMap<>(Issue.class);
  private static final Map<Issue, List<String>> CONTEXT = new EnumMap<>(Issue.class);

  static {
    for (Issue i : List.of(Issue.CEASEFIRE, Issue.PRISONERS, Issue.HOSTAGES, Issue.WITHDRAWAL)) {
      REQUEST_MODE.put(i, "yield");
    }
    REQUEST_MODE.put(Issue.LEADERS_MEETING, "meet");
    for (Issue i : List.of(Issue.RECOGNITION, Issue.ELECTIONS, Issue.CONSTITUTIONAL_REFORM, Issue.POWER_SHARING)) {
      REQUEST_MODE.put(i, "change");
    }
    for (Issue i : List.of(Issue.SECURITY_GUARANTEES, Issue.NORMALIZATION, Issue.ECONOMIC_COOPERATION)) {
      REQUEST_MODE.put(i, "assist");
    }
    RETREAT_MODE.put(Issue.PRISONERS, "release");
    RETREAT_MODE.put(Issue.HOSTAGES, "release");
    RETREAT_MODE.put(Issue.CEASEFIRE, "ceasefire");
    RETREAT_MODE.put(Issue.WITHDRAWAL, "withdraw");
    RETREAT_MODE.put(Issue.HUMANITARIAN_ACCESS, "access");
    RETREAT_MODE.put(Issue.DISARMAMENT_DEMOBILIZATION, "disarm");
    CONTEXT.put(Issue.TERRITORY, List.of("territory"));
    CONTEXT.put(Issue.SANCTIONS, List.of("economic"));
    CONTEXT.put(Issue.RECOGNITION, List.of("diplomatic"));
    CONTEXT.put(Issue.SECURITY_GUARANTEES, List.of("military"));
    CONTEXT.put(Issue.MILITARY_LIMITS, List.of("military"));
    CONTEXT.put(Issue.ACCOUNTABILITY, List.of("legal", "reparations"));
    CONTEXT.put(Issue.LEADERS_MEETING, List.of("diplomatic"));
    CONTEXT.put(Issue.HUMANITARIAN_ACCESS, List.of("human_security"));
    CONTEXT.put(Issue.DISPLACEMENT_AND_RETURN, List.of("migration", "asylum"));
    CONTEXT.put(Issue.MONITORING_AND_VERIFICATION, List.of("peacekeeping"));
    CONTEXT.put(Issue.CIVILIAN_PROTECTION, List.of("human_rights", "human_security"));
    CONTEXT.put(Issue.BORDER_DEMARCATION, List.of("territory"));
    CONTEXT.put(Issue.TRANSIT_AND_CONNECTIVITY, List.of("economic"));
    CONTEXT.put(Issue.NORMALIZATION, List.of("diplomatic"));
    CONTEXT.put(Issue.ECONOMIC_COOPERATION, List.of("economic"));
    CONTEXT.put(Issue.NUCLEAR_PROGRAM, List.of("cbrn"));
    CONTEXT.put(Issue.POWER_SHARING, List.of("political_institutions"));
    CONTEXT.put(Issue.ELECTIONS, List.of("election"));
    CONTEXT.put(Issue.CONSTITUTIONAL_REFORM, List.of("political_institutions"));
    CONTEXT.put(Issue.TRANSITIONAL_JUSTICE, List.of("legal", "human_rights"));
  }

  private final Map<ActorId, Actor> actors = new HashMap<>();
  private final Map<SourceId, Source> sources = new HashMap<>();
  private final Map<NegotiationId, Negotiation> negotiations = new HashMap<>();
  private final List<ObjectNode> records = new ArrayList<>();
  /** Records left out for want of a day, by reason. */
  private final Map<String, Integer> leftOut = new java.util.TreeMap<>();
  private Report report;
  /** The day of the talks the current report gives (its date, or a date claim of when they were held). */
  private Optional<PartialDate> talksDay;

  private PloverExport() {}

  private PloverExport(Dataset dataset) {
    dataset.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
    dataset.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
    dataset.negotiations().forEach(n -> negotiations.putIfAbsent(n.id(), n));
    dataset.reports().forEach(this::add);
  }

  /**
   * PLOVER records of a dataset that arrives record by record, as a JSON Lines file is read, written
   * to {@code out} as each report comes, without holding the reports (the actors, sources and
   * negotiations are kept): the lines {@link PloverExport#write(Dataset, OutputStream)} writes for the
   * same records. Not thread-safe.
   */
  public static final class Writer implements RecordSink {
    private final PloverExport export = new PloverExport();
    private final OutputStream out;

    /** Records written to {@code out}, which is left open. */
    public Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void actor(Actor actor) {
      export.actors.putIfAbsent(actor.id(), actor);
    }

    @Override
    public void negotiation(Negotiation negotiation) {
      export.negotiations.putIfAbsent(negotiation.id(), negotiation);
    }

    @Override
    public void agreement(Agreement agreement) {}

    @Override
    public void source(Source source) {
      export.sources.putIfAbsent(source.id(), source);
    }

    /**
     * Writes the report's records.
     *
     * @throws java.io.UncheckedIOException if they cannot be written
     */
    @Override
    public void report(Report report) {
      export.add(report);
      try {
        for (ObjectNode record : export.records) {
          out.write(JSON.writeValueAsString(ordered(record)).getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      export.records.clear();
    }

    /**
     * Flushes the output.
     *
     * @return the records left out for want of a day, counted by reason
     */
    public Map<String, Integer> finish() throws IOException {
      out.flush();
      return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(export.leftOut));
    }
  }

  /** The record with PLOVER's fields in the manual's order ({@link #FIELD_ORDER}), then any others as they came. */
  private static ObjectNode ordered(ObjectNode record) {
    ObjectNode copy = JSON.createObjectNode();
    FIELD_ORDER.stream().filter(record::has).forEach(field -> copy.set(field, record.get(field)));
    record.propertyNames().forEach(field -> {
      if (!copy.has(field)) {
        copy.set(field, record.get(field));
      }
    });
    return copy;
  }

  /** PLOVER's fields in the order of its manual's table. */
  private static final List<String> FIELD_ORDER = PloverVocabulary.recordFields();

  /**
   * What the note of a claim imported from PLOVER ({@code parley-plover}) starts with, before the
   * record as JSON without its text and passages: such a claim is written back as that record, with
   * its passages as {@code event_text}.
   */
  public static final String IMPORTED_NOTE = "PLOVER record: ";

  /** Writes the record a claim was imported from, if it was; whether it was. */
  private boolean imported(Claim claim) {
    Optional<String> note = claim.note().filter(n -> n.startsWith(IMPORTED_NOTE));
    if (note.isEmpty()) {
      return false;
    }
    ObjectNode record = (ObjectNode) JSON.readTree(note.get().substring(IMPORTED_NOTE.length()));
    ArrayNode texts = JSON.createArrayNode();
    claim.evidence().forEach(e -> texts.add(e.text()));
    record.set("event_text", texts);
    records.add(record);
    return true;
  }

  /**
   * The PLOVER records of a dataset and what was left out: PLOVER requires a day, so a claim whose
   * report gives no day for the talks, or a process event without a day of its own, has no record,
   * and {@code leftOut} counts them by reason.
   */
  public record Export(List<ObjectNode> records, Map<String, Integer> leftOut) {
    public Export {
      records = List.copyOf(records);
      leftOut = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
    }
  }

  /** The PLOVER records of a dataset and the records left out for want of a day. */
  public static Export export(Dataset dataset) {
    PloverExport export = new PloverExport(dataset);
    List<ObjectNode> ordered = new ArrayList<>();
    export.records.forEach(record -> ordered.add(ordered(record)));
    return new Export(ordered, export.leftOut);
  }

  /** The PLOVER records of a dataset, in the order of its reports and their claims ({@link #export}). */
  public static List<ObjectNode> records(Dataset dataset) {
    return export(dataset).records();
  }

  /**
   * Writes the records as JSON Lines (UTF-8, one record per line, {@code \n} after each); leaves {@code
   * out} open.
   *
   * @return the records left out for want of a day, counted by reason
   */
  public static Map<String, Integer> write(Dataset dataset, OutputStream out) throws IOException {
    Writer writer = new Writer(out);
    try {
      writer.all(dataset);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return writer.finish();
  }

  private void add(Report r) {
    this.report = r;
    // The report's date of the talks when it names a day; else a date claim of when they were held
    // that does (a photo caption's "May 16, 2025"); never a day the report does not give.
    this.talksDay = r.date().map(Reported::value).filter(d -> d.day().isPresent())
        .or(() -> r.dates().stream().filter(d -> d.role() == DateRole.HELD && d.agreement().isEmpty()
            && d.provision().isEmpty() && d.event().isEmpty()).flatMap(d -> d.date().stream())
            .filter(d -> d.day().isPresent()).findFirst());
    talks(r);
    ClaimVisitor mapping = new ClaimVisitor() {
      @Override
      public void demand(Demand d, Located at) {
        onTalksDay(at.pointer().toString(), "REQUEST", d, d.key(), d.issue(), request -> {
          actor(request, "actor", List.of(d.by()));
          actor(request, "recipient", List.of(d.addressee()));
          mode(request, REQUEST_MODE.get(d.issue()));
        });
      }

      @Override
      public void response(Response response, Demand demand, Located at) {
        PloverExport.this.response(at.pointer().toString(), demand, response);
      }

      @Override
      public void outcome(Outcome outcome, Located at) {
        PloverExport.this.outcome(at.pointer().toString(), outcome);
      }

      @Override
      public void agreement(AgreementClaim a, Located at) {
        String event = a.status().map(s -> switch (s) {
          case AGREED -> "AGREE";
          case INITIALLED, SIGNED, RATIFIED -> "SUPPORT";
          default -> null;
        }).orElse(null);
        if (event != null) {
          onTalksDay(at.pointer().toString(), event, a, Optional.of(a.agreement().value()), null,
              record -> actor(record, "actor", a.participants().stream().map(p -> p.actor()).toList()));
        }
      }

      @Override
      public void event(ProcessEvent e, Located at) {
        PloverExport.this.event(at.pointer().toString(), e);
      }

      @Override
      public void act(Act a, Located at) {
        PloverExport.this.act(at.pointer().toString(), a);
      }
    };
    // A claim imported from PLOVER is written back as the record it came from, whatever its type.
    Claims.each(r, JsonPointer.root(), at -> {
      if (!imported(at.claim())) {
        Claims.hand(at, mapping);
      }
    });
    // PLOVER requires an actor: a claim that names none (an outcome without parties) has no record.
    records.removeIf(record -> {
      if (record.has("actor")) {
        return false;
      }
      leftOut.merge("a claim that names no actor (PLOVER requires one)", 1, Integer::sum);
      return true;
    });
  }

  /** The talks themselves: one CONSULT of the delegations' parties (or the negotiation's) per report. */
  private void talks(Report r) {
    List<Claim> basis = new ArrayList<>();
    r.date().ifPresent(basis::add);
    r.venue().ifPresent(basis::add);
    basis.addAll(r.delegations());
    if (basis.isEmpty()) {
      return;
    }
    List<ActorId> named = r.delegations().stream().filter(d -> d.role().wireName().equals("party"))
        .map(Delegation::party).distinct().toList();
    Negotiation negotiation = negotiations.get(r.negotiation());
    List<ActorId> parties = named.isEmpty() && negotiation != null ? negotiation.parties() : named;
    onTalksDay("", "CONSULT", null, Optional.empty(), null, consult -> {
      actor(consult, "actor", parties);
      if (negotiation != null && java.util.stream.Stream.concat(negotiation.hosts().stream(),
          negotiation.mediators().stream()).anyMatch(a -> !negotiation.parties().contains(a))) {
        mode(consult, "third-party");
      }
      consult.putArray("context").add("diplomatic");
      r.venue().ifPresent(v -> location(consult, v.value()));
      evidence(consult, basis.stream().flatMap(c -> c.evidence().stream()).toList());
      consult.put("comment", "the talks as " + r.source() + " reports them");
    });
  }

  private void response(String at, Demand demand, Response response) {
    String event = switch (response.kind()) {
      case REJECTED -> "REJECT";
      case ACCEPTED -> "AGREE";
      default -> null;
    };
    if (event == null) {
      return;
    }
    onTalksDay(at, event, response, demand.key(), demand.issue(), record -> {
      actor(record, "actor", List.of(response.by()));
      actor(record, "recipient", List.of(demand.by()));
      if (event.equals("REJECT")) {
        mode(record, REQUEST_MODE.get(demand.issue()));
      }
    });
  }

  private void outcome(String at, Outcome o) {
    String event = null;
    String mode = null;
    if (o.status() == OutcomeStatus.AGREED && o.kind() != OutcomeKind.NO_AGREEMENT) {
      event = "AGREE";
    } else if (o.status() == OutcomeStatus.IMPLEMENTED && RETREAT_MODE.containsKey(o.issue())) {
      event = "RETREAT";
      mode = RETREAT_MODE.get(o.issue());
    }
    if (event == null) {
      return;
    }
    String chosenMode = mode;
    onTalksDay(at, event, o, o.key(), o.issue(), record -> {
      actor(record, "actor", o.parties());
      mode(record, chosenMode);
    });
  }

  private void event(String at, ProcessEvent e) {
    String event = switch (e.kind()) {
      case CONVENED, ATTENDED, RESUMED -> "CONSULT";
      case PROPOSED, NEXT_ROUND_SCHEDULED -> "AGREE";
      case DECLINED, WALKED_OUT -> "REJECT";
      default -> null;
    };
    if (event == null) {
      return;
    }
    // A step or side meeting has its own date, or none: the talks' date would misdate it.
    Optional<PartialDate> day = e.date().filter(d -> d.day().isPresent());
    if (day.isEmpty()) {
      leftOut.merge("a process event without a day of its own", 1, Integer::sum);
      return;
    }
    ObjectNode record = record(at, event, e, e.key(), null, day.get());
    actor(record, "actor", e.actors());
    if (event.equals("REJECT")) {
      mode(record, "meet");
    }
    record.putArray("context").add("diplomatic");
    e.time().ifPresent(t -> record.put("time", t.format()));
    e.venue().ifPresent(v -> location(record, v));
    e.description().ifPresent(d -> record.put("comment", d));
  }

  /**
   * An act of one side or a third party: its PLOVER event and mode by kind, dated its own day, or the
   * talks' day when the source places it during the talks; PLOVER's SANCTION requires a recipient.
   */
  private void act(String at, Act a) {
    String[] eventAndMode = switch (a.kind()) {
      case THREATENED -> new String[] {"THREATEN", null};
      case IMPOSED_SANCTIONS -> new String[] {"SANCTION", "discontinue"};
      case SUSPENDED_ROLE -> new String[] {"SANCTION", "withdraw"};
      case LIFTED_SANCTIONS, EASED_RESTRICTIONS -> new String[] {"CONCEDE", null};
      case IMPOSED_RESTRICTIONS -> new String[] {"COERCE", "restrict"};
      case ATTACKED -> new String[] {"ASSAULT", null};
      case RELEASED -> new String[] {"RETREAT", "release"};
      case RESUMED_ROLE, OTHER -> null;
    };
    if (eventAndMode == null) {
      return;
    }
    if (eventAndMode[0].equals("SANCTION") && a.target().isEmpty()) {
      leftOut.merge("a sanction without a target (PLOVER requires a recipient)", 1, Integer::sum);
      return;
    }
    Optional<PartialDate> day = a.date().filter(d -> d.day().isPresent())
        .or(() -> a.timing().filter(t -> t == EventTiming.DURING).flatMap(t -> talksDay));
    if (day.isEmpty()) {
      leftOut.merge("an act without a day of its own", 1, Integer::sum);
      return;
    }
    ObjectNode record = record(at, eventAndMode[0], a, a.key(), a.issue().orElse(null), day.get());
    actor(record, "actor", List.of(a.by()));
    a.target().ifPresent(t -> actor(record, "recipient", List.of(t)));
    mode(record, eventAndMode[1]);
    String comment = java.util.stream.Stream.of(a.description(), a.condition()).flatMap(Optional::stream)
        .collect(java.util.stream.Collectors.joining(" "));
    if (!comment.isEmpty()) {
      record.put("comment", comment);
    }
  }

  /**
   * A new record of one claim (or of the report itself when {@code claim} is null), dated the day of
   * the talks, with the fields every record has, handed to {@code fill} for its own; when the report
   * gives no day for the talks, no record, counted as left out.
   */
  private void onTalksDay(String at, String event, Claim claim, Optional<String> key, Issue issue,
      java.util.function.Consumer<ObjectNode> fill) {
    talksDay.ifPresentOrElse(day -> fill.accept(record(at, event, claim, key, issue, day)),
        () -> leftOut.merge("the report gives no day for the talks", 1, Integer::sum));
  }

  /** A new record dated {@code day}. */
  private ObjectNode record(String at, String event, Claim claim, Optional<String> key, Issue issue,
      PartialDate day) {
    ObjectNode record = JSON.createObjectNode();
    // The report's id, then where in it: "#talks" for the talks themselves, else the claim's JSON Pointer.
    record.put("id", report.id().value() + "#" + (at.isEmpty() ? "talks" : at));
    record.put("date", Tables.isoDate(day));
    record.putArray("event").add(event);
    key.ifPresent(k -> record.put("link", k));
    if (issue != null && CONTEXT.containsKey(issue)) {
      ArrayNode context = record.putArray("context");
      CONTEXT.get(issue).forEach(context::add);
    }
    if (claim != null) {
      evidence(record, claim.evidence());
    }
    ObjectNode cite = record.putObject("cite_info");
    cite.put("citation", report.source().value());
    Source source = sources.get(report.source());
    if (source != null) {
      source.headline().ifPresent(h -> cite.put("title", h));
      source.outlet().ifPresent(o -> cite.put("publication", o));
      source.url().ifPresent(u -> cite.put("url", u));
      source.language().ifPresent(l -> cite.put("language", l));
    }
    cite.put("coder", "Parley (hand-encoded claims)");
    cite.put("codebook", CODEBOOK);
    record.put("coder", "parley");
    records.add(record);
    return record;
  }

  private static void mode(ObjectNode record, String mode) {
    if (mode != null) {
      record.putArray("mode").add(mode);
    }
  }

  private static void location(ObjectNode record, Venue venue) {
    ObjectNode loc = record.putObject("event_loc");
    loc.put("extracted_place", venue.name());
    venue.city().ifPresent(c -> loc.put("city", c));
  }

  private static void evidence(ObjectNode record, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return;
    }
    ArrayNode texts = record.putArray("event_text");
    evidence.forEach(e -> texts.add(e.text()));
    ObjectNode info = record.putObject("text_info");
    info.put("start", evidence.get(0).start());
    info.put("end", evidence.get(0).end());
  }

  private void actor(ObjectNode record, String field, List<ActorId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    ArrayNode list = record.putArray(field);
    for (ActorId id : ids) {
      ObjectNode entity = list.addObject();
      Actor actor = actors.get(id);
      if (actor == null) {
        entity.put("entity_text", id.value());
        continue;
      }
      code(actor).ifPresent(c -> entity.put("code", c));
      sector(actor).ifPresent(s -> entity.put("sector", s));
      entity.put("entity_text", actor.name());
      actor.wikidataId().ifPresent(q -> entity.put("identifier_id", q));
    }
  }

  /** The country code of the actor, or of the first actor up its affiliations that has one. */
  private Optional<String> code(Actor actor) {
    return Tables.affiliationChain(actor, actors).stream().map(PloverExport::ownCode).flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> ownCode(Actor actor) {
    if (actor.country().isPresent()) {
      return actor.country();
    }
    if (actor.wikidataId().filter("Q1065"::equals).isPresent()) {
      return Optional.of("UNO");
    }
    if (actor.wikidataId().filter("Q458"::equals).isPresent()) {
      return Optional.of("EUR");
    }
    return switch (actor.kind()) {
      case INTERNATIONAL_ORGANIZATION -> Optional.of("IGO");
      case NGO -> Optional.of("NGO");
      default -> Optional.empty();
    };
  }

  private Optional<String> sector(Actor actor) {
    return switch (actor.kind()) {
      case STATE -> Optional.of("GOV");
      case STATE_FORCE -> Optional.of("MIL");
      case ARMED_GROUP -> Optional.of("REB");
      case MEDIA -> Optional.of("JRN");
      case NGO -> Optional.of("SOC");
      case PERSON -> actor.affiliation().map(actors::get).filter(a -> a.kind() == ActorKind.STATE)
          .map(a -> "GOV");
      default -> Optional.empty();
    };
  }
}
