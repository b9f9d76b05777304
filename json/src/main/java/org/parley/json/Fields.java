package org.parley.json;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields of one object type of the format, in writing order, with the required ones marked.
 * The reader checks names against it; the writer and the schema follow the same order.
 */
final class Fields {

  /** The suffix that marks a field added in format 1.1 to a type of format 1.0. */
  private static final String SINCE_1_1 = "@1.1";

  final String type;
  final String[] names;
  final boolean[] required;
  /** Per field, the format version that added it, or null for a field of format 1.0. */
  final String[] since;

  private Fields(String type, String... spec) {
    this.type = type;
    this.names = new String[spec.length];
    this.required = new boolean[spec.length];
    this.since = new String[spec.length];
    for (int i = 0; i < spec.length; i++) {
      String name = spec[i];
      if (name.endsWith(SINCE_1_1)) {
        since[i] = "1.1";
        name = name.substring(0, name.length() - SINCE_1_1.length());
      }
      required[i] = name.endsWith("*");
      names[i] = (required[i] ? name.substring(0, name.length() - 1) : name).intern();
    }
    if (spec.length > 64) {
      throw new IllegalArgumentException("at most 64 fields per object");
    }
  }

  /**
   * A type whose fields are {@code spec}, a trailing {@code *} marking a required one and a trailing
   * {@code @1.1} one added to a format 1.0 type in format 1.1.
   */
  static Fields of(String type, String... spec) {
    return new Fields(type, spec);
  }

  /** The type with its indefinite article: "an actor", "a demand". */
  String withArticle() {
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  int indexOf(String name) {
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

  List<String> requiredNames() {
    return Arrays.stream(names).filter(n -> required[indexOf(n)]).collect(Collectors.toList());
  }

  String allowed() {
    return String.join(", ", names);
  }

  static final Fields DATASET =
      of("dataset", "parley*", "actors", "negotiations", "agreements@1.1", "sources", "reports");
  static final Fields ACTOR = of("actor", "id*", "kind*", "name*", "aliases", "wikidataId", "country", "affiliation",
      "demonyms@1.1", "members@1.1", "anonymous@1.1");
  static final Fields NEGOTIATION = of("negotiation", "id*", "title*", "parties", "hosts", "mediators",
      "previousRound", "round@1.1", "format@1.1");
  static final Fields AGREEMENT = of("agreement", "id*", "name*", "type*", "negotiation");
  static final Fields SOURCE = of("source", "id*", "kind*", "outlet", "author", "headline", "url",
      "publicationDate", "language", "cites", "document", "originalPublisher@1.1", "completeness@1.1",
      "revisions@1.1");
  static final Fields DOCUMENT = of("document", "path*", "sha256*");
  static final Fields REVISION = of("revision", "kind*", "date", "note");
  static final Fields REPORT = of("report", "id*", "source*", "negotiation*", "date", "venue", "duration",
      "delegations", "demands", "outcomes", "statements", "titles", "dates@1.1", "agreements@1.1", "roles@1.1",
      "events@1.1", "facts@1.1");
  static final Fields REPORTED = of("reported value", "value*", "evidence", "assessment", "note@1.1");
  static final Fields VENUE = of("venue", "name*", "city");
  static final Fields DURATION = of("duration", "minutes*", "qualifier*");
  static final Fields EVIDENCE = of("evidence passage", "text*", "start*", "part@1.1", "language@1.1",
      "translated@1.1");
  static final Fields ASSESSMENT = of("assessment", "verdict*", "note", "assessor");
  static final Fields DELEGATION =
      of("delegation", "party*", "role", "head", "members", "evidence", "assessment", "note@1.1");
  static final Fields MEMBER = of("delegation member", "person*", "title", "evidence", "assessment", "note@1.1");
  static final Fields DEMAND = of("demand", "key@1.1", "by*", "addressee*", "issue*", "otherIssues@1.1",
      "description", "regions", "conditions", "response", "evidence", "assessment", "note@1.1");
  static final Fields RESPONSE =
      of("response", "kind*", "by*", "description", "evidence", "assessment", "note@1.1");
  static final Fields OUTCOME = of("outcome", "key@1.1", "kind*", "issue*", "otherIssues@1.1", "agreement@1.1",
      "provision@1.1", "parties", "status*", "description", "quantities", "evidence", "assessment", "note@1.1");
  static final Fields QUANTITY = of("quantity", "amount*", "max@1.1", "qualifier@1.1", "unit*", "basis",
      "words@1.1", "by@1.1", "to@1.1", "part@1.1");
  static final Fields STATEMENT = of("statement", "speaker*", "onBehalfOf@1.1", "mode*", "words*", "channel",
      "attribution", "about@1.1", "stance@1.1", "evidence", "assessment", "note@1.1");
  static final Fields ABOUT = of("about", "kind*", "key*");
  static final Fields ATTRIBUTION = of("attribution", "description*", "actor");
  static final Fields TITLE = of("title", "person*", "title*", "evidence", "assessment", "note@1.1");
  static final Fields DATE = of("date", "role*", "date", "time", "day", "phase", "agreement", "provision", "event",
      "evidence", "assessment", "note");
  static final Fields AGREEMENT_CLAIM = of("agreement claim", "agreement*", "status", "participants", "provisions",
      "evidence", "assessment", "note");
  static final Fields PARTICIPANT = of("participant", "actor*", "role*");
  static final Fields PROVISION = of("provision", "key", "issues*", "description", "phase", "conditions",
      "quantities", "evidence", "assessment", "note");
  static final Fields PHASE = of("phase", "number", "name", "days");
  static final Fields ROLE = of("role", "actor*", "role*", "evidence", "assessment", "note");
  static final Fields EVENT = of("process event", "key", "kind*", "actors", "date", "time", "venue", "reason",
      "description", "evidence", "assessment", "note");
  static final Fields FACT = of("fact", "key", "description*", "date", "since", "duration", "quantity", "actor",
      "evidence", "assessment", "note");
  static final Fields LINE =
      of("JSON Lines record", "parley", "actor", "negotiation", "source", "report", "agreement@1.1");
}
