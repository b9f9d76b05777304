package org.parley.model;

/**
 * What a demand, outcome, provision or fact is about: a closed list shaped after PA-X's issue
 * categories (the peace agreements database of the University of Edinburgh) and PLOVER's contexts
 * and modes (the event ontology of the Open Event Data Alliance). Each constant names its nearest
 * counterparts in both, the start of a crosswalk; "none" means the scheme has no close equivalent.
 * Constants are only ever added; {@link #OTHER} stays for anything the list lacks, with the free text
 * saying what.
 */
public enum Issue implements WireEnum {
  /** Control of territory: annexation, status of areas. PA-X: territory, state definition; PLOVER: context territory. */
  TERRITORY,

  /** A ceasefire or truce. PA-X: ceasefire (security sector); PLOVER: RETREAT mode ceasefire. */
  CEASEFIRE,

  /** Prisoners of war, detainees and their exchange. PA-X: prisoner release; PLOVER: RETREAT mode release. */
  PRISONERS,

  /** Sanctions: imposing, keeping or lifting them. PA-X: none (economic measures); PLOVER: SANCTION, context economic. */
  SANCTIONS,

  /** Recognition of a state, government, leader or territorial change. PA-X: state definition; PLOVER: context diplomatic. */
  RECOGNITION,

  /** Guarantees of a side's future security. PA-X: security guarantees, enforcement mechanisms; PLOVER: context military. */
  SECURITY_GUARANTEES,

  /** Limits on armed forces, weapons or alliances. PA-X: security sector reform, arms control; PLOVER: context military. */
  MILITARY_LIMITS,

  /** Accountability for war crimes, reparations. PA-X: transitional justice, reparations; PLOVER: contexts legal, reparations. */
  ACCOUNTABILITY,

  /** A meeting of the sides' leaders. PA-X: none; PLOVER: CONSULT, context diplomatic. */
  LEADERS_MEETING,

  /** Anything else: the free text says what. */
  OTHER,

  /** Hostages held by an armed group or state and their release. PA-X: prisoner release; PLOVER: RETREAT mode release. */
  HOSTAGES,

  /** Access for humanitarian aid and workers. PA-X: humanitarian access; PLOVER: RETREAT mode access, context human_security. */
  HUMANITARIAN_ACCESS,

  /** Return of refugees and displaced people, and their movement. PA-X: refugees and displaced persons; PLOVER: contexts migration, asylum. */
  DISPLACEMENT_AND_RETURN,

  /** Return of the remains of the dead and search for the missing. PA-X: missing persons, victims; PLOVER: none. */
  REMAINS,

  /** Monitoring and verification of what is agreed. PA-X: implementation, verification mechanisms; PLOVER: context peacekeeping. */
  MONITORING_AND_VERIFICATION,

  /** Protection of civilians. PA-X: protection measures, human rights; PLOVER: contexts human_rights, human_security. */
  CIVILIAN_PROTECTION,

  /** Withdrawal of forces from an area. PA-X: withdrawal of foreign forces; PLOVER: RETREAT mode withdraw. */
  WITHDRAWAL,

  /** Disarmament, demobilization and reintegration of fighters. PA-X: DDR; PLOVER: RETREAT mode disarm. */
  DISARMAMENT_DEMOBILIZATION,

  /** Where a border runs, its delimitation and demarcation. PA-X: borders, cross-border provision; PLOVER: context territory. */
  BORDER_DEMARCATION,

  /** Transit routes, corridors, roads, rail and connectivity. PA-X: cross-border provision, infrastructure; PLOVER: context economic. */
  TRANSIT_AND_CONNECTIVITY,

  /** Normal diplomatic relations between the sides. PA-X: none (interstate relations); PLOVER: context diplomatic. */
  NORMALIZATION,

  /** Trade, investment, reconstruction and economic cooperation. PA-X: development, socio-economic reconstruction; PLOVER: context economic. */
  ECONOMIC_COOPERATION,

  /** A nuclear programme, enrichment and inspections. PA-X: none; PLOVER: context cbrn. */
  NUCLEAR_PROGRAM,

  /** Sharing of political, military or territorial power. PA-X: political, military and territorial power sharing; PLOVER: context political_institutions. */
  POWER_SHARING,

  /** Elections. PA-X: elections; PLOVER: context election. */
  ELECTIONS,

  /** Changes to a constitution. PA-X: constitution, constitutional reform; PLOVER: context political_institutions. */
  CONSTITUTIONAL_REFORM,

  /** Truth, justice, amnesty and reconciliation after conflict. PA-X: transitional justice; PLOVER: contexts legal, human_rights. */
  TRANSITIONAL_JUSTICE;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Issue fromWireName(String wireName) {
    return WireEnum.parse(Issue.class, wireName);
  }
}
