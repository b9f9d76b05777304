package org.parley.validate;

/**
 * The stable codes of the standard rules. A code never changes meaning once released; programs and
 * tests match on it, people read the message.
 */
public final class Codes {

  private Codes() {}

  /** Error: two records of one kind (actors, negotiations, sources, reports) share an id. */
  public static final String DUPLICATE_ID = "id.duplicate";

  /** Error: an actor id names no actor of the dataset. */
  public static final String UNKNOWN_ACTOR = "reference.unknown-actor";

  /** Error: a report's source names no source of the dataset. */
  public static final String UNKNOWN_SOURCE = "reference.unknown-source";

  /** Error: a report's or agreement's negotiation, or a negotiation's previous round, names no negotiation. */
  public static final String UNKNOWN_NEGOTIATION = "reference.unknown-negotiation";

  /** Error: an agreement id names no agreement of the dataset. */
  public static final String UNKNOWN_AGREEMENT = "reference.unknown-agreement";

  /** Error: following a negotiation's previous rounds leads back to it. */
  public static final String PREVIOUS_ROUND_CYCLE = "negotiation.previous-round-cycle";

  /** Error: the parts of a quantity that one claim breaks down add up to more than the total it gives. */
  public static final String PARTS_EXCEED_TOTAL = "quantity.parts-exceed-total";

  /** Error: following an actor's affiliations leads back to the actor. */
  public static final String AFFILIATION_CYCLE = "actor.affiliation-cycle";

  /** Warning: two reports give the same source's account of the same negotiation. */
  public static final String DUPLICATE_ACCOUNT = "report.duplicate-account";

  /**
   * Warning: an encoder's key files claims of different kinds under one item (an absence under an
   * attendance's key, no agreement under an agreement's), where reconciliation compares them as one.
   */
  public static final String KEY_JOINS_UNLIKE_KINDS = "key.unlike-kinds";

  /** Error: a delegation's head is not one of its members. */
  public static final String HEAD_NOT_MEMBER = "delegation.head-not-member";

  /** Error: a person is listed twice in one delegation. */
  public static final String DUPLICATE_MEMBER = "delegation.duplicate-member";

  /** Error: one report puts a person in the delegations of two different parties. */
  public static final String PERSON_IN_OPPOSING_DELEGATIONS = "delegation.person-in-opposing-delegations";

  /** Error: a demand is made of the actor who makes it. */
  public static final String SELF_ADDRESSED_DEMAND = "demand.self-addressed";

  /** Warning: the responder to a demand is not a party to the negotiation, nor affiliated to one. */
  public static final String RESPONDER_NOT_PARTY = "response.responder-not-party";

  /**
   * Warning: a source's role claim disagrees with the negotiation record: a party called a third party,
   * a third party called a party, or a host or mediator the record does not list.
   */
  public static final String ROLE_AGAINST_NEGOTIATION = "role.against-negotiation";

  /** Error: a claim carries no evidence. */
  public static final String EVIDENCE_MISSING = "evidence.missing";

  /** Warning: no text of the source was available, so the report's evidence was not checked. */
  public static final String EVIDENCE_UNCHECKED = "evidence.unchecked";

  /** Error: an evidence passage ends beyond the end of its document. */
  public static final String EVIDENCE_OUTSIDE_DOCUMENT = "evidence.outside-document";

  /** Error: the document's text at an evidence offset differs from the evidence text. */
  public static final String EVIDENCE_TEXT_MISMATCH = "evidence.text-mismatch";

  /** Error: a direct quote's words occur in none of its evidence passages. */
  public static final String QUOTE_NOT_IN_EVIDENCE = "statement.quote-not-in-evidence";

  /** Error: a source's document was found but could not be read: not UTF-8, unreadable, a bad path. */
  public static final String TEXT_UNREADABLE = "source.text-unreadable";

  /** Error: the SHA-256 of a source's document differs from the one the source records. */
  public static final String DOCUMENT_HASH_MISMATCH = "source.document-hash-mismatch";

  /**
   * Warning: a source's document is given by its path alone (format 1.2) and its text was supplied:
   * the hash that would pin the text is missing; {@code parley anchor} records it.
   */
  public static final String DOCUMENT_UNHASHED = "source.document-unhashed";

  /** Error: a date does not exist in the calendar, such as 30 February. */
  public static final String NOT_A_CALENDAR_DATE = "date.not-a-calendar-date";

  /** Warning: a full date does not fall on the weekday given with it. */
  public static final String WEEKDAY_MISMATCH = "date.weekday-mismatch";

  /** Error: a duration of zero minutes. */
  public static final String DURATION_NOT_POSITIVE = "duration.not-positive";

  /** Warning: a duration of more than a thousand years. */
  public static final String DURATION_IMPLAUSIBLE = "duration.implausible";

  /** Warning: a quantity above a million billion. */
  public static final String QUANTITY_IMPLAUSIBLE = "quantity.implausible";

  /** Error: a quantity of zero. */
  public static final String QUANTITY_NOT_POSITIVE = "quantity.not-positive";

  /** Error: a rule threw an exception instead of reporting; the other rules still ran. */
  public static final String RULE_FAILED = "rule.failed";
}
