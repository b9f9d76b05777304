package org.parley.bench;

import java.util.List;

/**
 * Plain Java records of the same shape as the Parley format, for the baseline "Jackson databind
 * into records, no validation": what a user would write without Parley.
 */
final class PlainRecords {

  private PlainRecords() {}

  record Line(String parley, Actor actor, Negotiation negotiation, Source source, Report report) {}

  record Actor(String id, String kind, String name, List<String> aliases, String wikidataId, String country,
      String affiliation) {}

  record Negotiation(String id, String title, List<String> parties, List<String> hosts, List<String> mediators,
      String previousRound) {}

  record Document(String path, String sha256) {}

  record Source(String id, String kind, String outlet, String author, String headline, String url,
      String publicationDate, String language, List<String> cites, Document document) {}

  record Evidence(String text, int start) {}

  record Assessment(String verdict, String note, String assessor) {}

  record ReportedDate(String value, List<Evidence> evidence, Assessment assessment) {}

  record Venue(String name, String city) {}

  record ReportedVenue(Venue value, List<Evidence> evidence, Assessment assessment) {}

  record Duration(long minutes, String qualifier) {}

  record ReportedDuration(Duration value, List<Evidence> evidence, Assessment assessment) {}

  record Member(String person, String title, List<Evidence> evidence, Assessment assessment) {}

  record Delegation(String party, String role, String head, List<Member> members, List<Evidence> evidence,
      Assessment assessment) {}

  record Response(String kind, String by, String description, List<Evidence> evidence, Assessment assessment) {}

  record Demand(String by, String addressee, String issue, String description, List<String> regions,
      List<String> conditions, Response response, List<Evidence> evidence, Assessment assessment) {}

  record Quantity(long amount, String unit, String basis) {}

  record Outcome(String kind, String issue, List<String> parties, String status, String description,
      List<Quantity> quantities, List<Evidence> evidence, Assessment assessment) {}

  record Attribution(String description, String actor) {}

  record Statement(String speaker, String mode, String words, String channel, List<Attribution> attribution,
      List<Evidence> evidence, Assessment assessment) {}

  record Title(String person, String title, List<Evidence> evidence, Assessment assessment) {}

  record Report(String id, String source, String negotiation, ReportedDate date, ReportedVenue venue,
      ReportedDuration duration, List<Delegation> delegations, List<Demand> demands, List<Outcome> outcomes,
      List<Statement> statements, List<Title> titles) {}
}
