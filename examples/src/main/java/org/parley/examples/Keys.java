package org.parley.examples;

/**
 * The encoder's keys of the demands, outcomes, process events and facts that more than one article
 * reports, so that reconciliation compares them item by item whatever words each article uses.
 */
final class Keys {

  private Keys() {}

  // Demands
  static final String FOUR_REGIONS = "russia-four-regions";
  static final String CEASEFIRE_30_DAYS = "ukraine-30-day-ceasefire";
  static final String SANCTIONS_IF_NO_CEASEFIRE = "sanctions-if-no-ceasefire";
  static final String PUTIN_IN_PERSON = "putin-in-person";

  // Outcomes
  static final String PRISONER_EXCHANGE = "prisoner-exchange";
  static final String NO_CEASEFIRE = "no-ceasefire";
  static final String FURTHER_TALKS = "further-talks";
  static final String LEADERS_MEETING = "zelensky-putin-meeting";

  // Process events
  static final String PUTIN_ABSENT = "putin-absent";
  static final String ZELENSKY_ABSENT = "zelensky-absent";
  static final String US_PRESIDENT_STAYS_AWAY = "us-president-stays-away";
  static final String START_POSTPONED = "start-postponed";
  static final String CONCLUDED = "talks-concluded";
  static final String PROPOSED = "talks-proposed";
  static final String TRILATERAL_US = "trilateral-turkiye-us-ukraine";
  static final String TRILATERAL_RUSSIA = "trilateral-turkiye-russia-ukraine";
  static final String ANKARA_CONSULTATIONS = "ankara-consultations";
  static final String ALBANIA_SUMMIT = "albania-summit";
  static final String NATO_ANTALYA = "nato-ministers-antalya";
  static final String TRUMP_PUTIN_SUMMIT = "trump-putin-summit";

  // Facts
  static final String FIRST_SINCE_2022 = "first-direct-talks-since-2022";
  static final String WAR_LENGTH = "war-length";
  static final String ANNEXATION = "annexation-of-four-regions";
  static final String REGIONS_NOT_HELD = "regions-not-fully-held";
  static final String LARGEST_SWAP = "largest-prisoner-swap";
  static final String LEADERS_MET_2019 = "leaders-last-met-2019";
  static final String DISPLACED = "people-displaced";
  static final String FIGHTING_CONTINUES = "fighting-continues";
}
