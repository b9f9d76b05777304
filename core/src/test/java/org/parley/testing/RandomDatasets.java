package org.parley.testing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.function.Supplier;
import java.time.ZoneOffset;
import org.parley.model.*;

/**
 * Seeded random datasets that use every type, every enum value, empty and full optionals and
 * lists, and awkward text (quotes, backslashes, control characters, characters outside the BMP).
 * The same seed always gives the same dataset. The datasets can be constructed, but are not meant to
 * pass validation: references and evidence are random.
 */
public final class RandomDatasets {

  private static final String[] WORDS = {
    "talks", "Istanbul", "Türkiye", "prisoners", "ceasefire", "Zelenskyy", "Kyiv", "Dolmabahçe", "\"quoted\"",
    "back\\slash", "tab\there", "line\nbreak", "🔗", "𝕏", "über", "—", "1,000", "Москва", "日本", "\u0001", "é",
  };

  private final Random random;

  /**
   * Draws for the values format 1.2 added, apart from {@link #random}, so that the datasets of every
   * seed stay what they were before and only gain the new values.
   */
  private final Random added;

  public RandomDatasets(long seed) {
    this.random = new Random(seed);
    this.added = new Random(~seed);
  }

  /** One time in two, from the draws of format 1.2's values. */
  private void maybeAdded(Runnable action) {
    if (added.nextBoolean()) {
      action.run();
    }
  }

  /** The dataset for this seed. */
  public static Dataset of(long seed) {
    return new RandomDatasets(seed).dataset();
  }

  public Dataset dataset() {
    return Dataset.builder()
        .actors(list(4, this::actor))
        .negotiations(list(2, this::negotiation))
        .agreements(list(2, this::agreement))
        .sources(list(2, this::source))
        .reports(list(3, this::report))
        .build();
  }

  public Actor actor() {
    ActorId id = actorId();
    Actor.Builder b = Actor.builder().id(id).kind(pick(ActorKind.values())).name(name())
        .aliases(list(3, this::name));
    maybe(() -> b.wikidataId("Q" + (1 + random.nextInt(1_000_000))));
    maybe(() -> b.country(pick(new String[] {"RUS", "UKR", "TUR", "USA"})));
    maybe(() -> b.affiliation(actorId()));
    maybe(() -> b.demonyms(list(2, this::name)));
    maybe(() -> b.members(list(3, this::actorId).stream().filter(m -> !m.equals(id)).toList()));
    maybe(() -> b.anonymous(random.nextBoolean()));
    Actor actor = b.build();
    return actor;
  }

  public Negotiation negotiation() {
    Negotiation.Builder b = Negotiation.builder().id(NegotiationId.of("negotiation:" + local())).title(name())
        .parties(list(3, this::actorId)).hosts(list(2, this::actorId)).mediators(list(2, this::actorId));
    maybe(() -> b.previousRound(NegotiationId.of("negotiation:" + local())));
    maybe(() -> b.round(1 + random.nextInt(20)));
    maybe(() -> b.format(pick(java.util.Arrays.copyOf(RoundFormat.values(), 4))));
    return b.build();
  }

  public Agreement agreement() {
    Agreement.Builder b = Agreement.builder().id(agreementId()).name(name()).type(pick(AgreementType.values()));
    maybe(() -> b.negotiation(NegotiationId.of("negotiation:" + local())));
    return b.build();
  }

  private AgreementId agreementId() {
    return AgreementId.of("agreement:" + local());
  }

  public Source source() {
    Source.Builder b = Source.builder().id(SourceId.of("source:" + local())).kind(pick(SourceKind.values()))
        .cites(list(2, this::actorId));
    maybe(() -> b.outlet(name()));
    maybe(() -> b.author(text()));
    maybe(() -> b.headline(text()));
    maybe(() -> b.url("https://example.org/" + local()));
    maybe(() -> b.publicationDate(date()));
    maybe(() -> b.language(pick(new String[] {"en", "ru", "uk", "tr", "pt-BR"})));
    maybe(() -> b.document(Document.of("seeds/" + local() + ".txt", hex64())));
    maybe(() -> b.originalPublisher(actorId()));
    maybe(() -> b.completeness(pick(Completeness.values())));
    maybe(() -> b.revisions(list(2, this::revision)));
    return b.build();
  }

  private Revision revision() {
    Revision.Builder b = Revision.builder().kind(pick(RevisionKind.values()));
    maybe(() -> b.date(date()));
    maybe(() -> b.note(text()));
    return b.build();
  }

  public Report report() {
    Report.Builder b = Report.builder().id(ReportId.of("report:" + local())).source(SourceId.of("source:" + local()))
        .negotiation(NegotiationId.of("negotiation:" + local()))
        .delegations(list(2, this::delegation))
        .demands(list(2, this::demand))
        .outcomes(list(2, this::outcome))
        .statements(list(2, this::statement))
        .titles(list(2, this::title))
        .dates(list(2, this::dateClaim))
        .agreements(list(2, this::agreementClaim))
        .roles(list(2, this::role))
        .events(list(2, this::event))
        .facts(list(2, this::fact));
    maybe(() -> b.date(reported(this::date)));
    maybe(() -> b.venue(reported(this::venue)));
    maybe(() -> b.duration(reported(this::duration)));
    maybeAdded(() -> b.format(Reported.<RoundFormat>builder()
        .value(RoundFormat.values()[added.nextInt(RoundFormat.values().length)])
        .addEvidence(Evidence.of("format " + added.nextInt(100), added.nextInt(100_000))).build()));
    // Acts (format 1.2) are drawn apart, so that the other values of every seed stay what they were.
    for (int i = added.nextInt(3); i > 0; i--) {
      b.addActs(act());
    }
    return b.build();
  }

  private Act act() {
    Act.Builder b = Act.builder().kind(ActKind.values()[added.nextInt(ActKind.values().length)])
        .by(ActorId.of("actor:a" + added.nextInt(50)))
        .addEvidence(Evidence.of("act " + added.nextInt(1000), added.nextInt(100_000)));
    maybeAdded(() -> b.key("act" + added.nextInt(20)));
    maybeAdded(() -> b.target(ActorId.of("actor:a" + added.nextInt(50))));
    maybeAdded(() -> b.issue(Issue.values()[added.nextInt(Issue.values().length)]));
    maybeAdded(() -> b.description("act words " + added.nextInt(100)));
    maybeAdded(() -> b.condition("if condition " + added.nextInt(10)));
    maybeAdded(() -> b.date(PartialDate.of(2020 + added.nextInt(6), 1 + added.nextInt(12))));
    maybeAdded(() -> b.timing(EventTiming.values()[added.nextInt(EventTiming.values().length)]));
    return b.build();
  }

  private <T> Reported<T> reported(Supplier<T> value) {
    Reported.Builder<T> b = Reported.<T>builder().value(value.get()).evidence(evidences());
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private DateClaim dateClaim() {
    // The roles of format 1.1 from the first draws; format 1.2's from its own, so older seeds keep their values.
    DateClaim.Builder b = DateClaim.builder().role(pick(java.util.Arrays.copyOf(DateRole.values(), 6)))
        .evidence(evidences());
    b.date(date());
    maybe(() -> b.time(time()));
    maybe(() -> {
      b.day(1 + random.nextInt(60));
      maybe(() -> b.phase(1 + random.nextInt(3)));
    });
    maybe(() -> {
      b.agreement(agreementId());
      maybe(() -> b.provision(key()));
    });
    maybe(() -> b.event(key()));
    if (added.nextInt(4) == 0) {
      b.role(added.nextBoolean() ? DateRole.APPROVED : DateRole.FINALIZED).actor(ActorId.of("actor:a" + added.nextInt(50)));
    }
    maybeAdded(() -> b.key("k" + added.nextInt(20)));
    if (added.nextInt(4) == 0) {
      // "On Friday": a weekday without a calendar date (format 1.2).
      b.date(java.util.Optional.empty()).weekday(Weekday.values()[added.nextInt(7)]);
    } else if (added.nextInt(5) == 0) {
      // "Next week", "in the coming days" (format 1.2): relative to publication, without a calendar date.
      b.date(java.util.Optional.empty()).relative(RelativeDate.values()[added.nextInt(RelativeDate.values().length)]);
    }
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  public TimeOfDay time() {
    return random.nextBoolean() ? TimeOfDay.of(random.nextInt(24), random.nextInt(60))
        : TimeOfDay.of(random.nextInt(24), random.nextInt(60), ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0));
  }

  private AgreementClaim agreementClaim() {
    AgreementClaim.Builder b = AgreementClaim.builder().agreement(agreementId())
        .participants(list(3, () -> {
          AgreementParticipant drawn = AgreementParticipant.of(actorId(), pick(AgreementRole.values()));
          // Its own passage (format 1.2), drawn apart so that earlier seeds keep their values.
          return added.nextInt(4) == 0 ? AgreementParticipant.of(drawn.actor(), drawn.role(),
              List.of(Evidence.of("as " + drawn.role().wireName(), added.nextInt(100_000)))) : drawn;
        }))
        .provisions(list(2, this::provision)).evidence(evidences());
    maybe(() -> b.status(pick(java.util.Arrays.copyOf(AgreementStatus.values(), 11))));
    if (added.nextInt(4) == 0) {
      AgreementStatus[] later = {AgreementStatus.SOUGHT, AgreementStatus.FINALIZED, AgreementStatus.APPROVED};
      b.status(later[added.nextInt(later.length)]);
      maybeAdded(() -> b.statusBy(ActorId.of("actor:a" + added.nextInt(50))));
    }
    maybeAdded(() -> b.duration(addedDuration()));
    maybeAdded(() -> {
      AgreementId other = AgreementId.of("agreement:l" + added.nextInt(10));
      b.addLinks(AgreementLink.of(AgreementRelation.values()[added.nextInt(AgreementRelation.values().length)], other));
    });
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Provision provision() {
    Provision.Builder b = Provision.builder().addIssues(pick(Issue.values())).addAllIssues(list(2, () -> pick(Issue.values())))
        .description(text()).conditions(list(2, this::text)).quantities(list(3, this::quantity))
        .evidence(evidences());
    maybe(() -> b.key(key()));
    maybeAdded(() -> b.regions(java.util.List.of("region " + added.nextInt(30))));
    maybeAdded(() -> b.duration(addedDuration()));
    maybe(() -> {
      Phase.Builder phase = Phase.builder().number(1 + random.nextInt(3));
      maybe(() -> phase.name(text()));
      maybe(() -> phase.days(1 + random.nextInt(90)));
      b.phase(phase.build());
    });
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private RoleClaim role() {
    RoleClaim.Builder b = RoleClaim.builder().actor(actorId()).role(pick(NegotiationRole.values()))
        .evidence(evidences());
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private ProcessEvent event() {
    ProcessEvent.Builder b = ProcessEvent.builder().kind(pick(ProcessEventKind.values())).actors(list(2, this::actorId))
        .evidence(evidences());
    String[] key = new String[1];
    maybe(() -> b.key(key[0] = key()));
    maybe(() -> b.date(date()));
    maybe(() -> b.time(time()));
    maybeAdded(() -> b.timing(EventTiming.values()[added.nextInt(EventTiming.values().length)]));
    String cause = "a" + added.nextInt(50);
    maybeAdded(() -> b.cause(cause.equals(key[0]) ? cause + "-before" : cause));
    maybe(() -> b.venue(venue()));
    maybe(() -> b.reason(text()));
    maybe(() -> b.description(text()));
    maybeAdded(() -> b.duration(addedDuration()));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private FactClaim fact() {
    FactClaim.Builder b = FactClaim.builder().description(text()).evidence(evidences());
    maybe(() -> b.key(key()));
    maybe(() -> b.date(date()));
    maybe(() -> b.since(date()));
    maybe(() -> b.duration(duration()));
    maybe(() -> b.quantity(quantity()));
    maybe(() -> b.actor(actorId()));
    maybeAdded(() -> b.sinceEvent("a" + added.nextInt(50)));
    assess(b::assessment);
    note(b::note);
    FactClaim drawn = b.build();
    if (drawn.quantity().isPresent() && added.nextInt(4) == 0) {
      // Several numbers (format 1.2): the drawn one and another of another unit.
      Quantity first = drawn.quantity().get();
      return FactClaim.builder().from(drawn).quantity(java.util.Optional.empty()).quantities(List.of(first,
          Quantity.builder().from(first).unit("unit " + added.nextInt(100)).build())).build();
    }
    return drawn;
  }

  private String key() {
    return local();
  }

  private void note(java.util.function.Consumer<String> set) {
    if (random.nextInt(4) == 0) {
      set.accept(text());
    }
  }

  public PartialDate date() {
    PartialDate.Builder b = PartialDate.builder().year(1 + random.nextInt(9999));
    if (random.nextInt(4) > 0) {
      b.month(1 + random.nextInt(12));
      if (random.nextBoolean()) {
        b.day(1 + random.nextInt(31));
      }
    }
    maybe(() -> b.dayOfWeek(pick(DayOfWeek.values())));
    return b.build();
  }

  private Venue venue() {
    Venue.Builder b = Venue.builder().name(name());
    maybe(() -> b.city(text()));
    return b.build();
  }

  /** A claim's own length (format 1.2), with every qualifier, from the draws of format 1.2's values. */
  private DurationEstimate addedDuration() {
    return DurationEstimate.of(added.nextInt(100_000),
        DurationQualifier.values()[added.nextInt(DurationQualifier.values().length)]);
  }

  private DurationEstimate duration() {
    return DurationEstimate.of(random.nextInt(10_000), pick(java.util.Arrays.copyOf(DurationQualifier.values(), 4)));
  }

  /**
   * A claim's evidence: one or two passages, as a well-formed dataset has at least one (the schema of
   * format 1.2 requires it). When the first draws give none, a passage is drawn apart, so that the
   * other values of every seed stay what they were.
   */
  private java.util.List<Evidence> evidences() {
    java.util.List<Evidence> drawn = list(2, this::evidence);
    return drawn.isEmpty() ? java.util.List.of(Evidence.of("passage " + added.nextInt(1000), added.nextInt(100_000)))
        : drawn;
  }

  public Evidence evidence() {
    if (random.nextInt(3) > 0) {
      return Evidence.of(text(), random.nextInt(100_000));
    }
    Evidence.Builder b = Evidence.builder().text(text()).start(random.nextInt(100_000));
    maybe(() -> b.part(pick(PagePart.values())));
    maybe(() -> b.language(pick(new String[] {"en", "ru", "ar", "he"})));
    maybe(() -> b.translated(random.nextBoolean()));
    return b.build();
  }

  private Assessment assessment() {
    Assessment.Builder b = Assessment.builder().verdict(pick(Verdict.values()));
    maybe(() -> b.note(text()));
    maybe(() -> b.assessor(text()));
    return b.build();
  }

  private void assess(java.util.function.Consumer<Assessment> set) {
    if (random.nextInt(3) == 0) {
      set.accept(assessment());
    }
  }

  private Delegation delegation() {
    Delegation.Builder b = Delegation.builder().party(actorId()).role(pick(DelegationRole.values()))
        .members(list(3, this::member)).evidence(evidences());
    maybe(() -> b.head(actorId()));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private DelegationMember member() {
    DelegationMember.Builder b = DelegationMember.builder().person(actorId()).evidence(evidences());
    maybe(() -> b.title(name()));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Demand demand() {
    Demand.Builder b = Demand.builder().by(actorId()).addressee(actorId()).issue(pick(Issue.values()))
        .description(text()).regions(list(3, this::text)).conditions(list(2, this::text))
        .evidence(evidences());
    maybe(() -> b.response(response()));
    maybe(() -> b.key(key()));
    maybe(() -> b.otherIssues(list(2, () -> pick(Issue.values()))));
    maybeAdded(() -> b.duration(addedDuration()));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Response response() {
    Response.Builder b = Response.builder().kind(pick(ResponseKind.values())).by(actorId())
        .evidence(evidences());
    maybe(() -> b.description(text()));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Outcome outcome() {
    Outcome.Builder b = Outcome.builder().kind(pick(OutcomeKind.values())).issue(pick(Issue.values()))
        .parties(list(3, this::actorId)).status(pick(OutcomeStatus.values())).description(text())
        .quantities(list(2, this::quantity)).evidence(evidences());
    maybe(() -> b.key(key()));
    maybe(() -> b.otherIssues(list(2, () -> pick(Issue.values()))));
    maybeAdded(() -> b.rank(OutcomeRank.values()[added.nextInt(OutcomeRank.values().length)]));
    maybeAdded(() -> b.blame(ActorId.of("actor:a" + added.nextInt(50))));
    maybeAdded(() -> b.duration(addedDuration()));
    maybeAdded(() -> b.regions(java.util.List.of("region " + added.nextInt(30))));
    maybe(() -> {
      b.agreement(agreementId());
      maybe(() -> b.provision(key()));
    });
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Quantity quantity() {
    long amount = random.nextBoolean() ? random.nextInt(10_000) : Math.abs(random.nextLong() >>> 1);
    Quantity.Builder b = Quantity.builder().amount(amount).unit(text()).basis(pick(QuantityBasis.values()));
    QuantityQualifier qualifier = pick(QuantityQualifier.values());
    b.qualifier(qualifier);
    if (qualifier == QuantityQualifier.RANGE) {
      b.max(amount + random.nextInt(1_000));
    }
    maybe(() -> b.words(text()));
    maybe(() -> b.by(actorId()));
    maybe(() -> b.to(actorId()));
    maybe(() -> b.part(random.nextBoolean()));
    maybeAdded(() -> {
      b.day(1 + added.nextInt(60));
      maybeAdded(() -> b.phase(1 + added.nextInt(3)));
    });
    Quantity drawn = b.build();
    if (added.nextInt(5) == 0) {
      // "Hundreds" (format 1.2): the magnitude gives amount and qualifier, so they are left out.
      return Quantity.builder().unit(drawn.unit()).basis(drawn.basis()).words(drawn.words()).by(drawn.by())
          .to(drawn.to()).part(drawn.part()).magnitude(Magnitude.values()[added.nextInt(Magnitude.values().length)])
          .build();
    }
    return drawn;
  }

  private Statement statement() {
    Statement.Builder b = Statement.builder().speaker(actorId()).mode(pick(StatementMode.values())).words(text())
        .attribution(list(2, this::attribution)).evidence(evidences());
    maybe(() -> b.channel(pick(Channel.values())));
    maybe(() -> b.onBehalfOf(actorId()));
    maybe(() -> {
      // the kinds before format 1.2 drawn as before, so that earlier seeds keep their values
      ClaimKind kind = pick(java.util.Arrays.copyOf(ClaimKind.values(), ClaimKind.ACT.ordinal()));
      About whole = kind == ClaimKind.AGREEMENT ? About.agreement(agreementId()) : About.of(kind, key());
      if (added.nextInt(8) == 0) {
        whole = About.of(ClaimKind.ACT, whole.kind() == ClaimKind.AGREEMENT ? "act-" + added.nextInt(50) : whole.key());
      }
      java.util.List<java.util.Map.Entry<String, Class<? extends org.parley.model.WireEnum>>> fields =
          java.util.List.copyOf(About.fields(whole.kind()).entrySet());
      if (!fields.isEmpty() && added.nextBoolean()) {
        java.util.Map.Entry<String, Class<? extends org.parley.model.WireEnum>> field =
            fields.get(added.nextInt(fields.size()));
        org.parley.model.WireEnum[] values = field.getValue().getEnumConstants();
        whole = About.of(whole.kind(), whole.key(), field.getKey(), values[added.nextInt(values.length)].wireName());
      }
      b.about(whole);
      maybe(() -> b.stance(pick(Stance.values())));
    });
    maybeAdded(() -> b.tone(Tone.values()[added.nextInt(Tone.values().length)]));
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  private Attribution attribution() {
    return random.nextBoolean() ? Attribution.of(text()) : Attribution.of(text(), actorId());
  }

  private PersonTitle title() {
    PersonTitle.Builder b = PersonTitle.builder().person(actorId()).title(name()).evidence(evidences());
    assess(b::assessment);
    note(b::note);
    return b.build();
  }

  public ActorId actorId() {
    return ActorId.of("actor:" + local());
  }

  private String local() {
    return "a" + random.nextInt(50) + (random.nextBoolean() ? "-x" : "") + (random.nextInt(5) == 0 ? ".v2" : "");
  }

  /** A name or title: words without control characters, as names never have them. */
  public String name() {
    String text;
    do {
      text = text();
    } while (text.chars().anyMatch(c -> c < 0x20));
    return text;
  }

  /** Non-blank text of one to four words, some of them awkward. */
  public String text() {
    int words = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder(pick(WORDS));
    for (int i = 1; i < words; i++) {
      text.append(' ').append(pick(WORDS));
    }
    return text.toString();
  }

  private String hex64() {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  private <T> List<T> list(int max, Supplier<T> element) {
    int size = random.nextInt(max + 1);
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(element.get());
    }
    return items;
  }

  private void maybe(Runnable set) {
    if (random.nextBoolean()) {
      set.run();
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

}
