package org.parley.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * PLOVER's closed vocabularies, as its manual (draft 2.0, {@code openeventdata/PLOVER}) lists them:
 * the 16 event categories with each one's modes, quad category and whether it requires a recipient;
 * the contexts (and the four auxiliary modes the manual puts in the context); the sector codes; and
 * the entity codes (ISO 3166-1 alpha-3, the manual's Kosovo code and its seven international
 * non-state codes). Both the export and the check of others' records ({@code parley-plover}) read
 * them here, so what Parley writes is what it accepts.
 */
public final class PloverVocabulary {

  private PloverVocabulary() {}

  /** One event category of the manual's chapter "Event Categories". */
  public record Event(String name, int quad, boolean requiresRecipient, Set<String> modes) {
    public Event {
      modes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(modes));
    }
  }

  private static final Map<String, Event> EVENTS = new LinkedHashMap<>();

  private static void event(String name, int quad, boolean recipient, String... modes) {
    EVENTS.put(name, new Event(name, quad, recipient, new LinkedHashSet<>(Arrays.asList(modes))));
  }

  static {
    event("AGREE", 1, false);
    event("CONSULT", 1, false, "visit", "third-party", "multilateral", "phone");
    event("SUPPORT", 1, false);
    event("CONCEDE", 1, false);
    event("COOPERATE", 2, true);
    event("AID", 2, true);
    event("RETREAT", 2, false, "withdraw", "release", "disarm", "ceasefire", "access", "resign");
    event("REQUEST", 3, false, "assist", "change", "yield", "meet");
    event("ACCUSE", 3, false, "disapprove", "investigate", "allege");
    event("REJECT", 3, false, "assist", "change", "yield", "meet");
    event("THREATEN", 3, false, "restrict", "arrest", "relations", "expel", "territory", "violence");
    event("PROTEST", 4, false, "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize");
    event("SANCTION", 4, true, "convict", "expel", "withdraw", "discontinue");
    event("MOBILIZE", 4, false, "troops", "weapons", "police", "militia");
    event("COERCE", 4, false, "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
        "withhold", "misinformation", "cyber");
    event("ASSAULT", 4, false, "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
        "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional");
  }

  /** The quad categories, by number (the manual's "Quad category" of each event). */
  public static final List<String> QUADS = List.of("verbal cooperation", "material cooperation", "verbal conflict",
      "material conflict");

  /** The general contexts (table "General contexts"). */
  public static final Set<String> CONTEXTS = Set.copyOf(List.of("military", "intelligence", "executive",
      "legislative", "election", "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
      "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender", "lgbt",
      "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
      "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation",
      "crime", "corruption", "illegal_drugs", "trafficking"));

  /** The auxiliary modes, which the manual says a coder puts in the context (section "Auxiliary modes"). */
  public static final Set<String> AUXILIARY_MODES = Set.of("historical", "future", "hypothetical", "negation");

  /** The sector codes (table "Sector Codes"), frequently and less frequently used alike. */
  public static final Set<String> SECTORS = Set.copyOf(List.of("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY",
      "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE",
      "REL", "SOC"));

  /** The international non-state codes (table "International Non-state actor names"), with their names. */
  public static final Map<String, String> GROUP_CODES = Map.of("IGO", "International Governmental Organization",
      "UNO", "United Nations", "EUR", "European Union", "NGO", "Non-governmental Organization",
      "ISM", "International Social Movement", "IMG", "Transnational Militarized Group",
      "MNC", "Multi-national Corporation");

  /** The code the manual gives Kosovo, which has no ISO code. */
  public static final String KOSOVO = "KOS";

  private static final Set<String> COUNTRIES = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  /** The event categories in the manual's order. */
  public static List<Event> events() {
    return List.copyOf(EVENTS.values());
  }

  /** The event category of that name (upper case, as the manual spells it). */
  public static Optional<Event> event(String name) {
    return Optional.ofNullable(EVENTS.get(name));
  }

  /** The event categories that have this mode (REQUEST and REJECT share theirs; so do a few others). */
  public static List<String> eventsWithMode(String mode) {
    return EVENTS.values().stream().filter(e -> e.modes().contains(mode)).map(Event::name).toList();
  }

  /**
   * Whether {@code code} is an entity's top-level code the manual allows: an ISO 3166-1 alpha-3 code
   * (as the JDK lists them), {@code KOS}, or one of the international non-state codes.
   */
  public static boolean isEntityCode(String code) {
    return COUNTRIES.contains(code) || KOSOVO.equals(code) || GROUP_CODES.containsKey(code);
  }

  /**
   * Whether {@code sector} is a sector as the entity table allows it: one code, or two run together
   * ("3- or 6-char sector", such as {@code GOVPRE}).
   */
  public static boolean isSector(String sector) {
    if (sector.length() == 3) {
      return SECTORS.contains(sector);
    }
    return sector.length() == 6 && SECTORS.contains(sector.substring(0, 3)) && SECTORS.contains(sector.substring(3));
  }

  /** One field of a PLOVER record and what it is in Parley, written by the export and read by the import. */
  public record Field(String name, String export, String imported) {}

  /** What stays in the note of an imported claim, to be given back by the export. */
  private static final String NOTE = "kept in the claim's note";

  /**
   * Every field of the manual's record, entity, text and citation objects, with its Parley counterpart
   * ({@code docs/codebook.md} prints them).
   */
  public static final List<Field> FIELDS = List.of(
      new Field("id", "the report's id, `#`, and `talks` or the claim's JSON Pointer (`report:x#/demands/0`)",
          NOTE + " (a claim's id in Parley is its report and place)"),
      new Field("has_event", "not written", NOTE),
      new Field("date", "the day of the talks the report gives; a process event's or an act's own day; no record"
          + " without a day", "a process event's or an act's date; " + NOTE),
      new Field("time", "a process event's time of day", NOTE),
      new Field("enddate", "not written", NOTE),
      new Field("endtime", "not written", NOTE),
      new Field("actor", "the claim's actors (a demand's `by`, an outcome's parties, an act's `by`, the talks'"
          + " delegations), as entities; no record without one", "each entity an actor (one per Wikidata id, else per"
          + " name, code and sector); the claim's `by`, parties or actors"),
      new Field("recipient", "a demand's addressee, a response's demander, an act's target",
          "a demand's addressee, an act's target"),
      new Field("event", "by the claim's kind (PloverExport's table)", "the claim's kind (PloverImport's table)"),
      new Field("event_loc", "the venue: `extracted_place` its name, `city`", "CONSULT: the event's venue from"
          + " `extracted_place`; " + NOTE),
      new Field("event_text", "each evidence passage's words", "each passage evidence, placed in `text`"),
      new Field("quad_code", "not written", NOTE),
      new Field("event_scale", "not written", NOTE),
      new Field("mode", "by the demand's issue or the act's kind", NOTE + "; RETREAT and SANCTION modes choose the"
          + " claim, RETREAT's ceasefire, withdraw, access and disarm its issue"),
      new Field("context", "from the claim's issue", NOTE + "; territory, cbrn, election, peacekeeping, migration and"
          + " asylum give the claim's issue"),
      new Field("link", "the claim's key", NOTE + " (PLOVER links related events; a Parley key names one thing)"),
      new Field("text", "not written (the source's document is its publisher's)", "the source's document, written"
          + " beside the dataset"),
      new Field("text_info", "`start` and `end` of the first passage, in code points", "`start` places the first"
          + " passage when there is no text; " + NOTE),
      new Field("cite_info", "`citation` the source's id, `title` its headline, `publication` its outlet, `url`,"
          + " `language`, `coder`, `codebook`", "the source's headline, outlet, url and language; " + NOTE),
      new Field("coder", "`parley`", NOTE),
      new Field("coded_date", "not written", NOTE),
      new Field("coded_time", "not written", NOTE),
      new Field("comment", "a process event's description; an act's description and condition; the talks'"
          + " \"as SOURCE reports them\"", NOTE),
      new Field("actor/recipient: code", "the actor's country, or its affiliation's; UNO and EUR for the United"
          + " Nations and the European Union; IGO and NGO by kind", "the actor's country when it is an ISO code"),
      new Field("actor/recipient: sector", "by the actor's kind: GOV, MIL, REB, JRN, SOC", "the actor's kind: GOV,"
          + " LEG, JUD a state; MIL, COP, SPY, PRM a state force; REB, UAF an armed group; JRN media; SOC an NGO;"
          + " others a group"),
      new Field("actor/recipient: entity_text", "the actor's name", "the actor's name"),
      new Field("actor/recipient: identifier_id", "the actor's Wikidata id", "the actor's Wikidata id"),
      new Field("actor/recipient: identifier_text", "not written", "the actor's name when there is no entity_text"),
      new Field("actor/recipient: religion, ethnicity, office, gender, age", "not written", NOTE));

  /** The fields of the manual's record object (table "PLOVER JSON"), in its order: {@link #FIELDS} without the entities'. */
  public static List<String> recordFields() {
    return FIELDS.stream().map(Field::name).filter(n -> !n.contains(":")).toList();
  }
}
