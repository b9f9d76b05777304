package org.parley.reconcile;

import java.util.List;
import org.parley.model.WireEnum;

/** How the reports that mention an item relate to each other. */
public enum Classification implements WireEnum {
  /** Two or more sources disagree: no one value fits what all of them say. */
  CONFLICT,

  /**
   * The sources say different things that the rules cannot decide between: one names more actors than
   * another, or gives a different reason in other words. Never shown as agreed; a person must look.
   */
  UNCLEAR,

  /** Only one source mentions the item. */
  SINGLE_SOURCE,

  /** Two or more sources mention it and what they say fits together, even if worded differently. */
  AGREED;

  /**
   * What {@code conflicts} make of an item that two or more sources mention: a conflict when one of
   * them is decided, unclear when every one is undecided ({@link Conflict#decided}), agreed when there
   * is none.
   */
  static Classification of(List<Conflict> conflicts) {
    if (conflicts.isEmpty()) {
      return AGREED;
    }
    return conflicts.stream().anyMatch(Conflict::decided) ? CONFLICT : UNCLEAR;
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Classification fromWireName(String wireName) {
    return WireEnum.parse(Classification.class, wireName);
  }
}
