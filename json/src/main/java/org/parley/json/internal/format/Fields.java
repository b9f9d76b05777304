package org.parley.json.internal.format;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields of each object type of the format, in writing order, with the required ones and the
 * format version that added each: the one description of the format's objects. The reader checks
 * names against it and hands each field on as its {@link FieldName}; the writer writes the same
 * names in the same order, and the schema test compares the JSON Schema with it.
 */
public final class Fields {

  /** What a type's list names: a {@link FieldName} alone (optional, of format 1.0), or a {@link Spec}. */
  interface Listed {
    /** The field's name, whether the type requires it, and the version that added it. */
    Spec spec();
  }

  /** A field of a type: its name, whether the type requires it, and the version that added it (null: 1.0). */
  record Spec(FieldName name, boolean required, String since) implements Listed {
    @Override
    public Spec spec() {
      return this;
    }
  }

  public final String type;
  /** The wire names, in writing order (the JVM's one copy of each, so that identity finds them). */
  public final String[] names;
  public final FieldName[] fields;
  public final boolean[] required;
  /** Per field, the format version that added it, or null for a field of format 1.0. */
  public final String[] since;

  private Fields(String type, Listed... spec) {
    if (spec.length > 64) {
      throw new IllegalArgumentException("at most 64 fields per object");
    }
    this.type = type;
    this.names = new String[spec.length];
    this.fields = new FieldName[spec.length];
    this.required = new boolean[spec.length];
    this.since = new String[spec.length];
    for (int i = 0; i < spec.length; i++) {
      Spec s = spec[i].spec();
      fields[i] = s.name();
      names[i] = s.name().wire;
      required[i] = s.required();
      since[i] = s.since();
    }
  }

  /** A type whose fields are {@code spec}: each a {@link FieldName}, or a {@link Spec} made by one. */
  static Fields of(String type, Listed... spec) {
    return new Fields(type, spec);
  }

  /** The type with its indefinite article: "an actor", "a demand". */
  public String withArticle() {
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  public int indexOf(String name) {
    // Jackson hands out canonical name strings, so identity usually finds the field at once.
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The place of {@code field} in this type, or -1. */
  public int indexOf(FieldName field) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == field) {
        return i;
      }
    }
    return -1;
  }

  public List<String> requiredNames() {
    return Arrays.stream(names).filter(n -> required[indexOf(n)]).collect(Collectors.toList());
  }

  public String allowed() {
    return String.join(", ", names);
  }

  public static final Fields DATASET = of("dataset",
      FieldName.PARLEY.required(), FieldName.ACTORS, FieldName.NEGOTIATIONS, FieldName.AGREEMENTS.since11(),
      FieldName.SOURCES, FieldName.REPORTS);
  public static final Fields ACTOR = of("actor",
      FieldName.ID.required(), FieldName.KIND.required(), FieldName.NAME.required(), FieldName.ALIASES,
      FieldName.WIKIDATA_ID, FieldName.COUNTRY, FieldName.AFFILIATION, FieldName.DEMONYMS.since11(),
      FieldName.MEMBERS.since11(), FieldName.ANONYMOUS.since11());
  public static final Fields NEGOTIATION = of("negotiation",
      FieldName.ID.required(), FieldName.TITLE.required(), FieldName.PARTIES, FieldName.HOSTS, FieldName.MEDIATORS,
      FieldName.PREVIOUS_ROUND, FieldName.ROUND.since11(), FieldName.FORMAT.since11());
  public static final Fields AGREEMENT = of("agreement",
      FieldName.ID.required(), FieldName.NAME.required(), FieldName.TYPE.required(), FieldName.NEGOTIATION);
  public static final Fields SOURCE = of("source",
      FieldName.ID.required(), FieldName.KIND.required(), FieldName.OUTLET, FieldName.AUTHOR, FieldName.HEADLINE,
      FieldName.URL, FieldName.PUBLICATION_DATE, FieldName.LANGUAGE, FieldName.CITES, FieldName.DOCUMENT,
      FieldName.ORIGINAL_PUBLISHER.since11(), FieldName.COMPLETENESS.since11(), FieldName.REVISIONS.since11());
  // A document's sha256 was required before format 1.2 (the reader checks that version when it is absent).
  public static final Fields DOCUMENT = of("document", FieldName.PATH.required(), FieldName.SHA256);
  public static final Fields REVISION = of("revision", FieldName.KIND.required(), FieldName.DATE, FieldName.NOTE);
  public static final Fields REPORT = of("report",
      FieldName.ID.required(), FieldName.SOURCE.required(), FieldName.NEGOTIATION.required(), FieldName.DATE,
      FieldName.VENUE, FieldName.DURATION, FieldName.FORMAT.since12(), FieldName.DELEGATIONS, FieldName.DEMANDS, FieldName.OUTCOMES,
      FieldName.STATEMENTS, FieldName.TITLES, FieldName.DATES.since11(), FieldName.AGREEMENTS.since11(),
      FieldName.ROLES.since11(), FieldName.EVENTS.since11(), FieldName.FACTS.since11(), FieldName.ACTS.since12());
  public static final Fields REPORTED = of("reported value",
      FieldName.VALUE.required(), FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE.since11());
  public static final Fields VENUE = of("venue", FieldName.NAME.required(), FieldName.CITY);
  public static final Fields DURATION = of("duration", FieldName.MINUTES.required(), FieldName.QUALIFIER.required());
  public static final Fields EVIDENCE = of("evidence passage",
      FieldName.TEXT.required(), FieldName.START.required(), FieldName.PART.since11(), FieldName.LANGUAGE.since11(),
      FieldName.TRANSLATED.since11());
  public static final Fields ASSESSMENT = of("assessment", FieldName.VERDICT.required(), FieldName.NOTE, FieldName.ASSESSOR);
  public static final Fields DELEGATION = of("delegation",
      FieldName.PARTY.required(), FieldName.ROLE, FieldName.HEAD, FieldName.MEMBERS, FieldName.EVIDENCE,
      FieldName.ASSESSMENT, FieldName.NOTE.since11());
  public static final Fields MEMBER = of("delegation member",
      FieldName.PERSON.required(), FieldName.TITLE, FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE.since11());
  public static final Fields DEMAND = of("demand",
      FieldName.KEY.since11(), FieldName.BY.required(), FieldName.ADDRESSEE.required(), FieldName.ISSUE.required(),
      FieldName.OTHER_ISSUES.since11(), FieldName.DESCRIPTION, FieldName.REGIONS, FieldName.CONDITIONS, FieldName.DURATION.since12(),
      FieldName.RESPONSE, FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE.since11());
  public static final Fields RESPONSE = of("response",
      FieldName.KIND.required(), FieldName.BY.required(), FieldName.DESCRIPTION, FieldName.EVIDENCE,
      FieldName.ASSESSMENT, FieldName.NOTE.since11());
  public static final Fields OUTCOME = of("outcome",
      FieldName.KEY.since11(), FieldName.KIND.required(), FieldName.ISSUE.required(), FieldName.OTHER_ISSUES.since11(),
      FieldName.AGREEMENT.since11(), FieldName.PROVISION.since11(), FieldName.PARTIES, FieldName.STATUS.required(),
      FieldName.RANK.since12(), FieldName.BLAME.since12(), FieldName.DESCRIPTION, FieldName.QUANTITIES,
      FieldName.REGIONS.since12(), FieldName.DURATION.since12(), FieldName.EVIDENCE, FieldName.ASSESSMENT,
      FieldName.NOTE.since11());
  public static final Fields QUANTITY = of("quantity",
      // amount, or since format 1.2 a magnitude instead: the reader requires one of them.
      FieldName.AMOUNT, FieldName.MAX.since11(), FieldName.QUALIFIER.since11(), FieldName.UNIT.required(),
      FieldName.BASIS, FieldName.WORDS.since11(), FieldName.MAGNITUDE.since12(), FieldName.BY.since11(),
      FieldName.TO.since11(), FieldName.PART.since11(), FieldName.DAY.since12(), FieldName.PHASE.since12());
  public static final Fields STATEMENT = of("statement",
      FieldName.SPEAKER.required(), FieldName.ON_BEHALF_OF.since11(), FieldName.MODE.required(),
      FieldName.WORDS.required(), FieldName.CHANNEL, FieldName.ATTRIBUTION, FieldName.ABOUT.since11(),
      FieldName.STANCE.since11(), FieldName.TONE.since12(), FieldName.EVIDENCE, FieldName.ASSESSMENT,
      FieldName.NOTE.since11());
  public static final Fields ABOUT = of("about", FieldName.KIND.required(), FieldName.KEY.required(),
      FieldName.FIELD.since12(), FieldName.VALUE.since12());
  public static final Fields ATTRIBUTION = of("attribution", FieldName.DESCRIPTION.required(), FieldName.ACTOR);
  public static final Fields TITLE = of("title",
      FieldName.PERSON.required(), FieldName.TITLE.required(), FieldName.EVIDENCE, FieldName.ASSESSMENT,
      FieldName.NOTE.since11());
  public static final Fields DATE = of("date",
      FieldName.ROLE.required(), FieldName.DATE, FieldName.WEEKDAY.since12(), FieldName.RELATIVE.since12(),
      FieldName.TIME, FieldName.DAY,
      FieldName.PHASE, FieldName.AGREEMENT, FieldName.PROVISION, FieldName.EVENT, FieldName.ACTOR.since12(),
      FieldName.KEY.since12(), FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields AGREEMENT_CLAIM = of("agreement claim",
      FieldName.AGREEMENT.required(), FieldName.STATUS, FieldName.STATUS_BY.since12(), FieldName.LINKS.since12(),
      FieldName.DURATION.since12(),
      FieldName.PARTICIPANTS, FieldName.PROVISIONS, FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields LINK = of("agreement link", FieldName.RELATION.required(), FieldName.AGREEMENT.required());
  public static final Fields PARTICIPANT = of("participant", FieldName.ACTOR.required(), FieldName.ROLE.required(),
      FieldName.EVIDENCE.since12());
  public static final Fields PROVISION = of("provision",
      FieldName.KEY, FieldName.ISSUES.required(), FieldName.DESCRIPTION, FieldName.PHASE, FieldName.CONDITIONS,
      FieldName.QUANTITIES, FieldName.REGIONS.since12(), FieldName.DURATION.since12(), FieldName.EVIDENCE,
      FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields PHASE = of("phase", FieldName.NUMBER, FieldName.NAME, FieldName.DAYS);
  public static final Fields ROLE = of("role",
      FieldName.ACTOR.required(), FieldName.ROLE.required(), FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields EVENT = of("process event",
      FieldName.KEY, FieldName.KIND.required(), FieldName.ACTORS, FieldName.DATE, FieldName.TIME,
      FieldName.TIMING.since12(), FieldName.VENUE, FieldName.REASON, FieldName.CAUSE.since12(),
      FieldName.DESCRIPTION, FieldName.DURATION.since12(), FieldName.EVIDENCE, FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields FACT = of("fact",
      FieldName.KEY, FieldName.DESCRIPTION.required(), FieldName.DATE, FieldName.SINCE, FieldName.SINCE_EVENT.since12(), FieldName.DURATION,
      FieldName.QUANTITY, FieldName.QUANTITIES.since12(), FieldName.ACTOR, FieldName.EVIDENCE, FieldName.ASSESSMENT,
      FieldName.NOTE);
  /** An act of one side or a third party: a type of format 1.2, reached only through a report's {@code acts}. */
  public static final Fields ACT = of("act",
      FieldName.KEY, FieldName.KIND.required(), FieldName.BY.required(), FieldName.TARGET, FieldName.ISSUE,
      FieldName.DESCRIPTION, FieldName.CONDITION, FieldName.DATE, FieldName.TIMING, FieldName.EVIDENCE,
      FieldName.ASSESSMENT, FieldName.NOTE);
  public static final Fields LINE = of("JSON Lines record",
      FieldName.PARLEY, FieldName.ACTOR, FieldName.NEGOTIATION, FieldName.SOURCE, FieldName.REPORT,
      FieldName.AGREEMENT.since11());
}
