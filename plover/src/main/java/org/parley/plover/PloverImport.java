// Over 400 lines: the mapping of each PLOVER event category to a Parley claim, the entities to actors,
// the texts to sources and the passages to evidence, with the refusals where a record cannot be a claim.
package org.parley.plover;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.export.PloverVocabulary;
import org.parley.json.Location;
import org.parley.json.Problem;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.JsonPointer;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Venue;
import org.parley.validate.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PLOVER event records brought into a Parley dataset. Each text (or, without one, each cited article)
 * becomes a source with one report; each record one claim of the fitting kind; each entity an actor
 * (its code, Wikidata id and name kept); each {@code event_text} a passage of evidence, placed in the
 * record's text. What PLOVER says that the claim does not (the id, modes, contexts, entities as coded,
 * location, citation, scores, coder, comment) is kept whole in the claim's note after {@link #NOTE},
 * as JSON, so nothing is dropped and {@link org.parley.export.PloverExport} gives every field back.
 *
 * <table>
 *   <caption>PLOVER events and the claims they become</caption>
 *   <tr><th>PLOVER</th><th>Parley claim</th></tr>
 *   <tr><td>AGREE</td><td>outcome: commitment, agreed, the actors as parties</td></tr>
 *   <tr><td>REQUEST with one actor and one recipient</td><td>demand of the recipient</td></tr>
 *   <tr><td>CONSULT</td><td>process event: attended, the actors, its day and place</td></tr>
 *   <tr><td>RETREAT ceasefire, withdraw, access, disarm</td><td>outcome: implemented, its issue by mode</td></tr>
 *   <tr><td>RETREAT release</td><td>act: released</td></tr>
 *   <tr><td>THREATEN</td><td>act: threatened</td></tr>
 *   <tr><td>SANCTION withdraw</td><td>act: suspended role</td></tr>
 *   <tr><td>other SANCTION</td><td>act: imposed sanctions</td></tr>
 *   <tr><td>COERCE</td><td>act: imposed restrictions</td></tr>
 *   <tr><td>ASSAULT</td><td>act: attacked</td></tr>
 *   <tr><td>REJECT, SUPPORT, CONCEDE, ACCUSE, PROTEST, MOBILIZE, COOPERATE, AID, other REQUEST and
 *       RETREAT</td><td>act: other, described by its event (a rejection belongs to a demand, a signature to an
 *       agreement, that the record does not give)</td></tr>
 * </table>
 *
 * <p>A record whose {@code event_text} is missing, or cannot be placed (no text and no {@code
 * text_info.start}), is refused ({@link PloverCodes#NOT_IMPORTABLE}): a Parley claim rests on the
 * source's words.
 */
public final class PloverImport {

  /** What a claim's note starts with when it holds the PLOVER record it was imported from. */
  public static final String NOTE = org.parley.export.PloverExport.IMPORTED_NOTE;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The imported dataset, the texts of its sources by document path (to be written beside it), and the
   * problems: the check's, then the records that cannot be claims. With any error there is no dataset.
   */
  public record Result(Optional<Dataset> dataset, Map<String, String> texts, List<Problem> problems) {
    public Result {
      texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
      problems = List.copyOf(problems);
    }
  }

  private final String file;
  private final Dataset.Builder dataset = Dataset.builder();
  private final NegotiationId negotiation;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, ActorId> actorIds = new LinkedHashMap<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Report.Builder> reports = new LinkedHashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private PloverImport(String file, NegotiationId negotiation) {
    this.file = file;
    this.negotiation = negotiation;
  }

  /**
   * Checks and imports the records of a file: JSON Lines when {@code lines}, else a JSON array; with
   * {@code lenient}, trailing commas and older field names are read (as {@link PloverValidator#lenient}).
   *
   * @param negotiation the negotiation the reports are filed under (PLOVER records name none)
   */
  public static Result read(byte[] bytes, String file, boolean lines, boolean lenient, NegotiationId negotiation) {
    List<Problem> checked = new ArrayList<>();
    PloverValidator validator = PloverValidator.standard().lenient(lenient);
    if (lines) {
      validator.validateLines(new java.io.ByteArrayInputStream(bytes), file, checked::add);
    } else {
      validator.validateDocument(bytes, file, checked::add);
    }
    if (checked.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      return new Result(Optional.empty(), Map.of(), checked);
    }
    PloverImport in = new PloverImport(file, negotiation);
    JsonMapper json = lenient ? JSON.rebuild().enable(tools.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build()
        : JSON;
    in.problems.addAll(checked);
    if (lines) {
      String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < all.length; i++) {
        if (!all[i].isBlank()) {
          in.guarded((ObjectNode) json.readTree(all[i]), i + 1, JsonPointer.root());
        }
      }
    } else {
      JsonNode root = json.readTree(bytes);
      List<JsonNode> records = root.isArray() ? root.valueStream().toList() : List.of(root);
      for (int i = 0; i < records.size(); i++) {
        in.guarded((ObjectNode) records.get(i), 0, root.isArray() ? JsonPointer.root().child(i) : JsonPointer.root());
      }
    }
    return in.result();
  }

  private Result result() {
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      return new Result(Optional.empty(), Map.of(), problems);
    }
    dataset.addNegotiations(Negotiation.builder().id(negotiation).title("PLOVER records of " + fileName()).build());
    dataset.addAllActors(actors.values());
    dataset.addAllSources(sources.values());
    reports.values().forEach(r -> dataset.addReports(r.build()));
    return new Result(Optional.of(dataset.build()), texts, problems);
  }

  private String fileName() {
    String name = java.nio.file.Path.of(file.isEmpty() ? "input" : file).getFileName().toString();
    return name.isBlank() ? "input" : name;
  }

  private void refuse(long line, JsonPointer at, String message) {
    problems.add(new Problem(Severity.ERROR, PloverCodes.NOT_IMPORTABLE, new Location(file, line, line > 0 ? 1 : 0, at),
        message));
  }

  /**
   * Imports one record, or refuses it with the reason when a value PLOVER allows is one Parley's model
   * does not (a control character in a name, a language tag that is not one).
   */
  private void guarded(ObjectNode record, long line, JsonPointer at) {
    try {
      record(record, line, at);
    } catch (IllegalArgumentException e) {
      refuse(line, at, "the record cannot be a Parley claim: " + e.getMessage());
    }
  }

  private void record(ObjectNode record, long line, JsonPointer at) {
    normalise(record);
    Optional<String> text = Optional.ofNullable(record.get("text")).map(JsonNode::asString);
    List<String> passages = new ArrayList<>();
    Optional.ofNullable(record.get("event_text")).ifPresent(list -> list.forEach(p -> passages.add(p.asString())));
    if (passages.isEmpty()) {
      refuse(line, at, "the record gives no event_text: a Parley claim rests on the source's words, so it cannot be"
          + " imported (it is valid PLOVER)");
      return;
    }
    Optional<Long> start = Optional.ofNullable(record.get("text_info")).map(t -> t.get("start"))
        .filter(JsonNode::isIntegralNumber).map(JsonNode::asLong);
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      String passage = passages.get(i);
      if (text.isPresent()) {
        evidence.add(Evidence.of(passage, place(text.get(), passage, i == 0 ? start : Optional.empty())));
      } else if (i == 0 && start.isPresent() && start.get() <= Integer.MAX_VALUE) {
        evidence.add(Evidence.of(passage, start.get().intValue()));
      } else {
        refuse(line, at.child("event_text").child(i), "the record has no text and no text_info.start for this passage,"
            + " so it cannot be placed in its source");
        return;
      }
    }
    Report.Builder report = report(record, text);
    ObjectNode kept = record.deepCopy();
    kept.remove(List.of("text", "event_text"));
    String note = NOTE + JSON.writeValueAsString(kept);
    List<ActorId> by = entities(record.get("actor"));
    List<ActorId> to = entities(record.get("recipient"));
    String event = record.get("event").get(0).asString();
    List<String> modes = new ArrayList<>();
    Optional.ofNullable(record.get("mode")).ifPresent(m -> m.forEach(v -> modes.add(v.asString())));
    String mode = modes.isEmpty() ? "" : modes.get(0);
    Optional<PartialDate> day = Optional.of(PartialDate.of(java.time.LocalDate.parse(record.get("date").asString())));
    // PLOVER's link joins related events (protests by one group in many places), not reports of one
    // event, which is what a Parley key says: it stays in the note.
    Optional<String> key = Optional.empty();
    Issue issue = issue(record, mode);
    switch (event) {
      case "AGREE" -> report.addOutcomes(Outcome.builder().kind(OutcomeKind.COMMITMENT).status(OutcomeStatus.AGREED)
          .issue(issue).addAllParties(by).key(key).addAllEvidence(evidence).note(note).build());
      case "REQUEST" -> {
        if (by.size() == 1 && to.size() == 1) {
          report.addDemands(Demand.builder().by(by.get(0)).addressee(to.get(0)).issue(issue).key(key)
              .addAllEvidence(evidence).note(note).build());
        } else {
          act(report, ActKind.OTHER, by, to, issue, day, key, evidence, note, "requested (PLOVER REQUEST)");
        }
      }
      case "CONSULT" -> {
        ProcessEvent.Builder e = ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).addAllActors(by)
            .addAllActors(to).date(day).key(key).addAllEvidence(evidence).note(note);
        Optional.ofNullable(record.get("event_loc")).map(l -> l.get("extracted_place")).map(JsonNode::asString)
            .filter(s -> !s.isBlank()).ifPresent(place -> e.venue(Venue.builder().name(place).build()));
        report.addEvents(e.build());
      }
      case "RETREAT" -> {
        if (mode.equals("release")) {
          act(report, ActKind.RELEASED, by, to, issue, day, key, evidence, note, null);
        } else if (List.of("ceasefire", "withdraw", "access", "disarm").contains(mode)) {
          report.addOutcomes(Outcome.builder().kind(OutcomeKind.COMMITMENT).status(OutcomeStatus.IMPLEMENTED)
              .issue(issue).addAllParties(by).key(key).addAllEvidence(evidence).note(note).build());
        } else {
          act(report, ActKind.OTHER, by, to, issue, day, key, evidence, note, "retreated (PLOVER RETREAT)");
        }
      }
      case "THREATEN" -> act(report, ActKind.THREATENED, by, to, issue, day, key, evidence, note, null);
      case "SANCTION" -> act(report, mode.equals("withdraw") ? ActKind.SUSPENDED_ROLE : ActKind.IMPOSED_SANCTIONS, by,
          to, issue, day, key, evidence, note, null);
      case "COERCE" -> act(report, ActKind.IMPOSED_RESTRICTIONS, by, to, issue, day, key, evidence, note, null);
      case "ASSAULT" -> act(report, ActKind.ATTACKED, by, to, issue, day, key, evidence, note, null);
      default -> act(report, ActKind.OTHER, by, to, issue, day, key, evidence, note,
          event.toLowerCase(Locale.ROOT) + " (PLOVER " + event + ")");
    }
  }

  private static void act(Report.Builder report, ActKind kind, List<ActorId> by, List<ActorId> to, Issue issue,
      Optional<PartialDate> day, Optional<String> key, List<Evidence> evidence, String note, String description) {
    Act.Builder act = Act.builder().kind(kind).by(by.get(0)).date(day).key(key).addAllEvidence(evidence).note(note);
    if (!to.isEmpty()) {
      act.target(to.get(0));
    }
    if (issue != Issue.OTHER) {
      act.issue(issue);
    }
    if (description != null) {
      act.description(description);
    }
    report.addActs(act.build());
  }

  /** The issue a record is about, from its mode or contexts: PLOVER's counterparts of Parley's issues. */
  private static Issue issue(ObjectNode record, String mode) {
    switch (mode) {
      case "ceasefire":
        return Issue.CEASEFIRE;
      case "withdraw":
        return Issue.WITHDRAWAL;
      case "access":
        return Issue.HUMANITARIAN_ACCESS;
      case "disarm":
        return Issue.DISARMAMENT_DEMOBILIZATION;
      default:
        break;
    }
    List<String> contexts = new ArrayList<>();
    Optional.ofNullable(record.get("context")).ifPresent(c -> c.forEach(v -> contexts.add(v.asString())));
    for (String c : contexts) {
      switch (c) {
        case "territory":
          return Issue.TERRITORY;
        case "cbrn":
          return Issue.NUCLEAR_PROGRAM;
        case "election":
          return Issue.ELECTIONS;
        case "peacekeeping":
          return Issue.MONITORING_AND_VERIFICATION;
        case "migration", "asylum":
          return Issue.DISPLACEMENT_AND_RETURN;
        default:
          break;
      }
    }
    return Issue.OTHER;
  }

  /** Where {@code passage} is in {@code text}, in code points: at {@code near} if it is there, else its first place. */
  private static int place(String text, String passage, Optional<Long> near) {
    if (near.isPresent() && near.get() <= text.codePointCount(0, text.length())) {
      int at = text.offsetByCodePoints(0, near.get().intValue());
      if (text.startsWith(passage, at)) {
        return near.get().intValue();
      }
    }
    return text.codePointCount(0, text.indexOf(passage));
  }

  /** The report of the record's source: its text, or its citation, or the record alone. */
  private Report.Builder report(ObjectNode record, Optional<String> text) {
    JsonNode cite = record.get("cite_info");
    // The text itself tells sources apart: hashing it for every record would hash one article many times.
    String sourceKey = text.map(t -> "text:" + t)
        .or(() -> Optional.ofNullable(cite).map(c -> c.get("url") != null ? c.get("url") : c.get("citation"))
            .map(v -> "cite:" + v.asString()))
        .orElse("record:" + record.get("id").asString());
    return reports.computeIfAbsent(sourceKey, k -> {
      String local = "plover-" + (sources.size() + 1);
      Source.Builder source = Source.builder().id(SourceId.of("source:" + local)).kind(SourceKind.NEWS);
      if (cite != null) {
        field(cite, "title").ifPresent(source::headline);
        field(cite, "publication").ifPresent(source::outlet);
        field(cite, "url").ifPresent(source::url);
        field(cite, "language").ifPresent(source::language);
      }
      text.ifPresent(t -> {
        String path = local + ".txt";
        texts.put(path, t);
        source.document(Document.of(path, sha256(t)));
      });
      Source built = source.build();
      sources.put(k, built);
      return Report.builder().id(ReportId.of("report:" + local)).source(built.id()).negotiation(negotiation);
    });
  }

  private static Optional<String> field(JsonNode object, String name) {
    return Optional.ofNullable(object.get(name)).filter(JsonNode::isString).map(JsonNode::asString)
        .filter(s -> !s.isBlank());
  }

  /** The actors of a list of entities, each entity once (by Wikidata id, else by its text and code). */
  private List<ActorId> entities(JsonNode list) {
    List<ActorId> ids = new ArrayList<>();
    if (list == null) {
      return ids;
    }
    for (JsonNode entity : list) {
      Optional<String> wikidata = field(entity, "identifier_id");
      Optional<String> code = field(entity, "code");
      Optional<String> name = field(entity, "entity_text").or(() -> field(entity, "identifier_text"));
      String identity = wikidata.orElse(name.orElse("") + "|" + code.orElse("") + "|" + field(entity, "sector").orElse(""));
      ActorId id = actorIds.computeIfAbsent(identity, k -> {
        String shown = name.or(() -> code.map(c -> PloverVocabulary.GROUP_CODES.getOrDefault(c, c))).orElse("unnamed");
        String local = unique(slug(shown));
        Actor.Builder actor = Actor.builder().id(ActorId.of("actor:" + local)).name(shown).kind(kind(entity));
        wikidata.ifPresent(actor::wikidataId);
        code.filter(c -> !PloverVocabulary.GROUP_CODES.containsKey(c)).ifPresent(actor::country);
        Actor built = actor.build();
        actors.put(local, built);
        return built.id();
      });
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private String unique(String local) {
    String candidate = local;
    for (int n = 2; actors.containsKey(candidate); n++) {
      candidate = local + "-" + n;
    }
    return candidate;
  }

  /** The kind of actor an entity's sector and code say it is. */
  private static ActorKind kind(JsonNode entity) {
    String code = field(entity, "code").orElse("");
    String sector = field(entity, "sector").map(s -> s.substring(0, Math.min(3, s.length()))).orElse("");
    if (List.of("UNO", "EUR", "IGO").contains(code)) {
      return ActorKind.INTERNATIONAL_ORGANIZATION;
    }
    if (code.equals("NGO") || sector.equals("SOC")) {
      return ActorKind.NGO;
    }
    return switch (sector) {
      case "GOV", "LEG", "JUD" -> ActorKind.STATE;
      case "MIL", "COP", "SPY", "PRM" -> ActorKind.STATE_FORCE;
      case "REB", "UAF" -> ActorKind.ARMED_GROUP;
      case "JRN" -> ActorKind.MEDIA;
      case "" -> code.isEmpty() || code.equals("ISM") || code.equals("IMG") || code.equals("MNC") ? ActorKind.GROUP
          : ActorKind.STATE;
      default -> ActorKind.GROUP;
    };
  }

  /** Field names of earlier drafts, read as the current ones (the check has warned of them). */
  private static void normalise(ObjectNode record) {
    rename(record, RecordRules.OLDER_FIELDS);
    for (String list : List.of("actor", "recipient")) {
      JsonNode entities = record.get(list);
      if (entities != null) {
        entities.forEach(e -> rename((ObjectNode) e, RecordRules.OLDER_ENTITY_FIELDS));
      }
    }
  }

  private static void rename(ObjectNode object, Map<String, String> older) {
    older.forEach((name, now) -> {
      if (object.has(name) && !object.has(now)) {
        object.set(now, object.remove(name));
      }
    });
  }

  /** A key or id's local part made of a text: lower case letters and digits, single hyphens between. */
  static String slug(String text) {
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 100) {
      s = s.substring(0, 100).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }

  /** The text's SHA-256, as a source's document records it. */
  private static String sha256(String text) {
    return org.parley.validate.SourceText.of(text).sha256();
  }
}
