package org.parley.json.internal.format;

/**
 * The name of every field of the format, each spelled once: what the reader matches, the writer
 * writes and {@link Fields} lists per object type. A constant's name is its wire name in capitals.
 */
public enum FieldName implements Fields.Listed {
  PARLEY("parley"),
  ACTORS("actors"),
  NEGOTIATIONS("negotiations"),
  AGREEMENTS("agreements"),
  SOURCES("sources"),
  REPORTS("reports"),
  ID("id"),
  KIND("kind"),
  NAME("name"),
  ALIASES("aliases"),
  WIKIDATA_ID("wikidataId"),
  COUNTRY("country"),
  AFFILIATION("affiliation"),
  DEMONYMS("demonyms"),
  MEMBERS("members"),
  ANONYMOUS("anonymous"),
  TITLE("title"),
  PARTIES("parties"),
  HOSTS("hosts"),
  MEDIATORS("mediators"),
  PREVIOUS_ROUND("previousRound"),
  ROUND("round"),
  FORMAT("format"),
  TYPE("type"),
  NEGOTIATION("negotiation"),
  OUTLET("outlet"),
  AUTHOR("author"),
  HEADLINE("headline"),
  URL("url"),
  PUBLICATION_DATE("publicationDate"),
  LANGUAGE("language"),
  CITES("cites"),
  DOCUMENT("document"),
  ORIGINAL_PUBLISHER("originalPublisher"),
  COMPLETENESS("completeness"),
  REVISIONS("revisions"),
  PATH("path"),
  SHA256("sha256"),
  DATE("date"),
  NOTE("note"),
  SOURCE("source"),
  VENUE("venue"),
  DURATION("duration"),
  DELEGATIONS("delegations"),
  DEMANDS("demands"),
  OUTCOMES("outcomes"),
  STATEMENTS("statements"),
  TITLES("titles"),
  DATES("dates"),
  ROLES("roles"),
  EVENTS("events"),
  FACTS("facts"),
  VALUE("value"),
  EVIDENCE("evidence"),
  ASSESSMENT("assessment"),
  CITY("city"),
  MINUTES("minutes"),
  QUALIFIER("qualifier"),
  TEXT("text"),
  START("start"),
  PART("part"),
  TRANSLATED("translated"),
  VERDICT("verdict"),
  ASSESSOR("assessor"),
  PARTY("party"),
  ROLE("role"),
  HEAD("head"),
  PERSON("person"),
  KEY("key"),
  BY("by"),
  ADDRESSEE("addressee"),
  ISSUE("issue"),
  OTHER_ISSUES("otherIssues"),
  DESCRIPTION("description"),
  REGIONS("regions"),
  CONDITIONS("conditions"),
  RESPONSE("response"),
  AGREEMENT("agreement"),
  PROVISION("provision"),
  STATUS("status"),
  QUANTITIES("quantities"),
  AMOUNT("amount"),
  MAX("max"),
  UNIT("unit"),
  BASIS("basis"),
  WORDS("words"),
  TO("to"),
  SPEAKER("speaker"),
  ON_BEHALF_OF("onBehalfOf"),
  MODE("mode"),
  CHANNEL("channel"),
  ATTRIBUTION("attribution"),
  ABOUT("about"),
  STANCE("stance"),
  ACTOR("actor"),
  TIME("time"),
  DAY("day"),
  PHASE("phase"),
  EVENT("event"),
  PARTICIPANTS("participants"),
  PROVISIONS("provisions"),
  ISSUES("issues"),
  NUMBER("number"),
  DAYS("days"),
  REASON("reason"),
  TIMING("timing"),
  CAUSE("cause"),
  TONE("tone"),
  BLAME("blame"),
  WEEKDAY("weekday"),
  SINCE_EVENT("sinceEvent"),
  RANK("rank"),
  SINCE("since"),
  QUANTITY("quantity"),
  REPORT("report"),
  STATUS_BY("statusBy"),
  LINKS("links"),
  RELATION("relation"),
  ACTS("acts"),
  TARGET("target"),
  CONDITION("condition"),
  MAGNITUDE("magnitude"),
  RELATIVE("relative"),
  FIELD("field");

  /** The name as it is written in JSON. */
  public final String wire;

  FieldName(String wire) {
    this.wire = wire.intern();
  }

  /** This field as an optional one of format 1.0. */
  @Override
  public Fields.Spec spec() {
    return new Fields.Spec(this, false, null);
  }

  /** This field, required in its type. */
  Fields.Spec required() {
    return new Fields.Spec(this, true, null);
  }

  /** This field, added to a format 1.0 type in format 1.1. */
  Fields.Spec since11() {
    return new Fields.Spec(this, false, "1.1");
  }

  /** This field, added to an earlier type in format 1.2. */
  Fields.Spec since12() {
    return new Fields.Spec(this, false, "1.2");
  }
}
