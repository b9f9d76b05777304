package org.parley.model;

/** What a demand or outcome is about; a short closed list after PA-X's issue variables. */
public enum Issue implements WireEnum {
  /** Control of territory: withdrawal, annexation, borders. */
  TERRITORY,

  /** A ceasefire or truce. */
  CEASEFIRE,

  /** Prisoners of war, detainees and their exchange. */
  PRISONERS,

  /** Sanctions: imposing, keeping or lifting them. */
  SANCTIONS,

  /** Recognition of a state, government, leader or territorial change. */
  RECOGNITION,

  /** Guarantees of a side's future security. */
  SECURITY_GUARANTEES,

  /** Limits on armed forces, weapons or alliances. */
  MILITARY_LIMITS,

  /** Accountability for war crimes, reparations. */
  ACCOUNTABILITY,

  /** A meeting of the sides' leaders. */
  LEADERS_MEETING,

  /** Anything else: the free text says what. */
  OTHER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Issue fromWireName(String wireName) {
    return WireEnum.parse(Issue.class, wireName);
  }
}
