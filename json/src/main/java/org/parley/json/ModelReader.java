// Over 400 lines: one method per object type of the format. A table-driven form shared with the
// writer read 19 % slower; ARCHITECTURE.md ("How data flows") says why it is not here yet.
package org.parley.json;

import java.util.function.Supplier;
import org.parley.model.*;

/**
 * Reads each type of the model from its JSON form, one method per type, field names equal to the
 * model's property names. Every method starts on the token that opens its value and ends on the
 * token that closes it.
 */
final class ModelReader {

  /** The format version this reader writes and reads into. */
  static final String VERSION = Dataset.CURRENT_SCHEMA_VERSION;

  private final JsonIn in;
  private final Ids ids;

  /** A reader with ids of its own. */
  ModelReader(JsonIn in) {
    this(in, new Ids());
  }

  /** A reader that shares {@code ids} with others on the same thread (the lines of one batch). */
  ModelReader(JsonIn in, Ids ids) {
    this.in = in;
    this.ids = ids;
  }

  JsonIn in() {
    return in;
  }

  /** Reads the version a document or JSON Lines file declares; it must be one this reader supports. */
  String version() {
    String version = in.string();
    if (!FormatVersions.SUPPORTED.contains(version)) {
      throw in.error(ReadCodes.UNSUPPORTED_VERSION, "unsupported Parley format version \"" + version
          + "\"; this reader supports " + String.join(", ", FormatVersions.SUPPORTED));
    }
    in.declare(version);
    return version;
  }

  /** A field the type lists but this reader's switch does not: a defect of Parley, never of the input. */
  private static IllegalStateException unread(String field) {
    return new IllegalStateException("Parley's reader has no case for the field \"" + field + "\"");
  }

  Dataset dataset() {
    JsonIn.ObjectIn o = in.object(Fields.DATASET);
    Dataset.Builder b = Dataset.builder();
    o.fields(f -> {
      switch (f) {
        case "parley" -> version();
        case "actors" -> b.actors(in.list(this::actor));
        case "negotiations" -> b.negotiations(in.list(this::negotiation));
        case "agreements" -> b.agreements(in.list(this::agreement));
        case "sources" -> b.sources(in.list(this::source));
        case "reports" -> b.reports(in.list(this::report));
        default -> throw unread(f);
      }
    });
    if (!o.has(0)) {
      throw in.error(ReadCodes.MISSING_VERSION,
          "the document does not say which Parley format it follows; add \"parley\": \"" + VERSION + "\"");
    }
    return o.build(b::build);
  }

  Actor actor() {
    JsonIn.ObjectIn o = in.object(Fields.ACTOR);
    Actor.Builder b = Actor.builder();
    o.fields(f -> {
      switch (f) {
        case "id" -> b.id(actorId());
        case "kind" -> b.kind(in.enumValue(ActorKind.class));
        case "name" -> b.name(in.string());
        case "aliases" -> b.aliases(in.list(in::string));
        case "wikidataId" -> b.wikidataId(in.string());
        case "country" -> b.country(word());
        case "affiliation" -> b.affiliation(actorId());
        case "demonyms" -> b.demonyms(in.list(in::string));
        case "members" -> b.members(in.list(this::actorId));
        case "anonymous" -> b.anonymous(in.bool());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Negotiation negotiation() {
    JsonIn.ObjectIn o = in.object(Fields.NEGOTIATION);
    Negotiation.Builder b = Negotiation.builder();
    o.fields(f -> {
      switch (f) {
        case "id" -> b.id(negotiationId());
        case "title" -> b.title(in.string());
        case "parties" -> b.parties(in.list(this::actorId));
        case "hosts" -> b.hosts(in.list(this::actorId));
        case "mediators" -> b.mediators(in.list(this::actorId));
        case "previousRound" -> b.previousRound(negotiationId());
        case "round" -> b.round(number());
        case "format" -> b.format(in.enumValue(RoundFormat.class));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Agreement agreement() {
    JsonIn.ObjectIn o = in.object(Fields.AGREEMENT);
    Agreement.Builder b = Agreement.builder();
    o.fields(f -> {
      switch (f) {
        case "id" -> b.id(agreementId());
        case "name" -> b.name(in.string());
        case "type" -> b.type(in.enumValue(AgreementType.class));
        case "negotiation" -> b.negotiation(negotiationId());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Source source() {
    JsonIn.ObjectIn o = in.object(Fields.SOURCE);
    Source.Builder b = Source.builder();
    o.fields(f -> {
      switch (f) {
        case "id" -> b.id(sourceId());
        case "kind" -> b.kind(in.enumValue(SourceKind.class));
        case "outlet" -> b.outlet(word());
        case "author" -> b.author(in.string());
        case "headline" -> b.headline(in.string());
        case "url" -> b.url(in.string());
        case "publicationDate" -> b.publicationDate(date());
        case "language" -> b.language(word());
        case "cites" -> b.cites(in.list(this::actorId));
        case "document" -> b.document(document());
        case "originalPublisher" -> b.originalPublisher(actorId());
        case "completeness" -> b.completeness(in.enumValue(Completeness.class));
        case "revisions" -> b.revisions(in.list(this::revision));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Document document() {
    JsonIn.ObjectIn o = in.object(Fields.DOCUMENT);
    String[] path = new String[1];
    String[] sha256 = new String[1];
    o.fields(f -> {
      switch (f) {
        case "path" -> path[0] = in.string();
        case "sha256" -> sha256[0] = in.string();
        default -> throw unread(f);
      }
    });
    return o.build(() -> Document.of(path[0], sha256[0]));
  }

  Revision revision() {
    JsonIn.ObjectIn o = in.object(Fields.REVISION);
    Revision.Builder b = Revision.builder();
    o.fields(f -> {
      switch (f) {
        case "kind" -> b.kind(in.enumValue(RevisionKind.class));
        case "date" -> b.date(date());
        case "note" -> b.note(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Report report() {
    JsonIn.ObjectIn o = in.object(Fields.REPORT);
    Report.Builder b = Report.builder();
    o.fields(f -> {
      switch (f) {
        case "id" -> b.id(reportId());
        case "source" -> b.source(sourceId());
        case "negotiation" -> b.negotiation(negotiationId());
        case "date" -> b.date(reported(this::date));
        case "venue" -> b.venue(reported(this::venue));
        case "duration" -> b.duration(reported(this::duration));
        case "delegations" -> b.delegations(in.list(this::delegation));
        case "demands" -> b.demands(in.list(this::demand));
        case "outcomes" -> b.outcomes(in.list(this::outcome));
        case "statements" -> b.statements(in.list(this::statement));
        case "titles" -> b.titles(in.list(this::title));
        case "dates" -> b.dates(in.list(this::dateClaim));
        case "agreements" -> b.agreements(in.list(this::agreementClaim));
        case "roles" -> b.roles(in.list(this::role));
        case "events" -> b.events(in.list(this::event));
        case "facts" -> b.facts(in.list(this::fact));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  <T> Reported<T> reported(Supplier<T> value) {
    JsonIn.ObjectIn o = in.object(Fields.REPORTED);
    Reported.Builder<T> b = Reported.builder();
    o.fields(f -> {
      switch (f) {
        case "value" -> b.value(value.get());
        case "evidence" -> b.evidence(in.list(this::evidence));
        case "assessment" -> b.assessment(assessment());
        case "note" -> b.note(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  PartialDate date() {
    return in.string(PartialDate::parse);
  }

  TimeOfDay time() {
    return in.string(TimeOfDay::parse);
  }

  Venue venue() {
    JsonIn.ObjectIn o = in.object(Fields.VENUE);
    Venue.Builder b = Venue.builder();
    o.fields(f -> {
      switch (f) {
        case "name" -> b.name(in.string());
        case "city" -> b.city(word());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  DurationEstimate duration() {
    JsonIn.ObjectIn o = in.object(Fields.DURATION);
    long[] minutes = new long[1];
    DurationQualifier[] qualifier = new DurationQualifier[1];
    o.fields(f -> {
      switch (f) {
        case "minutes" -> minutes[0] = in.count(Long.MAX_VALUE);
        case "qualifier" -> qualifier[0] = in.enumValue(DurationQualifier.class);
        default -> throw unread(f);
      }
    });
    return o.build(() -> DurationEstimate.of(minutes[0], qualifier[0]));
  }

  Evidence evidence() {
    JsonIn.ObjectIn o = in.object(Fields.EVIDENCE);
    Evidence.Builder b = Evidence.builder();
    o.fields(f -> {
      switch (f) {
        case "text" -> b.text(in.string());
        case "start" -> b.start((int) in.count(Integer.MAX_VALUE));
        case "part" -> b.part(in.enumValue(PagePart.class));
        case "language" -> b.language(word());
        case "translated" -> b.translated(in.bool());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Assessment assessment() {
    JsonIn.ObjectIn o = in.object(Fields.ASSESSMENT);
    Assessment.Builder b = Assessment.builder();
    o.fields(f -> {
      switch (f) {
        case "verdict" -> b.verdict(in.enumValue(Verdict.class));
        case "note" -> b.note(in.string());
        case "assessor" -> b.assessor(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  /**
   * The fields every claim has — evidence, assessment, note — read into {@code claim}'s builder;
   * false for any other field.
   */
  private boolean claimField(String f, ClaimBuilder b) {
    switch (f) {
      case "evidence" -> b.evidence(in.list(this::evidence));
      case "assessment" -> b.assessment(assessment());
      case "note" -> b.note(in.string());
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The three setters every claim builder has, as method references. */
  private interface ClaimBuilder {
    void evidence(java.util.List<Evidence> evidence);

    void assessment(Assessment assessment);

    void note(String note);

    static ClaimBuilder of(java.util.function.Consumer<java.util.List<Evidence>> evidence,
        java.util.function.Consumer<Assessment> assessment, java.util.function.Consumer<String> note) {
      return new ClaimBuilder() {
        @Override
        public void evidence(java.util.List<Evidence> e) {
          evidence.accept(e);
        }

        @Override
        public void assessment(Assessment a) {
          assessment.accept(a);
        }

        @Override
        public void note(String n) {
          note.accept(n);
        }
      };
    }
  }

  Delegation delegation() {
    JsonIn.ObjectIn o = in.object(Fields.DELEGATION);
    Delegation.Builder b = Delegation.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "party" -> b.party(actorId());
        case "role" -> b.role(in.enumValue(DelegationRole.class));
        case "head" -> b.head(actorId());
        case "members" -> b.members(in.list(this::member));
        default -> claim(f, c);
      }
    });
    if (!o.has(Fields.DELEGATION.indexOf("role"))) {
      // Format 1.0 required the role; 1.1 defaults it to party.
      in.requireVersion("1.1", "a delegation without a role (a party's, by default)");
    }
    return o.build(b::build);
  }

  /** Reads a claim's own field, or fails loudly for a field the type lists but nothing reads. */
  private void claim(String f, ClaimBuilder c) {
    if (!claimField(f, c)) {
      throw unread(f);
    }
  }

  DelegationMember member() {
    JsonIn.ObjectIn o = in.object(Fields.MEMBER);
    DelegationMember.Builder b = DelegationMember.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "person" -> b.person(actorId());
        case "title" -> b.title(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  Demand demand() {
    JsonIn.ObjectIn o = in.object(Fields.DEMAND);
    Demand.Builder b = Demand.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "key" -> b.key(in.string());
        case "by" -> b.by(actorId());
        case "addressee" -> b.addressee(actorId());
        case "issue" -> b.issue(in.enumValue(Issue.class));
        case "otherIssues" -> b.otherIssues(in.list(() -> in.enumValue(Issue.class)));
        case "description" -> b.description(in.string());
        case "regions" -> b.regions(in.list(in::string));
        case "conditions" -> b.conditions(in.list(in::string));
        case "response" -> b.response(response());
        default -> claim(f, c);
      }
    });
    if (!o.has(Fields.DEMAND.indexOf("description"))) {
      // Format 1.0 required the description; 1.1 leaves it optional.
      in.requireVersion("1.1", "a demand without a description");
    }
    return o.build(b::build);
  }

  Response response() {
    JsonIn.ObjectIn o = in.object(Fields.RESPONSE);
    Response.Builder b = Response.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "kind" -> b.kind(in.enumValue(ResponseKind.class));
        case "by" -> b.by(actorId());
        case "description" -> b.description(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  Outcome outcome() {
    JsonIn.ObjectIn o = in.object(Fields.OUTCOME);
    Outcome.Builder b = Outcome.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "key" -> b.key(in.string());
        case "kind" -> b.kind(in.enumValue(OutcomeKind.class));
        case "issue" -> b.issue(in.enumValue(Issue.class));
        case "otherIssues" -> b.otherIssues(in.list(() -> in.enumValue(Issue.class)));
        case "agreement" -> b.agreement(agreementId());
        case "provision" -> b.provision(in.string());
        case "parties" -> b.parties(in.list(this::actorId));
        case "status" -> b.status(in.enumValue(OutcomeStatus.class));
        case "description" -> b.description(in.string());
        case "quantities" -> b.quantities(in.list(this::quantity));
        default -> claim(f, c);
      }
    });
    if (!o.has(Fields.OUTCOME.indexOf("description"))) {
      // Format 1.0 required the description; 1.1 leaves it optional.
      in.requireVersion("1.1", "an outcome without a description");
    }
    return o.build(b::build);
  }

  Quantity quantity() {
    JsonIn.ObjectIn o = in.object(Fields.QUANTITY);
    Quantity.Builder b = Quantity.builder();
    o.fields(f -> {
      switch (f) {
        case "amount" -> b.amount(in.count(Long.MAX_VALUE));
        case "max" -> b.max(in.count(Long.MAX_VALUE));
        case "qualifier" -> b.qualifier(in.enumValue(QuantityQualifier.class));
        case "unit" -> b.unit(word());
        case "basis" -> b.basis(in.enumValue(QuantityBasis.class));
        case "words" -> b.words(in.string());
        case "by" -> b.by(actorId());
        case "to" -> b.to(actorId());
        case "part" -> b.part(in.bool());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  Statement statement() {
    JsonIn.ObjectIn o = in.object(Fields.STATEMENT);
    Statement.Builder b = Statement.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "speaker" -> b.speaker(actorId());
        case "onBehalfOf" -> b.onBehalfOf(actorId());
        case "mode" -> b.mode(in.enumValue(StatementMode.class));
        case "words" -> b.words(in.string());
        case "channel" -> b.channel(in.enumValue(Channel.class));
        case "attribution" -> b.attribution(in.list(this::attribution));
        case "about" -> b.about(about());
        case "stance" -> b.stance(in.enumValue(Stance.class));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  About about() {
    JsonIn.ObjectIn o = in.object(Fields.ABOUT);
    ClaimKind[] kind = new ClaimKind[1];
    String[] key = new String[1];
    o.fields(f -> {
      switch (f) {
        case "kind" -> kind[0] = in.enumValue(ClaimKind.class);
        case "key" -> key[0] = in.string();
        default -> throw unread(f);
      }
    });
    return o.build(() -> About.of(kind[0], key[0]));
  }

  Attribution attribution() {
    JsonIn.ObjectIn o = in.object(Fields.ATTRIBUTION);
    String[] description = new String[1];
    ActorId[] actor = new ActorId[1];
    o.fields(f -> {
      switch (f) {
        case "description" -> description[0] = in.string();
        case "actor" -> actor[0] = actorId();
        default -> throw unread(f);
      }
    });
    return o.build(() -> actor[0] == null ? Attribution.of(description[0]) : Attribution.of(description[0], actor[0]));
  }

  PersonTitle title() {
    JsonIn.ObjectIn o = in.object(Fields.TITLE);
    PersonTitle.Builder b = PersonTitle.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "person" -> b.person(actorId());
        case "title" -> b.title(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  DateClaim dateClaim() {
    JsonIn.ObjectIn o = in.object(Fields.DATE);
    DateClaim.Builder b = DateClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "role" -> b.role(in.enumValue(DateRole.class));
        case "date" -> b.date(date());
        case "time" -> b.time(time());
        case "day" -> b.day(number());
        case "phase" -> b.phase(number());
        case "agreement" -> b.agreement(agreementId());
        case "provision" -> b.provision(in.string());
        case "event" -> b.event(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  AgreementClaim agreementClaim() {
    JsonIn.ObjectIn o = in.object(Fields.AGREEMENT_CLAIM);
    AgreementClaim.Builder b = AgreementClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "agreement" -> b.agreement(agreementId());
        case "status" -> b.status(in.enumValue(AgreementStatus.class));
        case "participants" -> b.participants(in.list(this::participant));
        case "provisions" -> b.provisions(in.list(this::provision));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  AgreementParticipant participant() {
    JsonIn.ObjectIn o = in.object(Fields.PARTICIPANT);
    ActorId[] actor = new ActorId[1];
    AgreementRole[] role = new AgreementRole[1];
    o.fields(f -> {
      switch (f) {
        case "actor" -> actor[0] = actorId();
        case "role" -> role[0] = in.enumValue(AgreementRole.class);
        default -> throw unread(f);
      }
    });
    return o.build(() -> AgreementParticipant.of(actor[0], role[0]));
  }

  Provision provision() {
    JsonIn.ObjectIn o = in.object(Fields.PROVISION);
    Provision.Builder b = Provision.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "key" -> b.key(in.string());
        case "issues" -> b.issues(in.list(() -> in.enumValue(Issue.class)));
        case "description" -> b.description(in.string());
        case "phase" -> b.phase(phase());
        case "conditions" -> b.conditions(in.list(in::string));
        case "quantities" -> b.quantities(in.list(this::quantity));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  Phase phase() {
    JsonIn.ObjectIn o = in.object(Fields.PHASE);
    Phase.Builder b = Phase.builder();
    o.fields(f -> {
      switch (f) {
        case "number" -> b.number(number());
        case "name" -> b.name(in.string());
        case "days" -> b.days(number());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  RoleClaim role() {
    JsonIn.ObjectIn o = in.object(Fields.ROLE);
    RoleClaim.Builder b = RoleClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "actor" -> b.actor(actorId());
        case "role" -> b.role(in.enumValue(NegotiationRole.class));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  ProcessEvent event() {
    JsonIn.ObjectIn o = in.object(Fields.EVENT);
    ProcessEvent.Builder b = ProcessEvent.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "key" -> b.key(in.string());
        case "kind" -> b.kind(in.enumValue(ProcessEventKind.class));
        case "actors" -> b.actors(in.list(this::actorId));
        case "date" -> b.date(date());
        case "time" -> b.time(time());
        case "venue" -> b.venue(venue());
        case "reason" -> b.reason(in.string());
        case "description" -> b.description(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  FactClaim fact() {
    JsonIn.ObjectIn o = in.object(Fields.FACT);
    FactClaim.Builder b = FactClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case "key" -> b.key(in.string());
        case "description" -> b.description(in.string());
        case "date" -> b.date(date());
        case "since" -> b.since(date());
        case "duration" -> b.duration(duration());
        case "quantity" -> b.quantity(quantity());
        case "actor" -> b.actor(actorId());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  /** A whole number from 0 to {@link Integer#MAX_VALUE}; the model says which are allowed. */
  private int number() {
    return (int) in.count(Integer.MAX_VALUE);
  }

  /** A string that repeats across records, one object for each text ({@link Ids#word}). */
  private String word() {
    return ids.word(in.string());
  }

  private ActorId actorId() {
    return in.string(text -> ids.of(text, ActorId.class, ActorId::of));
  }

  private NegotiationId negotiationId() {
    return in.string(text -> ids.of(text, NegotiationId.class, NegotiationId::of));
  }

  private AgreementId agreementId() {
    return in.string(text -> ids.of(text, AgreementId.class, AgreementId::of));
  }

  private SourceId sourceId() {
    return in.string(text -> ids.of(text, SourceId.class, SourceId::of));
  }

  private ReportId reportId() {
    return in.string(text -> ids.of(text, ReportId.class, ReportId::of));
  }
}
