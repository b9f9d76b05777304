package org.parley.reconcile;

import org.parley.model.WireEnum;

/** What a reconciled item is about. */
public enum ItemKind implements WireEnum {
  /** A date of one role (when the talks were held, a deal signed, a ceasefire effective) and subject. */
  DATE,
  /** Where the talks took place. */
  VENUE,
  /** How the parties met: face to face, through a mediator, or both; since format 1.2. */
  FORMAT,
  /** How long they lasted. */
  DURATION,
  /** Who headed a party's delegation. */
  HEAD,
  /** Which side a person was with. */
  PARTICIPANT,
  /** The title given to a person. */
  TITLE,
  /** A demand of one side of another on an issue, or with one key. */
  DEMAND,
  /** An outcome of a kind on an issue (of one agreement), or with one key. */
  OUTCOME,
  /** The status of one agreement. */
  AGREEMENT_STATUS,
  /** The part one actor plays in one agreement. */
  AGREEMENT_ROLE,
  /** One provision of one agreement. */
  PROVISION,
  /** The part one actor plays in the talks. */
  ROLE,
  /** A step in the course of the talks, or someone's attendance. */
  EVENT,
  /** A background fact. */
  FACT,
  /**
   * Which of two keyed events followed from the other, as the sources tell it (an event's {@code
   * cause}); since format 1.2.
   */
  CAUSE,
  /** How one side takes the talks, as statements with a tone tell it; since format 1.2. */
  REACTION,
  /**
   * Words that two or more sources quote word for word, and whom each gives them to: who said what.
   * A quote only one source gives is no item (it has nothing to be compared with).
   */
  QUOTE,
  /**
   * How two agreements stand to each other (one extends, implements or supersedes the other), as the
   * sources relate them; since format 1.2.
   */
  AGREEMENT_LINK,
  /** An agreement a source only names, with nothing said of its status, parties, provisions or links; since format 1.2. */
  AGREEMENT_NAMED,
  /** What one side or a third party did or threatened (sanctions, a threat, a mediator's step back); since format 1.2. */
  ACT;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ItemKind fromWireName(String wireName) {
    return WireEnum.parse(ItemKind.class, wireName);
  }
}
