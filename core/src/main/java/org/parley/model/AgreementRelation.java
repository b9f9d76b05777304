package org.parley.model;

/**
 * How an agreement stands to another one, as a source relates them (after the way PA-X relates the
 * agreements of a process: renewals, implementation protocols, texts that replace earlier ones);
 * since format 1.2. Read as "this agreement {@code extends} that one".
 */
public enum AgreementRelation implements WireEnum {
  /** It prolongs the other one in time ("a five-day extension of the ceasefire"). */
  EXTENDS,

  /** It changes some of the other one's terms. */
  AMENDS,

  /** It carries out the other one, a framework or declaration ("a protocol implementing the framework"). */
  IMPLEMENTS,

  /** It replaces the other one. */
  SUPERSEDES,

  /** It is a part of the other one (a phase's annex of a comprehensive deal). */
  PART_OF,

  /** It comes first and prepares the other one ("a declaration that paves the way to a peace treaty"). */
  PRECEDES;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementRelation fromWireName(String wireName) {
    return WireEnum.parse(AgreementRelation.class, wireName);
  }
}
