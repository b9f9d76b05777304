package org.parley.json;

import java.util.function.Supplier;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Assessment;
import org.parley.model.Attribution;
import org.parley.model.Channel;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.model.Verdict;

/**
 * Reads each type of the model from its JSON form, one method per type, field names equal to the
 * model's property names. Every method starts on the token that opens its value and ends on the
 * token that closes it.
 */
final class ModelReader {

  /** The format versions this reader understands. */
  static final String VERSION = Dataset.CURRENT_SCHEMA_VERSION;

  private final JsonIn in;

  ModelReader(JsonIn in) {
    this.in = in;
  }

  JsonIn in() {
    return in;
  }

  void version() {
    String version = in.string();
    if (!VERSION.equals(version)) {
      throw in.error(ReadCodes.UNSUPPORTED_VERSION, "unsupported Parley format version \"" + version
          + "\"; this reader supports " + VERSION);
    }
  }

  Dataset dataset() {
    JsonIn.ObjectIn o = in.object(Fields.DATASET);
    Dataset.Builder b = Dataset.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "parley": version(); b.schemaVersion(VERSION); break;
        case "actors": b.actors(in.list(this::actor)); break;
        case "negotiations": b.negotiations(in.list(this::negotiation)); break;
        case "sources": b.sources(in.list(this::source)); break;
        default: b.reports(in.list(this::report)); break;
      }
    }
    if (!o.has(0)) {
      throw in.error(ReadCodes.MISSING_VERSION,
          "the document does not say which Parley format it follows; add \"parley\": \"" + VERSION + "\"");
    }
    return o.build(b::build);
  }

  Actor actor() {
    JsonIn.ObjectIn o = in.object(Fields.ACTOR);
    Actor.Builder b = Actor.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "id": b.id(actorId()); break;
        case "kind": b.kind(in.enumValue(ActorKind.class)); break;
        case "name": b.name(in.string()); break;
        case "aliases": b.aliases(in.list(in::string)); break;
        case "wikidataId": b.wikidataId(in.string()); break;
        case "country": b.country(in.string()); break;
        default: b.affiliation(actorId()); break;
      }
    }
    return o.build(b::build);
  }

  Negotiation negotiation() {
    JsonIn.ObjectIn o = in.object(Fields.NEGOTIATION);
    Negotiation.Builder b = Negotiation.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "id": b.id(in.string(NegotiationId::of)); break;
        case "title": b.title(in.string()); break;
        case "parties": b.parties(in.list(this::actorId)); break;
        case "hosts": b.hosts(in.list(this::actorId)); break;
        case "mediators": b.mediators(in.list(this::actorId)); break;
        default: b.previousRound(in.string(NegotiationId::of)); break;
      }
    }
    return o.build(b::build);
  }

  Source source() {
    JsonIn.ObjectIn o = in.object(Fields.SOURCE);
    Source.Builder b = Source.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "id": b.id(in.string(SourceId::of)); break;
        case "kind": b.kind(in.enumValue(SourceKind.class)); break;
        case "outlet": b.outlet(in.string()); break;
        case "author": b.author(in.string()); break;
        case "headline": b.headline(in.string()); break;
        case "url": b.url(in.string()); break;
        case "publicationDate": b.publicationDate(in.string(PartialDate::parse)); break;
        case "language": b.language(in.string()); break;
        case "cites": b.cites(in.list(this::actorId)); break;
        default: b.document(document()); break;
      }
    }
    return o.build(b::build);
  }

  private Document document() {
    JsonIn.ObjectIn o = in.object(Fields.DOCUMENT);
    String[] path = new String[1];
    String[] sha256 = new String[1];
    for (String f; (f = o.nextField()) != null; ) {
      if (f.equals("path")) {
        path[0] = in.string();
      } else {
        sha256[0] = in.string();
      }
    }
    return o.build(() -> Document.of(path[0], sha256[0]));
  }

  Report report() {
    JsonIn.ObjectIn o = in.object(Fields.REPORT);
    Report.Builder b = Report.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "id": b.id(in.string(ReportId::of)); break;
        case "source": b.source(in.string(SourceId::of)); break;
        case "negotiation": b.negotiation(in.string(NegotiationId::of)); break;
        case "date": b.date(reported(() -> in.string(PartialDate::parse))); break;
        case "venue": b.venue(reported(this::venue)); break;
        case "duration": b.duration(reported(this::duration)); break;
        case "delegations": b.delegations(in.list(this::delegation)); break;
        case "demands": b.demands(in.list(this::demand)); break;
        case "outcomes": b.outcomes(in.list(this::outcome)); break;
        case "statements": b.statements(in.list(this::statement)); break;
        default: b.titles(in.list(this::title)); break;
      }
    }
    return o.build(b::build);
  }

  private <T> Reported<T> reported(Supplier<T> value) {
    JsonIn.ObjectIn o = in.object(Fields.REPORTED);
    Reported.Builder<T> b = Reported.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "value": b.value(value.get()); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Venue venue() {
    JsonIn.ObjectIn o = in.object(Fields.VENUE);
    Venue.Builder b = Venue.builder();
    for (String f; (f = o.nextField()) != null; ) {
      if (f.equals("name")) {
        b.name(in.string());
      } else {
        b.city(in.string());
      }
    }
    return o.build(b::build);
  }

  private DurationEstimate duration() {
    JsonIn.ObjectIn o = in.object(Fields.DURATION);
    long[] minutes = new long[1];
    DurationQualifier[] qualifier = new DurationQualifier[1];
    for (String f; (f = o.nextField()) != null; ) {
      if (f.equals("minutes")) {
        minutes[0] = in.count(Long.MAX_VALUE);
      } else {
        qualifier[0] = in.enumValue(DurationQualifier.class);
      }
    }
    return o.build(() -> DurationEstimate.of(minutes[0], qualifier[0]));
  }

  Evidence evidence() {
    JsonIn.ObjectIn o = in.object(Fields.EVIDENCE);
    String[] text = new String[1];
    int[] start = new int[1];
    for (String f; (f = o.nextField()) != null; ) {
      if (f.equals("text")) {
        text[0] = in.string();
      } else {
        start[0] = (int) in.count(Integer.MAX_VALUE);
      }
    }
    return o.build(() -> Evidence.of(text[0], start[0]));
  }

  private Assessment assessment() {
    JsonIn.ObjectIn o = in.object(Fields.ASSESSMENT);
    Assessment.Builder b = Assessment.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "verdict": b.verdict(in.enumValue(Verdict.class)); break;
        case "note": b.note(in.string()); break;
        default: b.assessor(in.string()); break;
      }
    }
    return o.build(b::build);
  }

  private Delegation delegation() {
    JsonIn.ObjectIn o = in.object(Fields.DELEGATION);
    Delegation.Builder b = Delegation.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "party": b.party(actorId()); break;
        case "role": b.role(in.enumValue(DelegationRole.class)); break;
        case "head": b.head(actorId()); break;
        case "members": b.members(in.list(this::member)); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private DelegationMember member() {
    JsonIn.ObjectIn o = in.object(Fields.MEMBER);
    DelegationMember.Builder b = DelegationMember.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "person": b.person(actorId()); break;
        case "title": b.title(in.string()); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Demand demand() {
    JsonIn.ObjectIn o = in.object(Fields.DEMAND);
    Demand.Builder b = Demand.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "by": b.by(actorId()); break;
        case "addressee": b.addressee(actorId()); break;
        case "issue": b.issue(in.enumValue(Issue.class)); break;
        case "description": b.description(in.string()); break;
        case "regions": b.regions(in.list(in::string)); break;
        case "conditions": b.conditions(in.list(in::string)); break;
        case "response": b.response(response()); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Response response() {
    JsonIn.ObjectIn o = in.object(Fields.RESPONSE);
    Response.Builder b = Response.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "kind": b.kind(in.enumValue(ResponseKind.class)); break;
        case "by": b.by(actorId()); break;
        case "description": b.description(in.string()); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Outcome outcome() {
    JsonIn.ObjectIn o = in.object(Fields.OUTCOME);
    Outcome.Builder b = Outcome.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "kind": b.kind(in.enumValue(OutcomeKind.class)); break;
        case "issue": b.issue(in.enumValue(Issue.class)); break;
        case "parties": b.parties(in.list(this::actorId)); break;
        case "status": b.status(in.enumValue(OutcomeStatus.class)); break;
        case "description": b.description(in.string()); break;
        case "quantities": b.quantities(in.list(this::quantity)); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Quantity quantity() {
    JsonIn.ObjectIn o = in.object(Fields.QUANTITY);
    Quantity.Builder b = Quantity.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "amount": b.amount(in.count(Long.MAX_VALUE)); break;
        case "unit": b.unit(in.string()); break;
        default: b.basis(in.enumValue(QuantityBasis.class)); break;
      }
    }
    return o.build(b::build);
  }

  private Statement statement() {
    JsonIn.ObjectIn o = in.object(Fields.STATEMENT);
    Statement.Builder b = Statement.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "speaker": b.speaker(actorId()); break;
        case "mode": b.mode(in.enumValue(StatementMode.class)); break;
        case "words": b.words(in.string()); break;
        case "channel": b.channel(in.enumValue(Channel.class)); break;
        case "attribution": b.attribution(in.list(this::attribution)); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private Attribution attribution() {
    JsonIn.ObjectIn o = in.object(Fields.ATTRIBUTION);
    String[] description = new String[1];
    ActorId[] actor = new ActorId[1];
    for (String f; (f = o.nextField()) != null; ) {
      if (f.equals("description")) {
        description[0] = in.string();
      } else {
        actor[0] = actorId();
      }
    }
    return o.build(() -> actor[0] == null ? Attribution.of(description[0]) : Attribution.of(description[0], actor[0]));
  }

  private PersonTitle title() {
    JsonIn.ObjectIn o = in.object(Fields.TITLE);
    PersonTitle.Builder b = PersonTitle.builder();
    for (String f; (f = o.nextField()) != null; ) {
      switch (f) {
        case "person": b.person(actorId()); break;
        case "title": b.title(in.string()); break;
        case "evidence": b.evidence(in.list(this::evidence)); break;
        default: b.assessment(assessment()); break;
      }
    }
    return o.build(b::build);
  }

  private ActorId actorId() {
    return in.string(ActorId::of);
  }
}
