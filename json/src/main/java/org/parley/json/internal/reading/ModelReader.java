// Over 400 lines: one method per object type of the format (32 of them), each a switch over the
// type's FieldName constants; the names and fields themselves are FieldName and Fields, not here.
package org.parley.json.internal.reading;

import static org.parley.json.internal.format.FieldName.*;

import java.util.function.Supplier;
import org.parley.json.ReadCodes;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.json.internal.format.FormatVersions;
import org.parley.model.*;

/**
 * Reads each type of the model from its JSON form, one method per type, field names equal to the
 * model's property names. Every method starts on the token that opens its value and ends on the
 * token that closes it.
 */
public final class ModelReader {

  /** The format version this reader writes and reads into. */
  public static final String VERSION = Dataset.CURRENT_SCHEMA_VERSION;

  private final JsonIn in;
  private final Ids ids;

  /** A reader with ids of its own. */
  public ModelReader(JsonIn in) {
    this(in, new Ids());
  }

  /** A reader that shares {@code ids} with others on the same thread (the lines of one batch). */
  public ModelReader(JsonIn in, Ids ids) {
    this.in = in;
    this.ids = ids;
  }

  public JsonIn in() {
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
  private static IllegalStateException unread(FieldName field) {
    return new IllegalStateException("Parley's reader has no case for the field \"" + field.wire + "\"");
  }

  public Dataset dataset() {
    JsonIn.ObjectIn o = in.object(Fields.DATASET);
    Dataset.Builder b = Dataset.builder();
    o.fields(f -> {
      switch (f) {
        case PARLEY -> version();
        case ACTORS -> b.actors(in.list(this::actor));
        case NEGOTIATIONS -> b.negotiations(in.list(this::negotiation));
        case AGREEMENTS -> b.agreements(in.list(this::agreement));
        case SOURCES -> b.sources(in.list(this::source));
        case REPORTS -> b.reports(in.list(this::report));
        default -> throw unread(f);
      }
    });
    if (!o.has(PARLEY)) {
      throw in.error(ReadCodes.MISSING_VERSION,
          "the document does not say which Parley format it follows; add \"parley\": \"" + VERSION + "\"");
    }
    return o.build(b::build);
  }

  public Actor actor() {
    JsonIn.ObjectIn o = in.object(Fields.ACTOR);
    Actor.Builder b = Actor.builder();
    o.fields(f -> {
      switch (f) {
        case ID -> b.id(actorId());
        case KIND -> b.kind(in.enumValue(ActorKind.class));
        case NAME -> b.name(in.string());
        case ALIASES -> b.aliases(in.list(in::string));
        case WIKIDATA_ID -> b.wikidataId(in.string());
        case COUNTRY -> b.country(word());
        case AFFILIATION -> b.affiliation(actorId());
        case DEMONYMS -> b.demonyms(in.list(in::string));
        case MEMBERS -> b.members(in.list(this::actorId));
        case ANONYMOUS -> b.anonymous(in.bool());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Negotiation negotiation() {
    JsonIn.ObjectIn o = in.object(Fields.NEGOTIATION);
    Negotiation.Builder b = Negotiation.builder();
    o.fields(f -> {
      switch (f) {
        case ID -> b.id(negotiationId());
        case TITLE -> b.title(in.string());
        case PARTIES -> b.parties(in.list(this::actorId));
        case HOSTS -> b.hosts(in.list(this::actorId));
        case MEDIATORS -> b.mediators(in.list(this::actorId));
        case PREVIOUS_ROUND -> b.previousRound(negotiationId());
        case ROUND -> b.round(number());
        case FORMAT -> b.format(in.enumValue(RoundFormat.class));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Agreement agreement() {
    JsonIn.ObjectIn o = in.object(Fields.AGREEMENT);
    Agreement.Builder b = Agreement.builder();
    o.fields(f -> {
      switch (f) {
        case ID -> b.id(agreementId());
        case NAME -> b.name(in.string());
        case TYPE -> b.type(in.enumValue(AgreementType.class));
        case NEGOTIATION -> b.negotiation(negotiationId());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Source source() {
    JsonIn.ObjectIn o = in.object(Fields.SOURCE);
    Source.Builder b = Source.builder();
    o.fields(f -> {
      switch (f) {
        case ID -> b.id(sourceId());
        case KIND -> b.kind(in.enumValue(SourceKind.class));
        case OUTLET -> b.outlet(word());
        case AUTHOR -> b.author(in.string());
        case HEADLINE -> b.headline(in.string());
        case URL -> b.url(in.string());
        case PUBLICATION_DATE -> b.publicationDate(date());
        case LANGUAGE -> b.language(word());
        case CITES -> b.cites(in.list(this::actorId));
        case DOCUMENT -> b.document(document());
        case ORIGINAL_PUBLISHER -> b.originalPublisher(actorId());
        case COMPLETENESS -> b.completeness(in.enumValue(Completeness.class));
        case REVISIONS -> b.revisions(in.list(this::revision));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Document document() {
    JsonIn.ObjectIn o = in.object(Fields.DOCUMENT);
    String[] path = new String[1];
    String[] sha256 = new String[1];
    o.fields(f -> {
      switch (f) {
        case PATH -> path[0] = in.string();
        case SHA256 -> sha256[0] = in.string();
        default -> throw unread(f);
      }
    });
    if (sha256[0] == null && path[0] != null) {
      // Format 1.2 takes a document by its path alone: `parley anchor` fills in the hash.
      in.requireVersion("1.2", "a document without its sha256");
    }
    return o.build(() -> sha256[0] == null ? Document.of(path[0]) : Document.of(path[0], sha256[0]));
  }

  public Revision revision() {
    JsonIn.ObjectIn o = in.object(Fields.REVISION);
    Revision.Builder b = Revision.builder();
    o.fields(f -> {
      switch (f) {
        case KIND -> b.kind(in.enumValue(RevisionKind.class));
        case DATE -> b.date(date());
        case NOTE -> b.note(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Report report() {
    JsonIn.ObjectIn o = in.object(Fields.REPORT);
    Report.Builder b = Report.builder();
    o.fields(f -> {
      switch (f) {
        case ID -> b.id(reportId());
        case SOURCE -> b.source(sourceId());
        case NEGOTIATION -> b.negotiation(negotiationId());
        case DATE -> b.date(reported(this::date));
        case VENUE -> b.venue(reported(this::venue));
        case DURATION -> b.duration(reported(this::duration));
        case FORMAT -> b.format(reported(() -> in.enumValue(RoundFormat.class)));
        case DELEGATIONS -> b.delegations(in.list(this::delegation));
        case DEMANDS -> b.demands(in.list(this::demand));
        case OUTCOMES -> b.outcomes(in.list(this::outcome));
        case STATEMENTS -> b.statements(in.list(this::statement));
        case TITLES -> b.titles(in.list(this::title));
        case DATES -> b.dates(in.list(this::dateClaim));
        case AGREEMENTS -> b.agreements(in.list(this::agreementClaim));
        case ROLES -> b.roles(in.list(this::role));
        case EVENTS -> b.events(in.list(this::event));
        case FACTS -> b.facts(in.list(this::fact));
        case ACTS -> b.acts(in.list(this::act));
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public <T> Reported<T> reported(Supplier<T> value) {
    JsonIn.ObjectIn o = in.object(Fields.REPORTED);
    Reported.Builder<T> b = Reported.builder();
    o.fields(f -> {
      switch (f) {
        case VALUE -> b.value(value.get());
        case EVIDENCE -> b.evidence(in.list(this::evidence));
        case ASSESSMENT -> b.assessment(assessment());
        case NOTE -> b.note(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public PartialDate date() {
    return in.string(PartialDate::parse);
  }

  public TimeOfDay time() {
    return in.string(TimeOfDay::parse);
  }

  public Venue venue() {
    JsonIn.ObjectIn o = in.object(Fields.VENUE);
    Venue.Builder b = Venue.builder();
    o.fields(f -> {
      switch (f) {
        case NAME -> b.name(in.string());
        case CITY -> b.city(word());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public DurationEstimate duration() {
    JsonIn.ObjectIn o = in.object(Fields.DURATION);
    long[] minutes = new long[1];
    DurationQualifier[] qualifier = new DurationQualifier[1];
    o.fields(f -> {
      switch (f) {
        case MINUTES -> minutes[0] = in.count(Long.MAX_VALUE);
        case QUALIFIER -> qualifier[0] = in.enumValue(DurationQualifier.class);
        default -> throw unread(f);
      }
    });
    return o.build(() -> DurationEstimate.of(minutes[0], qualifier[0]));
  }

  public Evidence evidence() {
    JsonIn.ObjectIn o = in.object(Fields.EVIDENCE);
    Evidence.Builder b = Evidence.builder();
    o.fields(f -> {
      switch (f) {
        case TEXT -> b.text(in.string());
        case START -> b.start((int) in.count(Integer.MAX_VALUE));
        case PART -> b.part(in.enumValue(PagePart.class));
        case LANGUAGE -> b.language(word());
        case TRANSLATED -> b.translated(in.bool());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  public Assessment assessment() {
    JsonIn.ObjectIn o = in.object(Fields.ASSESSMENT);
    Assessment.Builder b = Assessment.builder();
    o.fields(f -> {
      switch (f) {
        case VERDICT -> b.verdict(in.enumValue(Verdict.class));
        case NOTE -> b.note(in.string());
        case ASSESSOR -> b.assessor(in.string());
        default -> throw unread(f);
      }
    });
    return o.build(b::build);
  }

  /**
   * The fields every claim has — evidence, assessment, note — read into {@code claim}'s builder;
   * false for any other field.
   */
  private boolean claimField(FieldName f, ClaimBuilder b) {
    switch (f) {
      case EVIDENCE -> b.evidence(in.list(this::evidence));
      case ASSESSMENT -> b.assessment(assessment());
      case NOTE -> b.note(in.string());
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

  public Delegation delegation() {
    JsonIn.ObjectIn o = in.object(Fields.DELEGATION);
    Delegation.Builder b = Delegation.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case PARTY -> b.party(actorId());
        case ROLE -> b.role(in.enumValue(DelegationRole.class));
        case HEAD -> b.head(actorId());
        case MEMBERS -> b.members(in.list(this::member));
        default -> claim(f, c);
      }
    });
    if (!o.has(ROLE)) {
      // Format 1.0 required the role; 1.1 defaults it to party.
      in.requireVersion("1.1", "a delegation without a role (a party's, by default)");
    }
    return o.build(b::build);
  }

  /** Reads a claim's own field, or fails loudly for a field the type lists but nothing reads. */
  private void claim(FieldName f, ClaimBuilder c) {
    if (!claimField(f, c)) {
      throw unread(f);
    }
  }

  public DelegationMember member() {
    JsonIn.ObjectIn o = in.object(Fields.MEMBER);
    DelegationMember.Builder b = DelegationMember.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case PERSON -> b.person(actorId());
        case TITLE -> b.title(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public Demand demand() {
    JsonIn.ObjectIn o = in.object(Fields.DEMAND);
    Demand.Builder b = Demand.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case BY -> b.by(actorId());
        case ADDRESSEE -> b.addressee(actorId());
        case ISSUE -> b.issue(in.enumValue(Issue.class));
        case OTHER_ISSUES -> b.otherIssues(in.list(() -> in.enumValue(Issue.class)));
        case DESCRIPTION -> b.description(in.string());
        case REGIONS -> b.regions(in.list(in::string));
        case CONDITIONS -> b.conditions(in.list(in::string));
        case DURATION -> b.duration(duration());
        case RESPONSE -> b.response(response());
        default -> claim(f, c);
      }
    });
    if (!o.has(DESCRIPTION)) {
      // Format 1.0 required the description; 1.1 leaves it optional.
      in.requireVersion("1.1", "a demand without a description");
    }
    return o.build(b::build);
  }

  public Response response() {
    JsonIn.ObjectIn o = in.object(Fields.RESPONSE);
    Response.Builder b = Response.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KIND -> b.kind(in.enumValue(ResponseKind.class));
        case BY -> b.by(actorId());
        case DESCRIPTION -> b.description(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public Outcome outcome() {
    JsonIn.ObjectIn o = in.object(Fields.OUTCOME);
    Outcome.Builder b = Outcome.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case KIND -> b.kind(in.enumValue(OutcomeKind.class));
        case ISSUE -> b.issue(in.enumValue(Issue.class));
        case OTHER_ISSUES -> b.otherIssues(in.list(() -> in.enumValue(Issue.class)));
        case AGREEMENT -> b.agreement(agreementId());
        case PROVISION -> b.provision(in.string());
        case PARTIES -> b.parties(in.list(this::actorId));
        case STATUS -> b.status(in.enumValue(OutcomeStatus.class));
        case RANK -> b.rank(in.enumValue(OutcomeRank.class));
        case BLAME -> b.blame(actorId());
        case DESCRIPTION -> b.description(in.string());
        case QUANTITIES -> b.quantities(in.list(this::quantity));
        case REGIONS -> b.regions(in.list(in::string));
        case DURATION -> b.duration(duration());
        default -> claim(f, c);
      }
    });
    if (!o.has(DESCRIPTION)) {
      // Format 1.0 required the description; 1.1 leaves it optional.
      in.requireVersion("1.1", "an outcome without a description");
    }
    return o.build(b::build);
  }

  public Quantity quantity() {
    JsonIn.ObjectIn o = in.object(Fields.QUANTITY);
    Quantity.Builder b = Quantity.builder();
    o.fields(f -> {
      switch (f) {
        case AMOUNT -> b.amount(in.count(Long.MAX_VALUE));
        case MAX -> b.max(in.count(Long.MAX_VALUE));
        case QUALIFIER -> b.qualifier(in.enumValue(QuantityQualifier.class));
        case UNIT -> b.unit(word());
        case BASIS -> b.basis(in.enumValue(QuantityBasis.class));
        case WORDS -> b.words(in.string());
        case BY -> b.by(actorId());
        case TO -> b.to(actorId());
        case PART -> b.part(in.bool());
        case MAGNITUDE -> b.magnitude(in.enumValue(Magnitude.class));
        case DAY -> b.day(number());
        case PHASE -> b.phase(number());
        default -> throw unread(f);
      }
    });
    o.requireOneOf(AMOUNT, MAGNITUDE, "a magnitude, since format 1.2, for words such as \"hundreds\"");
    if (o.has(MAGNITUDE) && (o.has(AMOUNT) || o.has(QUALIFIER))) {
      throw in.error(ReadCodes.INVALID_VALUE, "a quantity with a magnitude has its amount and qualifier from it"
          + " (\"hundreds\" is at least 200); leave \"amount\" and \"qualifier\" out");
    }
    return o.build(b::build);
  }

  public Statement statement() {
    JsonIn.ObjectIn o = in.object(Fields.STATEMENT);
    Statement.Builder b = Statement.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case SPEAKER -> b.speaker(actorId());
        case ON_BEHALF_OF -> b.onBehalfOf(actorId());
        case MODE -> b.mode(in.enumValue(StatementMode.class));
        case WORDS -> b.words(in.string());
        case CHANNEL -> b.channel(in.enumValue(Channel.class));
        case ATTRIBUTION -> b.attribution(in.list(this::attribution));
        case ABOUT -> b.about(about());
        case STANCE -> b.stance(in.enumValue(Stance.class));
        case TONE -> b.tone(in.enumValue(Tone.class));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public About about() {
    JsonIn.ObjectIn o = in.object(Fields.ABOUT);
    ClaimKind[] kind = new ClaimKind[1];
    String[] key = new String[1];
    String[] field = new String[1];
    String[] value = new String[1];
    o.fields(f -> {
      switch (f) {
        case KIND -> kind[0] = in.enumValue(ClaimKind.class);
        case KEY -> key[0] = in.string();
        case FIELD -> field[0] = in.string();
        case VALUE -> value[0] = in.string();
        default -> throw unread(f);
      }
    });
    return o.build(() -> About.of(kind[0], key[0], java.util.Optional.ofNullable(field[0]),
        java.util.Optional.ofNullable(value[0])));
  }

  public Attribution attribution() {
    JsonIn.ObjectIn o = in.object(Fields.ATTRIBUTION);
    String[] description = new String[1];
    ActorId[] actor = new ActorId[1];
    o.fields(f -> {
      switch (f) {
        case DESCRIPTION -> description[0] = in.string();
        case ACTOR -> actor[0] = actorId();
        default -> throw unread(f);
      }
    });
    return o.build(() -> actor[0] == null ? Attribution.of(description[0]) : Attribution.of(description[0], actor[0]));
  }

  public PersonTitle title() {
    JsonIn.ObjectIn o = in.object(Fields.TITLE);
    PersonTitle.Builder b = PersonTitle.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case PERSON -> b.person(actorId());
        case TITLE -> b.title(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public DateClaim dateClaim() {
    JsonIn.ObjectIn o = in.object(Fields.DATE);
    DateClaim.Builder b = DateClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case ROLE -> b.role(in.enumValue(DateRole.class));
        case DATE -> b.date(date());
        case WEEKDAY -> b.weekday(in.enumValue(Weekday.class));
        case RELATIVE -> b.relative(in.enumValue(RelativeDate.class));
        case TIME -> b.time(time());
        case DAY -> b.day(number());
        case PHASE -> b.phase(number());
        case AGREEMENT -> b.agreement(agreementId());
        case PROVISION -> b.provision(in.string());
        case EVENT -> b.event(in.string());
        case ACTOR -> b.actor(actorId());
        case KEY -> b.key(in.string());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public AgreementClaim agreementClaim() {
    JsonIn.ObjectIn o = in.object(Fields.AGREEMENT_CLAIM);
    AgreementClaim.Builder b = AgreementClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case AGREEMENT -> b.agreement(agreementId());
        case STATUS -> b.status(in.enumValue(AgreementStatus.class));
        case STATUS_BY -> b.statusBy(actorId());
        case LINKS -> b.links(in.list(this::link));
        case DURATION -> b.duration(duration());
        case PARTICIPANTS -> b.participants(in.list(this::participant));
        case PROVISIONS -> b.provisions(in.list(this::provision));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public AgreementLink link() {
    JsonIn.ObjectIn o = in.object(Fields.LINK);
    AgreementRelation[] relation = new AgreementRelation[1];
    AgreementId[] agreement = new AgreementId[1];
    o.fields(f -> {
      switch (f) {
        case RELATION -> relation[0] = in.enumValue(AgreementRelation.class);
        case AGREEMENT -> agreement[0] = agreementId();
        default -> throw unread(f);
      }
    });
    return o.build(() -> AgreementLink.of(relation[0], agreement[0]));
  }

  public AgreementParticipant participant() {
    JsonIn.ObjectIn o = in.object(Fields.PARTICIPANT);
    ActorId[] actor = new ActorId[1];
    AgreementRole[] role = new AgreementRole[1];
    java.util.List<Evidence> evidence = new java.util.ArrayList<>();
    o.fields(f -> {
      switch (f) {
        case ACTOR -> actor[0] = actorId();
        case ROLE -> role[0] = in.enumValue(AgreementRole.class);
        case EVIDENCE -> evidence.addAll(in.list(this::evidence));
        default -> throw unread(f);
      }
    });
    return o.build(() -> AgreementParticipant.of(actor[0], role[0], evidence));
  }

  public Provision provision() {
    JsonIn.ObjectIn o = in.object(Fields.PROVISION);
    Provision.Builder b = Provision.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case ISSUES -> b.issues(in.list(() -> in.enumValue(Issue.class)));
        case DESCRIPTION -> b.description(in.string());
        case PHASE -> b.phase(phase());
        case CONDITIONS -> b.conditions(in.list(in::string));
        case QUANTITIES -> b.quantities(in.list(this::quantity));
        case REGIONS -> b.regions(in.list(in::string));
        case DURATION -> b.duration(duration());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public Phase phase() {
    JsonIn.ObjectIn o = in.object(Fields.PHASE);
    Phase.Builder b = Phase.builder();
    o.fields(f -> {
      switch (f) {
        case NUMBER -> b.number(number());
        case NAME -> b.name(in.string());
        case DAYS -> b.days(number());
        default -> throw unread(f);
      }
    });
    if (!o.has(NUMBER) && !o.has(NAME) && o.has(DAYS)) {
      // Format 1.1 needed a phase's number or name; 1.2 takes its length alone ("a phase of 42 days").
      in.requireVersion("1.2", "a phase with neither a number nor a name");
    }
    return o.build(b::build);
  }

  public RoleClaim role() {
    JsonIn.ObjectIn o = in.object(Fields.ROLE);
    RoleClaim.Builder b = RoleClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case ACTOR -> b.actor(actorId());
        case ROLE -> b.role(in.enumValue(NegotiationRole.class));
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public ProcessEvent event() {
    JsonIn.ObjectIn o = in.object(Fields.EVENT);
    ProcessEvent.Builder b = ProcessEvent.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case KIND -> b.kind(in.enumValue(ProcessEventKind.class));
        case ACTORS -> b.actors(in.list(this::actorId));
        case DATE -> b.date(date());
        case TIME -> b.time(time());
        case TIMING -> b.timing(in.enumValue(EventTiming.class));
        case VENUE -> b.venue(venue());
        case REASON -> b.reason(in.string());
        case CAUSE -> b.cause(in.string());
        case DESCRIPTION -> b.description(in.string());
        case DURATION -> b.duration(duration());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public FactClaim fact() {
    JsonIn.ObjectIn o = in.object(Fields.FACT);
    FactClaim.Builder b = FactClaim.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case DESCRIPTION -> b.description(in.string());
        case DATE -> b.date(date());
        case SINCE -> b.since(date());
        case SINCE_EVENT -> b.sinceEvent(in.string());
        case DURATION -> b.duration(duration());
        case QUANTITY -> b.quantity(quantity());
        case QUANTITIES -> b.quantities(in.list(this::quantity));
        case ACTOR -> b.actor(actorId());
        default -> claim(f, c);
      }
    });
    return o.build(b::build);
  }

  public Act act() {
    JsonIn.ObjectIn o = in.object(Fields.ACT);
    Act.Builder b = Act.builder();
    ClaimBuilder c = ClaimBuilder.of(b::evidence, b::assessment, b::note);
    o.fields(f -> {
      switch (f) {
        case KEY -> b.key(in.string());
        case KIND -> b.kind(in.enumValue(ActKind.class));
        case BY -> b.by(actorId());
        case TARGET -> b.target(actorId());
        case ISSUE -> b.issue(in.enumValue(Issue.class));
        case DESCRIPTION -> b.description(in.string());
        case CONDITION -> b.condition(in.string());
        case DATE -> b.date(date());
        case TIMING -> b.timing(in.enumValue(EventTiming.class));
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
