package org.parley.reconcile;

import org.parley.model.WireEnum;

/** How the reports that mention an item relate to each other. */
public enum Classification implements WireEnum {
  /** Two or more sources disagree: no one value fits what all of them say. */
  CONFLICT,

  /** Only one source mentions the item. */
  SINGLE_SOURCE,

  /** Two or more sources mention it and what they say fits together, even if worded differently. */
  AGREED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Classification fromWireName(String wireName) {
    return WireEnum.parse(Classification.class, wireName);
  }
}
