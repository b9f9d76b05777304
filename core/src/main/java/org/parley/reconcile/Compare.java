package org.parley.reconcile;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.ActKind;
import org.parley.model.DurationEstimate;
import org.parley.model.NegotiationRole;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.TimeOfDay;
import org.parley.model.Venue;

/**
 * The comparison rules of reconciliation. Each answers one question: can all these values be true
 * at once? If not, it says why. The rules are deliberately simple and written down here, so a reader
 * of a reconciliation can check any verdict by hand.
 *
 * <ul>
 *   <li><b>Dates</b> agree when at least one day fits all of them: a date is the range of days it can
 *       mean (a year, a month, a day) narrowed by the weekday the source names. "Friday" in May 2025
 *       fits 16 May 2025 but not 15 May.
 *   <li><b>Durations</b> agree when their qualified intervals overlap: "90 minutes" is [90, 90],
 *       "under two hours" is [0, 120) (strictly under), "over" is (n, ∞), "about" is n ± 15 %.
 *       "90 minutes" and "under two hours" agree; "two hours" and "under two hours" do not.
 *   <li><b>Timings</b> of one event against the talks (before, during, after) conflict when they
 *       differ; an outcome's <b>rank</b> conflicts when one source calls it the only outcome and
 *       another one among a few (since format 1.2).
 *   <li><b>Venues</b> agree when their cities agree (or one gives none) and their names share a
 *       distinctive word (accents and case ignored; generic words such as palace, office,
 *       presidential are not distinctive): "Dolmabahçe Palace" and "Turkish Presidency’s Dolmabahce
 *       office" agree. Among more than two, names joined through shared words are one group ("Ritz
 *       Hilton", "Hilton Carlton", "Carlton Towers" may all name a "Ritz Hilton Carlton Towers"); the
 *       venues conflict when they name two cities or their names fall into two groups.
 *   <li><b>Titles</b> conflict only between offices (president, minister, secretary, ...): two
 *       offices conflict when one is former and the other not, or when neither's words contain the
 *       other's (a state's name, aliases and demonyms, as its actor record gives them, count as the
 *       state: Turkish = Türkiye’s = Turkey’s, Iranian = Iran’s; defence = defense). "President" fits "Ukrainian President"; "Ukrainian President" does not fit
 *       "Former U.S. President". Descriptions that are no office ("Putin aide") never conflict.
 *   <li><b>Statuses</b> of one outcome conflict when one source says it was settled (agreed,
 *       implemented) and another that it was not (discussed, proposed, not reached).
 *   <li><b>Quantities</b> of one item conflict when no number fits all that the sources say of one
 *       thing counted (the first word of the unit that is not a state's word, "prisoners"; and the
 *       direction, from whom to whom, when given). Each quantity allows a range: exact n is n; about
 *       n is n ± 15 %; at least, more than, up to, fewer than and ranges as their words say. A number
 *       per party counts once for each party (at least two); a number whose basis is unspecified
 *       allows both readings. Parts ("three on Day 1", "four on Day 7") are added up per source, and
 *       their sum is a lower bound of the total: 3 + 4 + 26 fits 33 and "at least 30", not 30.
 *   <li><b>Times</b> of day conflict when two with known UTC offsets are different instants, or two
 *       without an offset differ; a time with an offset and one without are not compared.
 *       <b>Days within a phase</b> conflict when they differ for the same phase.
 *   <li><b>Agreement statuses</b> conflict like outcome statuses: concluded (initialled, signed,
 *       finalized, approved, ratified, in force, and the later suspended, violated, collapsed,
 *       terminated) against not concluded (sought, proposed, negotiated). One party's step (an
 *       approval by one party) is compared only with steps of that party. <b>Roles</b> conflict when one source makes an actor a party
 *       (or a signatory) and another a third party; different third-party roles (mediator, host,
 *       guarantor, ...) never conflict with each other, since one actor may hold several, but they are
 *       unclear: sources use "mediator" and "facilitator" loosely, and a person must look.
 *   <li><b>Statements</b> filed under an item conflict with it when one denies or disputes while
 *       another statement, or a claim of any source, affirms it: a disagreement between speakers, even
 *       inside one article.
 *   <li><b>Responses</b> to one demand conflict when one source says accepted and another rejected;
 *       <b>regions</b> named conflict when neither list contains the other.
 *   <li><b>Heads</b> of a delegation conflict when they are different people; a person's
 *       <b>side</b> conflicts when sources put them in the delegations of different parties.
 *   <li><b>Kinds</b> of the claims under one item (as an encoder's key joins them) conflict when
 *       both cannot be true of one thing: attended against absent, declined or trip cancelled; an
 *       agreement against no agreement. Other different kinds (walked out and withdrew, an agreement
 *       and a commitment) are <i>unclear</i>: they may tell one thing in other words, or be two things
 *       one key joined. Claims on different <b>issues</b> under one key are unclear too.
 *   <li><b>Actors</b> of one claim — who was absent, who met, who demands of whom, whose fact it is,
 *       an outcome's parties — conflict when two sources name actors with none in common; a person
 *       and the state or body they belong to (their affiliations, a group's members) count as one.
 *       When the sources share some but one names an actor the other does not, the item is unclear:
 *       a source may name only some of those who met; so is it when the sources name different people
 *       as attending or convening a gathering, where both may be true. A claim that names nobody fits
 *       any.
 *   <li><b>Reasons</b> for one event are the sources' words: two that differ in their words are
 *       unclear, never agreed ("because the rebels declined to attend" and "because the government
 *       had not met its commitments").
 * </ul>
 *
 * <p>An item is <i>unclear</i> when its only differences are of the undecided kinds ({@code unclear.*}
 * codes): a person must look, and the table says what differs.
 */
public final class Compare {

  private Compare() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("of", "the", "a", "an", "s", "and");
  private static final Set<String> OFFICES =
      Set.of("president", "minister", "secretary", "chancellor", "premier", "king", "ambassador", "governor");
  private static final Set<String> GENERIC_PLACE = Set.of("palace", "office", "presidential", "presidency",
      "turkish", "building", "hall", "hotel", "centre", "center", "historic");

  /** Lower case, accents and periods removed ("U.S." is "us"), split into words, stop words dropped. */
  static List<String> words(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace(".", "").replace('’', ' ').replace('\'', ' ');
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(plain)) {
      if (!word.isEmpty() && !STOP.contains(word)) {
        words.add(word.equals("defence") ? "defense" : word);
      }
    }
    return words;
  }

  // ---- dates --------------------------------------------------------------------------------

  /** Why no day fits all the dates, or empty when one does. */
  static Optional<String> dates(List<PartialDate> dates) {
    LocalDate from = LocalDate.MIN;
    LocalDate to = LocalDate.MAX;
    DayOfWeek weekday = null;
    for (PartialDate date : dates) {
      from = date.earliest().isAfter(from) ? date.earliest() : from;
      to = date.latest().isBefore(to) ? date.latest() : to;
      if (date.dayOfWeek().isPresent()) {
        if (weekday != null && weekday != date.dayOfWeek().get()) {
          return Optional.of("the sources name different weekdays");
        }
        weekday = date.dayOfWeek().get();
      }
    }
    if (from.isAfter(to)) {
      return Optional.of("no single day fits " + list(dates));
    }
    if (weekday != null) {
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        if (day.getDayOfWeek() == weekday) {
          return Optional.empty();
        }
      }
      return Optional.of("no day fits " + list(dates) + ": " + describe(from, to) + " is no "
          + weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }
    return Optional.empty();
  }

  private static String describe(LocalDate from, LocalDate to) {
    return from.equals(to) ? from.toString() : from + " to " + to;
  }

  // ---- durations ----------------------------------------------------------------------------

  /** The interval a duration allows, in half-minutes so that "under" and "over" can be strict. */
  static long[] interval(DurationEstimate d) {
    // In half-minutes, saturated far below overflow: "over 4.6e18 minutes" must not wrap into "10 minutes".
    long m = Math.min(d.minutes(), Long.MAX_VALUE / 8) * 2;
    return switch (d.qualifier()) {
      case EXACT -> new long[] {m, m};
      case UNDER -> new long[] {0, m - 1};
      case OVER -> new long[] {m + 1, Long.MAX_VALUE};
      case UP_TO -> new long[] {0, m};
      case AT_LEAST -> new long[] {m, Long.MAX_VALUE};
      default -> new long[] {(long) Math.floor(m * 0.85), (long) Math.ceil(m * 1.15)};
    };
  }

  /** Why the durations cannot all be true, or empty when their intervals overlap. */
  static Optional<String> durations(List<DurationEstimate> durations) {
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    for (DurationEstimate d : durations) {
      long[] i = interval(d);
      lo = Math.max(lo, i[0]);
      hi = Math.min(hi, i[1]);
    }
    return lo <= hi ? Optional.empty() : Optional.of("no length fits " + list(durations));
  }

  // ---- venues -------------------------------------------------------------------------------

  /** A venue's words, worked out once: its city, its name, and the distinctive words of its name. */
  record NormalVenue(List<String> city, List<String> name, Set<String> distinctive) {}

  static NormalVenue normal(Venue v) {
    List<String> name = words(v.name());
    Set<String> distinctive = new HashSet<>();
    for (String word : name) {
      if (word.length() >= 5 && !GENERIC_PLACE.contains(word)) {
        distinctive.add(word);
      }
    }
    return new NormalVenue(v.city().map(Compare::words).orElse(null), name, distinctive);
  }

  static boolean venues(Venue a, Venue b) {
    return venues(normal(a), normal(b));
  }

  static boolean venues(NormalVenue a, NormalVenue b) {
    if (a.city() != null && b.city() != null && !a.city().equals(b.city())) {
      return false;
    }
    if (a.name().equals(b.name())) {
      return true;
    }
    for (String word : a.distinctive()) {
      if (b.distinctive().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A list of regions as a set of normalized names, worked out once. */
  static Set<List<String>> regionSet(List<String> regions) {
    Set<List<String>> set = new HashSet<>();
    regions.forEach(r -> set.add(words(r)));
    return set;
  }

  // ---- titles -------------------------------------------------------------------------------

  /**
   * The words of a title, each word that names a state or its people replaced by the state's id
   * ({@code actor:turkiye}); those words come from the actors' own names, aliases and demonyms.
   */
  static Set<String> titleWords(String title, Map<String, String> countries) {
    Set<String> words = new HashSet<>();
    for (String word : words(title)) {
      words.add(countries.getOrDefault(word, word));
    }
    return words;
  }

  static boolean titles(Set<String> a, Set<String> b) {
    boolean officeA = a.stream().anyMatch(OFFICES::contains);
    boolean officeB = b.stream().anyMatch(OFFICES::contains);
    if (!officeA || !officeB) {
      return true;
    }
    if (isFormer(a) != isFormer(b)) {
      return false;
    }
    return a.containsAll(b) || b.containsAll(a);
  }

  private static boolean isFormer(Set<String> words) {
    return words.contains("former") || words.contains("ex");
  }

  // ---- outcomes and demands -----------------------------------------------------------------

  static boolean settled(OutcomeStatus status) {
    return status == OutcomeStatus.AGREED || status == OutcomeStatus.IMPLEMENTED;
  }

  /** Whether claims of these two kinds cannot both be true of one thing (the event's actors or the outcome). */
  static boolean contradicts(Enum<?> a, Enum<?> b) {
    return absentAndPresent(a, b) || absentAndPresent(b, a)
        || a == OutcomeKind.AGREEMENT && b == OutcomeKind.NO_AGREEMENT
        || a == OutcomeKind.NO_AGREEMENT && b == OutcomeKind.AGREEMENT
        || opposite(a, b) || opposite(b, a);
  }

  /** Whether one act undoes the other: sanctions imposed against lifted, a role suspended against resumed. */
  private static boolean opposite(Enum<?> a, Enum<?> b) {
    return a == ActKind.IMPOSED_SANCTIONS && b == ActKind.LIFTED_SANCTIONS
        || a == ActKind.IMPOSED_RESTRICTIONS && b == ActKind.EASED_RESTRICTIONS
        || a == ActKind.SUSPENDED_ROLE && b == ActKind.RESUMED_ROLE;
  }

  /** Whether an event of this kind is a gathering that many may attend, rather than one side's act. */
  static boolean gathering(ProcessEventKind kind) {
    return kind == ProcessEventKind.ATTENDED || kind == ProcessEventKind.CONVENED;
  }

  private static boolean absentAndPresent(Enum<?> a, Enum<?> b) {
    return a == ProcessEventKind.ATTENDED && (b == ProcessEventKind.ABSENT || b == ProcessEventKind.DECLINED
        || b == ProcessEventKind.TRIP_CANCELLED);
  }

  /** Whether a role in the talks is a side's, rather than a third party's. */
  static boolean sideRole(NegotiationRole role) {
    return role == NegotiationRole.PARTY;
  }

  /** Why the times cannot all be one moment, or empty. */
  static Optional<String> times(List<TimeOfDay> times) {
    Set<Integer> utc = new java.util.TreeSet<>();
    Set<java.time.LocalTime> local = new java.util.TreeSet<>();
    for (TimeOfDay t : times) {
      if (t.utcMinuteOfDay().isPresent()) {
        utc.add(t.utcMinuteOfDay().get());
      } else {
        local.add(t.time());
      }
    }
    if (utc.size() > 1) {
      return Optional.of("the times " + list(times.stream().filter(t -> t.offset().isPresent()).toList())
          + " are different moments");
    }
    if (local.size() > 1) {
      return Optional.of("the local times " + list(List.copyOf(local)) + " differ");
    }
    return Optional.empty();
  }

  /** Whether neither list of regions contains the other. */
  static boolean regionsConflict(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && regionsConflict(regionSet(a), regionSet(b));
  }

  static boolean regionsConflict(Set<List<String>> x, Set<List<String>> y) {
    return !x.containsAll(y) && !y.containsAll(x);
  }

  private static String list(List<?> values) {
    return String.join(", ", values.stream().map(String::valueOf).distinct().toArray(String[]::new));
  }
}
