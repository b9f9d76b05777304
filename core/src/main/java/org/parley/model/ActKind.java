package org.parley.model;

/**
 * What one side, or a third party, does apart from the talks themselves, as a source reports it
 * (since format 1.2): a threat, sanctions, restrictions, a mediator's step back, an attack, a release.
 * The PLOVER export maps each to its event type where PLOVER has one.
 */
public enum ActKind implements WireEnum {
  /** It threatened to do something, often on a condition ("threatened military action if no new agreement is reached"). */
  THREATENED,

  /** It imposed sanctions on its target. */
  IMPOSED_SANCTIONS,

  /** It lifted or eased sanctions on its target. */
  LIFTED_SANCTIONS,

  /** It imposed restrictions other than sanctions (a travel ban, a closed crossing, a curfew). */
  IMPOSED_RESTRICTIONS,

  /** It lifted or eased restrictions ("the US lifted a restriction on arms sales"). */
  EASED_RESTRICTIONS,

  /** A mediator or facilitator froze or suspended its role ("Qatar suspended its mediation"). */
  SUSPENDED_ROLE,

  /** It took up a role again that it had suspended. */
  RESUMED_ROLE,

  /** It attacked its target: a strike, a shelling, an offensive. */
  ATTACKED,

  /** It released prisoners, hostages or detainees of its own accord, not as an agreed exchange. */
  RELEASED,

  /** Another act, which the description says. */
  OTHER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ActKind fromWireName(String wireName) {
    return WireEnum.parse(ActKind.class, wireName);
  }
}
