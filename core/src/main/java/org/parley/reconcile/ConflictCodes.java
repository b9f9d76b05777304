package org.parley.reconcile;

/**
 * The stable codes of {@link Conflict}s, one per rule of {@link Compare}. A code never changes
 * meaning once released; programs and tests match on it, people read the message.
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

  /** The sources give a fact different actors. */
  public static final String ACTOR = "conflict.actor";
}
