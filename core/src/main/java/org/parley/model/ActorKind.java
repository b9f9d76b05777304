package org.parley.model;

/** What kind of thing an {@link Actor} is. */
public enum ActorKind implements WireEnum {
  /** A single human being. */
  PERSON,

  /** A sovereign state or its government acting as such. */
  STATE,

  /** A formal organization: an alliance, ministry, news agency, company or international body. */
  ORGANIZATION,

  /** An informal or unnamed collective, such as "European leaders" or "sources in the delegation". */
  GROUP;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ActorKind fromWireName(String wireName) {
    return WireEnum.parse(ActorKind.class, wireName);
  }
}
