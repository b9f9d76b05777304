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
}
