package org.parley.reconcile;

import org.parley.model.WireEnum;

/** What a reconciled item is about. */
public enum ItemKind implements WireEnum {
  /** When the talks took place. */
  DATE,
  /** Where they took place. */
  VENUE,
  /** How long they lasted. */
  DURATION,
  /** Who headed a party's delegation. */
  HEAD,
  /** Which side a person was with. */
  PARTICIPANT,
  /** The title given to a person. */
  TITLE,
  /** A demand of one side of another on an issue. */
  DEMAND,
  /** An outcome of a kind on an issue. */
  OUTCOME;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ItemKind fromWireName(String wireName) {
    return WireEnum.parse(ItemKind.class, wireName);
  }
}
