package org.parley.model;

/** What kind of thing an {@link Actor} is, after ACLED's and PLOVER's actor types. */
public enum ActorKind implements WireEnum {
  /** A single human being. */
  PERSON,

  /** A sovereign state or its government acting as such. */
  STATE,

  /** A formal organization that fits no narrower kind: a ministry, agency, company or party. */
  ORGANIZATION,

  /** An informal or unnamed collective, such as "European leaders" or "sources in the delegation". */
  GROUP,

  /** A non-state armed group: a rebel movement, militia or paramilitary force (Hamas' armed wing, the RSF). */
  ARMED_GROUP,

  /** A state's armed or security force: an army, police or security service. */
  STATE_FORCE,

  /** An international or regional organization of states: the UN, the African Union, NATO. */
  INTERNATIONAL_ORGANIZATION,

  /** A non-governmental organization: the ICRC, a relief agency, a civil-society group. */
  NGO,

  /** A news organization or wire service: Reuters, TASS, Al Jazeera. */
  MEDIA;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ActorKind fromWireName(String wireName) {
    return WireEnum.parse(ActorKind.class, wireName);
  }
}
