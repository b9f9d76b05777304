package org.parley.json;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields of one object type of the format, in writing order, with the required ones marked.
 * The reader checks names against it; the writer and the schema follow the same order.
 */
final class Fields {

  final String type;
  final String[] names;
  final boolean[] required;

  private Fields(String type, String... spec) {
    this.type = type;
    this.names = new String[spec.length];
    this.required = new boolean[spec.length];
    for (int i = 0; i < spec.length; i++) {
      required[i] = spec[i].endsWith("*");
      names[i] = required[i] ? spec[i].substring(0, spec[i].length() - 1) : spec[i];
    }
    if (spec.length > 64) {
      throw new IllegalArgumentException("at most 64 fields per object");
    }
  }

  /** A type whose fields are {@code spec}, a trailing {@code *} marking a required one. */
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

  static final Fields DATASET = of("dataset", "parley*", "actors", "negotiations", "sources", "reports");
  static final Fields ACTOR = of("actor", "id*", "kind*", "name*", "aliases", "wikidataId", "country", "affiliation");
  static final Fields NEGOTIATION =
      of("negotiation", "id*", "title*", "parties", "hosts", "mediators", "previousRound");
  static final Fields SOURCE = of("source", "id*", "kind*", "outlet", "author", "headline", "url",
      "publicationDate", "language", "cites", "document");
  static final Fields DOCUMENT = of("document", "path*", "sha256*");
  static final Fields REPORT = of("report", "id*", "source*", "negotiation*", "date", "venue", "duration",
      "delegations", "demands", "outcomes", "statements", "titles");
  static final Fields REPORTED = of("reported value", "value*", "evidence", "assessment");
  static final Fields VENUE = of("venue", "name*", "city");
  static final Fields DURATION = of("duration", "minutes*", "qualifier*");
  static final Fields EVIDENCE = of("evidence passage", "text*", "start*");
  static final Fields ASSESSMENT = of("assessment", "verdict*", "note", "assessor");
  static final Fields DELEGATION =
      of("delegation", "party*", "role*", "head", "members", "evidence", "assessment");
  static final Fields MEMBER = of("delegation member", "person*", "title", "evidence", "assessment");
  static final Fields DEMAND = of("demand", "by*", "addressee*", "issue*", "description*", "regions",
      "conditions", "response", "evidence", "assessment");
  static final Fields RESPONSE = of("response", "kind*", "by*", "description", "evidence", "assessment");
  static final Fields OUTCOME = of("outcome", "kind*", "issue*", "parties", "status*", "description*",
      "quantities", "evidence", "assessment");
  static final Fields QUANTITY = of("quantity", "amount*", "unit*", "basis");
  static final Fields STATEMENT = of("statement", "speaker*", "mode*", "words*", "channel", "attribution",
      "evidence", "assessment");
  static final Fields ATTRIBUTION = of("attribution", "description*", "actor");
  static final Fields TITLE = of("title", "person*", "title*", "evidence", "assessment");
  static final Fields LINE = of("JSON Lines record", "parley", "actor", "negotiation", "source", "report");
}
