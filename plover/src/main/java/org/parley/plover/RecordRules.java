// Over 400 lines: one method per field of the manual's record, entity, text, citation and location
// objects, each with the rule the manual gives that field.
package org.parley.plover;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.export.PloverVocabulary;
import org.parley.json.ReadCodes;
import org.parley.model.JsonPointer;
import org.parley.plover.JsonTree.Arr;
import org.parley.plover.JsonTree.Bool;
import org.parley.plover.JsonTree.Member;
import org.parley.plover.JsonTree.Num;
import org.parley.plover.JsonTree.Obj;
import org.parley.plover.JsonTree.Str;
import org.parley.validate.Severity;

/**
 * The PLOVER manual's rules for one record (chapter "Data Fields", the event categories' modes and
 * recipients, the contexts, country and sector codes), each problem handed on with the byte offset and
 * JSON Pointer of the value at fault. A field spelled as an earlier draft spelled it is read as its
 * current name and reported as such.
 */
final class RecordRules {

  /** Where the rules hand their problems. */
  interface Sink {
    void problem(Severity severity, String code, long offset, JsonPointer pointer, String message);
  }

  /** Earlier drafts' names of record fields (the camelCase table of 2020, "source" and "target" before 2021). */
  static final Map<String, String> OLDER_FIELDS = new LinkedHashMap<>();

  /** Earlier names of entity fields (the 2020 actor table, and the actor block of the manual's own example). */
  static final Map<String, String> OLDER_ENTITY_FIELDS = new LinkedHashMap<>();

  static {
    OLDER_FIELDS.put("hasEvent", "has_event");
    OLDER_FIELDS.put("source", "actor");
    OLDER_FIELDS.put("target", "recipient");
    OLDER_FIELDS.put("eventLoc", "event_loc");
    OLDER_FIELDS.put("eventText", "event_text");
    OLDER_FIELDS.put("quadCode", "quad_code");
    OLDER_FIELDS.put("eventScale", "event_scale");
    OLDER_FIELDS.put("textInfo", "text_info");
    OLDER_FIELDS.put("citeInfo", "cite_info");
    OLDER_FIELDS.put("codedDate", "coded_date");
    OLDER_FIELDS.put("codedTime", "coded_time");
    OLDER_ENTITY_FIELDS.put("actorText", "entity_text");
    OLDER_ENTITY_FIELDS.put("actor_text", "entity_text");
    OLDER_ENTITY_FIELDS.put("raw_text", "entity_text");
    OLDER_ENTITY_FIELDS.put("identifer", "identifier_id");
    OLDER_ENTITY_FIELDS.put("wikidata_id", "identifier_id");
    OLDER_ENTITY_FIELDS.put("entity_name", "identifier_text");
    OLDER_ENTITY_FIELDS.put("sector_code", "sector");
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DAY_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile(
      "([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?");
  /** CAMEO event codes: two to four digits, or the "13y"-like codes of unfinished coding. */
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}|\\d{2}[0-9a-zA-Z]|\\d{3}[0-9a-zA-Z]");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9]\\d*");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Sink sink;
  private final boolean lenient;

  RecordRules(Sink sink, boolean lenient) {
    this.sink = sink;
    this.lenient = lenient;
  }

  /**
   * Checks one record at {@code at} (the root for a line, {@code /n} in an array), and gives its id
   * and where the id starts, or null when it has none.
   */
  Member check(JsonTree record, JsonPointer at) {
    if (!(record instanceof Obj o)) {
      error(ReadCodes.WRONG_TYPE, record.offset(), at, "a PLOVER record is a JSON object, not " + JsonTree.kind(record));
      return null;
    }
    Map<String, Member> fields = current(o, at, OLDER_FIELDS, "record");
    for (String required : List.of("id", "date", "actor", "event")) {
      if (!fields.containsKey(required)) {
        error(ReadCodes.MISSING_FIELD, o.offset(), at, "the record has no \"" + required + "\", which PLOVER requires"
            + (required.equals("id") ? " (an identifier unique within the data set)" : ""));
      }
    }
    Member id = fields.get("id");
    Member idOk = null;
    if (id != null) {
      Optional<String> value = string(id, at);
      if (value.isPresent() && value.get().isBlank()) {
        error(ReadCodes.INVALID_VALUE, id.value().offset(), at.child(id.name()), "the id is blank");
      } else if (value.isPresent()) {
        idOk = id;
      }
    }
    Member hasEvent = fields.get("has_event");
    if (hasEvent != null && !(hasEvent.value() instanceof Bool)) {
      wrongType(hasEvent, at, "true or false");
    }
    LocalDate date = day(fields.get("date"), at);
    LocalDate end = day(fields.get("enddate"), at);
    if (date != null && end != null && end.isBefore(date)) {
      Member m = fields.get("enddate");
      error(PloverCodes.DATE_ORDER, m.value().offset(), at.child(m.name()), "the event ends (" + end
          + ") before it starts (" + date + ")");
    }
    day(fields.get("coded_date"), at);
    for (String t : List.of("time", "endtime", "coded_time")) {
      time(fields.get(t), at);
    }
    List<String> events = events(fields.get("event"), at);
    entities(fields.get("actor"), at, true);
    boolean recipients = entities(fields.get("recipient"), at, false);
    for (String e : events) {
      PloverVocabulary.event(e).filter(PloverVocabulary.Event::requiresRecipient).ifPresent(ev -> {
        if (!recipients) {
          error(PloverCodes.RECIPIENT_REQUIRED, o.offset(), at, e + " requires a recipient (the manual's \"Requires"
              + " recipient: Yes\"), and the record names none");
        }
      });
    }
    modes(fields.get("mode"), events, at);
    contexts(fields.get("context"), at);
    quad(fields.get("quad_code"), events, at);
    scale(fields.get("event_scale"), at);
    location(fields.get("event_loc"), at);
    for (String s : List.of("link", "coder", "comment")) {
      Member m = fields.get(s);
      if (m != null) {
        string(m, at);
      }
    }
    List<Item> passages = strings(fields.get("event_text"), at);
    Optional<String> text = Optional.ofNullable(fields.get("text")).flatMap(m -> string(m, at));
    textInfo(fields.get("text_info"), text, at);
    text.ifPresent(t -> passages.stream().filter(passage -> !t.contains(passage.value())).forEach(passage ->
        error(PloverCodes.EVENT_TEXT_NOT_IN_TEXT, passage.offset(), passage.pointer(), "the event text \""
            + shorten(passage.value()) + "\" is not in the record's text")));
    citation(fields.get("cite_info"), at);
    return idOk;
  }

  /**
   * The object's members under their current names; a member spelled as an earlier draft spelled it
   * is reported (an error, or a warning when lenient) and read as its current name unless that is given too.
   */
  private Map<String, Member> current(Obj o, JsonPointer at, Map<String, String> older, String what) {
    Map<String, Member> fields = new LinkedHashMap<>();
    o.members().forEach((name, m) -> {
      String now = older.get(name);
      if (now == null) {
        fields.putIfAbsent(name, m);
        return;
      }
      problem(lenient ? Severity.WARNING : Severity.ERROR, PloverCodes.OLDER_FIELD, m.nameOffset(), at.child(name),
          "\"" + name + "\" is an earlier draft's name of the " + what + " field \"" + now + "\"; the current manual"
              + " names it \"" + now + "\"" + (lenient ? "" : " (--lenient reads it as such, with a warning)"));
      if (!o.members().containsKey(now)) {
        fields.put(now, new Member(name, m.nameOffset(), m.value()));
      }
    });
    return fields;
  }

  private LocalDate day(Member m, JsonPointer at) {
    if (m == null) {
      return null;
    }
    Optional<String> s = string(m, at);
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (!DAY_SHAPE.matcher(s.get()).matches()) {
        throw new DateTimeParseException("shape", s.get(), 0);
      }
      return LocalDate.parse(s.get(), DAY);
    } catch (DateTimeParseException e) {
      error(PloverCodes.DATE, m.value().offset(), at.child(m.name()), "\"" + shorten(s.get()) + "\" is not a day"
          + " written YYYY-MM-DD, as PLOVER's " + m.name() + " is");
      return null;
    }
  }

  private void time(Member m, JsonPointer at) {
    if (m == null) {
      return;
    }
    string(m, at).filter(s -> !TIME.matcher(s).matches()).ifPresent(s -> error(PloverCodes.TIME, m.value().offset(),
        at.child(m.name()), "\"" + shorten(s) + "\" is not an ISO 8601 time (hh:mm:ss, with an optional fraction and"
            + " zone), as PLOVER's " + m.name() + " is"));
  }

  /** The known event categories of the record, each unknown one reported. */
  private List<String> events(Member m, JsonPointer at) {
    List<String> known = new ArrayList<>();
    if (m == null) {
      return known;
    }
    if (m.value() instanceof Arr a && a.items().isEmpty()) {
      error(ReadCodes.INVALID_VALUE, a.offset(), at.child(m.name()), "the event list is empty; a record codes at"
          + " least one event category");
    }
    for (Item item : distinct(m, at)) {
      String v = item.value();
      if (PloverVocabulary.event(v).isPresent()) {
        known.add(v);
      } else if (CAMEO.matcher(v).matches()) {
        error(PloverCodes.CAMEO_CODE, item.offset(), item.pointer(), "\"" + v + "\" is a CAMEO code, not a PLOVER event"
            + " category; PLOVER's are " + eventNames() + " (the manual's chapter \"CAMEO vs. PLOVER\" translates them)");
      } else {
        Optional<String> upper = PloverVocabulary.event(v.toUpperCase(Locale.ROOT)).map(e -> e.name());
        error(ReadCodes.UNKNOWN_VALUE, item.offset(), item.pointer(), "\"" + shorten(v) + "\" is not a PLOVER event"
            + " category" + upper.map(u -> "; the manual spells it " + u).orElse("; PLOVER's are " + eventNames()));
      }
    }
    return known;
  }

  private static String eventNames() {
    return String.join(", ", PloverVocabulary.events().stream().map(PloverVocabulary.Event::name).toList());
  }

  private void modes(Member m, List<String> events, JsonPointer at) {
    if (m == null) {
      return;
    }
    for (Item item : distinct(m, at)) {
      String mode = item.value();
      if (PloverVocabulary.AUXILIARY_MODES.contains(mode)) {
        error(PloverCodes.AUXILIARY_IN_MODE, item.offset(), item.pointer(), "\"" + mode + "\" is an auxiliary mode,"
            + " which the manual puts in the context, not in the mode");
        continue;
      }
      List<String> owners = PloverVocabulary.eventsWithMode(mode);
      if (owners.isEmpty()) {
        error(ReadCodes.UNKNOWN_VALUE, item.offset(), item.pointer(), "\"" + shorten(mode) + "\" is not a PLOVER mode"
            + (events.isEmpty() ? "" : "; " + String.join(" and ", events) + " " + (events.size() == 1 ? "has" : "have")
                + " " + modesOf(events)));
      } else if (!events.isEmpty() && owners.stream().noneMatch(events::contains)) {
        error(PloverCodes.MODE_FOR_EVENT, item.offset(), item.pointer(), "the mode \"" + mode + "\" belongs to "
            + String.join(" and ", owners) + ", not to " + String.join(" or ", events) + ", which "
            + (events.size() == 1 ? "has " : "have ") + modesOf(events));
      }
    }
  }

  private static String modesOf(List<String> events) {
    List<String> modes = events.stream().flatMap(e -> PloverVocabulary.event(e).orElseThrow().modes().stream())
        .distinct().toList();
    return modes.isEmpty() ? "no modes" : "the modes " + String.join(", ", modes);
  }

  private void contexts(Member m, JsonPointer at) {
    if (m == null) {
      return;
    }
    for (Item item : distinct(m, at)) {
      String v = item.value();
      if (!PloverVocabulary.CONTEXTS.contains(v) && !PloverVocabulary.AUXILIARY_MODES.contains(v)) {
        String lower = v.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        error(ReadCodes.UNKNOWN_VALUE, item.offset(), item.pointer(), "\"" + shorten(v) + "\" is not a PLOVER context"
            + (PloverVocabulary.CONTEXTS.contains(lower) ? "; the manual spells it " + lower
                : " (the manual's table \"General contexts\" lists them)"));
      }
    }
  }

  private void quad(Member m, List<String> events, JsonPointer at) {
    if (m == null) {
      return;
    }
    if (!(m.value() instanceof Num n) || !n.integral()) {
      wrongType(m, at, "a whole number from 1 to 4");
      return;
    }
    java.math.BigDecimal q = n.decimal();
    if (q.compareTo(java.math.BigDecimal.ONE) < 0 || q.compareTo(java.math.BigDecimal.valueOf(4)) > 0) {
      error(ReadCodes.INVALID_VALUE, n.offset(), at.child(m.name()), "quad_code " + n.text() + " is not 1, 2, 3 or 4");
      return;
    }
    int quad = q.intValue();
    if (!events.isEmpty() && events.stream().noneMatch(e -> PloverVocabulary.event(e).orElseThrow().quad() == quad)) {
      PloverVocabulary.Event first = PloverVocabulary.event(events.get(0)).orElseThrow();
      error(PloverCodes.QUAD_CODE, n.offset(), at.child(m.name()), "quad_code " + quad + " ("
          + PloverVocabulary.QUADS.get(quad - 1) + ") is not the quad category of " + first.name() + ", which is "
          + first.quad() + " (" + PloverVocabulary.QUADS.get(first.quad() - 1) + ")");
    }
  }

  private void scale(Member m, JsonPointer at) {
    if (m == null) {
      return;
    }
    if (!(m.value() instanceof Num n)) {
      wrongType(m, at, "a number");
      return;
    }
    if (n.decimal().abs().compareTo(java.math.BigDecimal.TEN) > 0) {
      error(PloverCodes.EVENT_SCALE, n.offset(), at.child(m.name()), "event_scale " + n.text()
          + " is outside the manual's scale from -10 to +10");
    }
  }

  /** Checks a list of entities; whether it names any. */
  private boolean entities(Member m, JsonPointer at, boolean required) {
    if (m == null) {
      return false;
    }
    JsonPointer p = at.child(m.name());
    if (!(m.value() instanceof Arr a)) {
      wrongType(m, at, "a list of entity objects" + (m.value() instanceof Obj ? " (put the object in [ ])" : ""));
      return m.value() instanceof Obj;
    }
    if (a.items().isEmpty()) {
      if (required) {
        error(ReadCodes.INVALID_VALUE, a.offset(), p, "the actor list is empty; a record names at least one actor");
      }
      return false;
    }
    for (int i = 0; i < a.items().size(); i++) {
      entity(a.items().get(i), p.child(i));
    }
    return true;
  }

  private void entity(JsonTree v, JsonPointer p) {
    if (!(v instanceof Obj o)) {
      error(ReadCodes.WRONG_TYPE, v.offset(), p, "an entity is an object such as {\"code\": \"USA\", \"sector\":"
          + " \"GOV\"}, not " + JsonTree.kind(v));
      return;
    }
    Map<String, Member> fields = current(o, p, OLDER_ENTITY_FIELDS, "entity");
    Member code = fields.get("code");
    string(code, p).filter(c -> !PloverVocabulary.isEntityCode(c)).ifPresent(c -> error(PloverCodes.ENTITY_CODE,
        code.value().offset(), p.child(code.name()), "\"" + shorten(c) + "\" is not an entity code PLOVER allows: an"
            + " ISO 3166-1 alpha-3 country code (upper case), KOS, or one of IGO, UNO, EUR, NGO, ISM, IMG, MNC"));
    Member sector = fields.get("sector");
    string(sector, p).filter(s -> !PloverVocabulary.isSector(s)).ifPresent(s -> error(PloverCodes.SECTOR,
        sector.value().offset(), p.child(sector.name()), "\"" + shorten(s) + "\" is not a PLOVER sector code (the"
            + " manual's table \"Sector Codes\": GOV, MIL, REB, …; two may run together, as GOVPRE)"));
    Member id = fields.get("identifier_id");
    string(id, p).filter(s -> !WIKIDATA.matcher(s).matches()).ifPresent(s -> error(PloverCodes.IDENTIFIER,
        id.value().offset(), p.child(id.name()), "\"" + shorten(s) + "\" is not a Wikidata id (Q and digits, such"
            + " as Q76658), which the manual asks identifier_id to be"));
    for (String s : List.of("entity_text", "identifier_text", "religion", "ethnicity", "office", "gender")) {
      string(fields.get(s), p);
    }
    Member age = fields.get("age");
    if (age != null && (!(age.value() instanceof Num n) || !n.integral() || n.decimal().signum() < 0)) {
      wrongType(age, p, "a whole number of years");
    }
    if (java.util.stream.Stream.of("code", "entity_text", "identifier_id", "identifier_text")
        .noneMatch(fields::containsKey) && !o.members().containsKey("country_name")) {
      error(PloverCodes.EMPTY_ENTITY, o.offset(), p, "the entity gives no code, entity_text, identifier_id or"
          + " identifier_text, so it names no one");
    }
  }

  private void location(Member m, JsonPointer at) {
    Obj o = object(m, at, "a location object");
    if (o == null) {
      return;
    }
    JsonPointer p = at.child(m.name());
    bounded(o, "lat", 90, p);
    bounded(o, "lon", 180, p);
    Member resolution = o.members().get("resolution");
    if (resolution != null) {
      if (!(resolution.value() instanceof Num n) || !n.integral()) {
        wrongType(resolution, p, "a whole number from 1 to 5");
      } else if (n.decimal().compareTo(java.math.BigDecimal.ONE) < 0
          || n.decimal().compareTo(java.math.BigDecimal.valueOf(5)) > 0) {
        error(PloverCodes.LOCATION, n.offset(), p.child("resolution"), "resolution " + n.text() + " is not one of the"
            + " manual's levels, 1 (country) to 5 (sub-city)");
      }
    }
    Member geonameid = o.members().get("geonameid");
    if (geonameid != null && (!(geonameid.value() instanceof Num n) || !n.integral())) {
      wrongType(geonameid, p, "a whole number (the GeoNames id)");
    }
    Member country = o.members().get("country_code");
    string(country, p).filter(c -> !PloverVocabulary.isEntityCode(c)).ifPresent(c -> error(PloverCodes.LOCATION,
        country.value().offset(), p.child("country_code"), "\"" + shorten(c) + "\" is not a 3-letter ISO country code,"
            + " which the manual asks country_code to be, to match the actors' codes"));
    for (String s : List.of("extracted_place", "resolved_place", "city", "district", "province", "country",
        "feature_class", "feature_code")) {
      string(o.members().get(s), p);
    }
  }

  private void bounded(Obj o, String name, int limit, JsonPointer p) {
    Member m = o.members().get(name);
    if (m == null) {
      return;
    }
    if (!(m.value() instanceof Num n)) {
      wrongType(m, p, "a number of decimal degrees");
      return;
    }
    if (n.decimal().abs().compareTo(java.math.BigDecimal.valueOf(limit)) > 0) {
      error(PloverCodes.LOCATION, n.offset(), p.child(name), name + " " + n.text() + " is outside -" + limit + " to "
          + limit + " degrees");
    }
  }

  private void textInfo(Member m, Optional<String> text, JsonPointer at) {
    Obj o = object(m, at, "a text information object");
    if (o == null) {
      return;
    }
    JsonPointer p = at.child(m.name());
    Map<String, Member> fields = current(o, p, Map.of("textStory", "text_story"), "text information");
    Long start = offset(fields.get("start"), p);
    Long end = offset(fields.get("end"), p);
    offset(fields.get("sequence"), p);
    strings(fields.get("text_story"), p);
    if (start != null && end != null && start > end) {
      error(PloverCodes.TEXT_OFFSETS, fields.get("end").value().offset(), p.child("end"), "the text ends (" + end
          + ") before it starts (" + start + ")");
      return;
    }
    if (text.isPresent()) {
      long length = text.get().codePointCount(0, text.get().length());
      for (String s : List.of("start", "end")) {
        Long value = s.equals("start") ? start : end;
        if (value != null && value > length) {
          error(PloverCodes.TEXT_OFFSETS, fields.get(s).value().offset(), p.child(s), s + " " + value + " lies past the"
              + " end of the record's text, which is " + length + " characters long");
        }
      }
    }
  }

  private Long offset(Member m, JsonPointer p) {
    if (m == null) {
      return null;
    }
    if (!(m.value() instanceof Num n) || !n.integral()) {
      wrongType(m, p, "a whole number");
      return null;
    }
    if (n.decimal().signum() < 0) {
      error(PloverCodes.TEXT_OFFSETS, n.offset(), p.child(m.name()), m.name() + " " + n.text() + " is negative");
      return null;
    }
    return n.decimal().min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
  }

  private void citation(Member m, JsonPointer at) {
    Obj o = object(m, at, "a citation information object");
    if (o == null) {
      return;
    }
    JsonPointer p = at.child(m.name());
    for (Member f : o.members().values()) {
      string(f, p);
    }
    Member language = o.members().get("language");
    if (language != null && language.value() instanceof Str s && !LANGUAGES.contains(s.value())) {
      error(PloverCodes.LANGUAGE, s.offset(), p.child("language"), "\"" + shorten(s.value()) + "\" is not an ISO 639-1"
          + " two-letter language code (en, fr, ar, …), which the manual asks for");
    }
  }

  /** The field's object; null when there is no field, or after reporting that it is not an object. */
  private Obj object(Member m, JsonPointer at, String expected) {
    if (m == null) {
      return null;
    }
    if (m.value() instanceof Obj o) {
      return o;
    }
    wrongType(m, at, expected);
    return null;
  }

  /** The field's string, or empty after reporting that it is not one. */
  private Optional<String> string(Member m, JsonPointer at) {
    if (m == null) {
      return Optional.empty();
    }
    if (m.value() instanceof Str s) {
      return Optional.of(s.value());
    }
    wrongType(m, at, "a string");
    return Optional.empty();
  }

  /** A string of a list, with where it is. */
  record Item(String value, long offset, JsonPointer pointer) {}

  /** The strings of a list field; a field that is not a list, or an item that is not a string, is reported. */
  private List<Item> strings(Member m, JsonPointer at) {
    List<Item> out = new ArrayList<>();
    if (m == null) {
      return out;
    }
    if (!(m.value() instanceof Arr a)) {
      wrongType(m, at, "a list of strings" + (m.value() instanceof Str s ? " (write [\"" + shorten(s.value()) + "\"])"
          : ""));
      return out;
    }
    JsonPointer p = at.child(m.name());
    for (int i = 0; i < a.items().size(); i++) {
      JsonTree v = a.items().get(i);
      if (v instanceof Str s) {
        out.add(new Item(s.value(), s.offset(), p.child(i)));
      } else {
        error(ReadCodes.WRONG_TYPE, v.offset(), p.child(i), "expected a string, found " + JsonTree.kind(v));
      }
    }
    return out;
  }

  /** The strings of a list field, each once: a repeat is reported (a warning) and left out. */
  private List<Item> distinct(Member m, JsonPointer at) {
    Set<String> seen = new HashSet<>();
    List<Item> out = new ArrayList<>();
    for (Item item : strings(m, at)) {
      if (seen.add(item.value())) {
        out.add(item);
      } else {
        problem(Severity.WARNING, PloverCodes.REPEATED_VALUE, item.offset(), item.pointer(), item.value()
            + " is listed twice");
      }
    }
    return out;
  }

  private void wrongType(Member m, JsonPointer at, String expected) {
    error(ReadCodes.WRONG_TYPE, m.value().offset(), at.child(m.name()), m.name() + " is " + expected + ", not "
        + JsonTree.kind(m.value()));
  }

  private void error(String code, long offset, JsonPointer pointer, String message) {
    problem(Severity.ERROR, code, offset, pointer, message);
  }

  private void problem(Severity severity, String code, long offset, JsonPointer pointer, String message) {
    sink.problem(severity, code, offset, pointer, message);
  }

  /** A value quoted in a message: at most 60 characters. */
  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }
}
