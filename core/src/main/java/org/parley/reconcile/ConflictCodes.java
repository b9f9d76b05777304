package org.parley.reconcile;

/**
 * The stable codes of {@link Conflict}s, one per rule of {@link Compare}. A code never changes
 * meaning once released; programs and tests match on it, people read the message. Codes that start
 * with {@code conflict.} are decided (the values cannot all be true); codes that start with {@code
 * unclear.} name a difference the rules cannot decide, which makes an item {@link
 * Classification#UNCLEAR} rather than agreed.
 */
public final class ConflictCodes {

  private ConflictCodes() {}

  /** No single day fits every date given for the item. */
  public static final String DATE = "conflict.date";

  /** The sources name different weekdays. */
  public static final String WEEKDAY = "conflict.weekday";

  /** Times of day that cannot be the same moment. */
  public static final String TIME = "conflict.time";

  /** Different days counted within a phase ("Day 7" against "Day 8"). */
  public static final String PHASE_DAY = "conflict.phase-day";

  /** No length fits every duration given. */
  public static final String DURATION = "conflict.duration";

  /** The venues name different places. */
  public static final String VENUE = "conflict.venue";

  /** One source says the parties met face to face, another that they met only through a mediator. */
  public static final String FORMAT = "conflict.format";

  /**
   * The sources give formats that may both be true (direct against direct and indirect, technical,
   * virtual): one may leave out what the other says, so a person must look.
   */
  public static final String UNCLEAR_FORMAT = "unclear.format";

  /** The sources name different people (a delegation's head) or sides (a person's). */
  public static final String PERSON = "conflict.person";

  /** The titles are different offices. */
  public static final String TITLE = "conflict.title";

  /** One source says a demand was accepted, another that it was rejected. */
  public static final String RESPONSE = "conflict.response";

  /** Neither list of regions named contains the other. */
  public static final String REGIONS = "conflict.regions";

  /** One source says it was settled (agreed, signed, in force), another that it was not. */
  public static final String STATUS = "conflict.status";

  /** No number fits every quantity given for one thing counted. */
  public static final String QUANTITY = "conflict.quantity";

  /** Different lengths of one phase. */
  public static final String PHASE = "conflict.phase";

  /** One source makes an actor a party, another a third party (mediator, observer, ...). */
  public static final String ROLE = "conflict.role";

  /** A statement denies or disputes what a source or another speaker affirms. */
  public static final String STANCE = "conflict.stance";

  /**
   * The sources name different actors for one claim — who was absent, who met, who demands of whom,
   * whose fact it is — with no actor in common (a person and the side they act for count as one).
   */
  public static final String ACTOR = "conflict.actor";

  /**
   * Claims under one item of kinds that cannot both be true of one thing (attended and absent, an
   * agreement and no agreement), mostly filed there by an encoder's key shared by unlike claims.
   */
  public static final String KIND = "conflict.kind";

  /**
   * Claims of different kinds under one item that may tell one thing in other words (walked out and
   * withdrew) or be two things one key joined (absent and trip cancelled).
   */
  public static final String UNCLEAR_KIND = "unclear.kind";

  /** The sources place one event on different sides of the talks: before against during or after. */
  public static final String TIMING = "conflict.timing";

  /** The sources hold different sides responsible for one outcome (who blocked a ceasefire). */
  public static final String BLAME = "conflict.blame";

  /**
   * One source has a side take the talks well, another badly: both may be true of different
   * speakers or moments, so a person must look.
   */
  public static final String UNCLEAR_TONE = "unclear.tone";

  /** One source says event A followed from event B, another that B followed from A. */
  public static final String DIRECTION = "conflict.direction";

  /** One source calls an outcome the only one of the talks, another one among a few. */
  public static final String RANK = "conflict.rank";

  /** The sources name actors in common, but one names some the other does not. */
  public static final String UNCLEAR_ACTORS = "unclear.actors";

  /** The sources give the same quoted words to different speakers: who said it. */
  public static final String SPEAKER = "conflict.speaker";

  /** The sources give different reasons in words the rules cannot compare. */
  public static final String UNCLEAR_REASON = "unclear.reason";

  /** The sources count one fact from different events ("since the invasion", "since the talks collapsed"). */
  public static final String UNCLEAR_SINCE = "unclear.since";

  /** Claims on different issues filed under one item by an encoder's key. */
  public static final String UNCLEAR_ISSUE = "unclear.issue";

  /**
   * The sources relate two agreements by different relations (one extends, the other amends): a text
   * may be both, and sources name such steps loosely, so a person must look; since format 1.2.
   */
  public static final String UNCLEAR_LINK = "unclear.link";

  /**
   * A source dates it relative to its own publication ("next week") and another otherwise (another
   * relative date, or a calendar date): each counts from its own day, so a person must check against
   * the sources' publication dates; since format 1.2.
   */
  public static final String UNCLEAR_DATE = "unclear.date";

  private static final String UNDECIDED = "unclear.";

  /** Whether {@code code} names a difference the rules cannot decide ({@code unclear.*}). */
  public static boolean undecided(String code) {
    return code.startsWith(UNDECIDED);
  }
}
