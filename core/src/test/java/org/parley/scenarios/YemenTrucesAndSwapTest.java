package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.validate.Validator;

/**
 * Two truces of one war in one article, told apart by the encoder's keys; a number whose basis the
 * text leaves open, which fits both readings but not two sources that read it differently; a group
 * that lists its members; a background figure of the dead as a fact of its own.
 */
class YemenTrucesAndSwapTest {

  static final Article WIRE = Article.of("source:wire-geneva", SourceKind.WIRE,
      "GENEVA (Wire) - Yemen's government and the Houthis agreed to exchange 1,000 prisoners, the UN envoy said."
          + " A temporary truce was extended by two months; a permanent ceasefire was discussed but not agreed."
          + " The war has killed more than 150,000 people.");

  static final Article DAILY = Article.of("source:daily-aden", SourceKind.NEWS,
      "The sides will free 500 prisoners each, the Quartet of Saudi Arabia, the UAE, the US and Britain said."
          + " The temporary truce holds. At least 150,000 people have died in the war.");

  static final Article GAZETTE = Article.of("source:gazette-sanaa", SourceKind.NEWS,
      "Some 2,000 prisoners in all are to be freed under the deal.");

  static final ActorId GOVERNMENT = ActorId.of("actor:yemen-government");
  static final ActorId HOUTHIS = ActorId.of("actor:houthis");
  static final ActorId ENVOY = ActorId.of("actor:un-envoy-yemen");
  static final ActorId QUARTET = ActorId.of("actor:yemen-quartet");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:yemen-geneva-talks");

  static Dataset dataset(Report... reports) {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(GOVERNMENT).kind(ActorKind.STATE).name("Yemen's government").country("YEM")
                .addDemonyms("Yemeni").build(),
            Actor.builder().id(HOUTHIS).kind(ActorKind.ARMED_GROUP).name("Houthis").addAliases("Ansar Allah").build(),
            Actor.builder().id(ENVOY).kind(ActorKind.PERSON).name("the UN envoy").anonymous(true).build(),
            Actor.builder().id(ActorId.of("actor:saudi-arabia")).kind(ActorKind.STATE).name("Saudi Arabia").build(),
            Actor.builder().id(ActorId.of("actor:uae")).kind(ActorKind.STATE).name("United Arab Emirates")
                .addAliases("UAE").build(),
            Actor.builder().id(ActorId.of("actor:united-states")).kind(ActorKind.STATE).name("United States").build(),
            Actor.builder().id(ActorId.of("actor:united-kingdom")).kind(ActorKind.STATE).name("United Kingdom")
                .addAliases("Britain").build(),
            Actor.builder().id(QUARTET).kind(ActorKind.GROUP).name("the Quartet")
                .addMembers(ActorId.of("actor:saudi-arabia"), ActorId.of("actor:uae"), ActorId.of("actor:united-states"),
                    ActorId.of("actor:united-kingdom")).build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Yemen talks, Geneva").addParties(GOVERNMENT, HOUTHIS)
            .build())
        .addSources(WIRE.source(), DAILY.source(), GAZETTE.source())
        .addReports(reports)
        .build();
  }

  static Outcome swap(Article article, String passage, Quantity quantity) {
    return Outcome.builder().key("prisoner-swap").kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
        .addParties(GOVERNMENT, HOUTHIS).status(OutcomeStatus.AGREED).description(passage).addQuantities(quantity)
        .addEvidence(article.at(passage)).build();
  }

  static Report wire(boolean keys) {
    Outcome.Builder temporary = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
        .status(OutcomeStatus.AGREED).description("A temporary truce was extended by two months")
        .addEvidence(WIRE.at("A temporary truce was extended by two months"));
    Outcome.Builder permanent = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
        .status(OutcomeStatus.DISCUSSED).description("a permanent ceasefire was discussed but not agreed")
        .addEvidence(WIRE.at("a permanent ceasefire was discussed but not agreed"));
    if (keys) {
      temporary.key("temporary-truce");
      permanent.key("permanent-ceasefire");
    }
    return Report.builder().id(ReportId.of("report:wire-geneva")).source(WIRE.id()).negotiation(TALKS)
        .addOutcomes(
            swap(WIRE, "agreed to exchange 1,000 prisoners", Quantity.builder().amount(1000).unit("prisoners")
                .basis(QuantityBasis.UNSPECIFIED).build()),
            temporary.build(), permanent.build())
        .addFacts(FactClaim.builder().key("war-deaths").description("the war has killed more than 150,000 people")
            .quantity(Quantity.builder().amount(150_000).qualifier(QuantityQualifier.MORE_THAN).unit("people killed")
                .build())
            .addEvidence(WIRE.at("The war has killed more than 150,000 people")).build())
        .addStatements(Statement.builder().speaker(ENVOY).mode(StatementMode.PARAPHRASE)
            .words("the sides agreed to exchange 1,000 prisoners")
            .addEvidence(WIRE.at("Yemen's government and the Houthis agreed to exchange 1,000 prisoners, the UN envoy"
                + " said")).build())
        .build();
  }

  static Report daily() {
    return daily(true);
  }

  static Report daily(boolean keys) {
    Outcome.Builder truce = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
        .status(OutcomeStatus.IMPLEMENTED).description("The temporary truce holds")
        .addEvidence(DAILY.at("The temporary truce holds"));
    if (keys) {
      truce.key("temporary-truce");
    }
    return Report.builder().id(ReportId.of("report:daily-aden")).source(DAILY.id()).negotiation(TALKS)
        .addOutcomes(swap(DAILY, "The sides will free 500 prisoners each", Quantity.perParty(500, "prisoners")),
            truce.build())
        .addFacts(FactClaim.builder().key("war-deaths").description("at least 150,000 people have died in the war")
            .quantity(Quantity.builder().amount(150_000).qualifier(QuantityQualifier.AT_LEAST).unit("people killed")
                .build())
            .addEvidence(DAILY.at("At least 150,000 people have died in the war")).build())
        .addStatements(Statement.builder().speaker(QUARTET).mode(StatementMode.PARAPHRASE)
            .words("the sides will free 500 prisoners each")
            .addEvidence(DAILY.at("the Quartet of Saudi Arabia, the UAE, the US and Britain said")).build())
        .build();
  }

  static Report gazette() {
    return Report.builder().id(ReportId.of("report:gazette-sanaa")).source(GAZETTE.id()).negotiation(TALKS)
        .addOutcomes(swap(GAZETTE, "Some 2,000 prisoners in all are to be freed", Quantity.builder().amount(2000)
            .qualifier(QuantityQualifier.ABOUT).unit("prisoners").build()))
        .build();
  }

  private static Item item(Reconciliation reconciliation, String key) {
    return reconciliation.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }

  private static Reconciliation reconcile(Report... reports) {
    return Reconciler.reconcileAll(dataset(reports)).get(0);
  }

  @Test
  void encodesTheArticlesWithEveryPassageFoundInTheirText() {
    assertThat(Validator.builder().texts(Article.texts(WIRE, DAILY, GAZETTE)).build()
        .validate(dataset(wire(true), daily(), gazette())).violations()).isEmpty();
  }

  @Test
  void twoTrucesWithTheirOwnKeysAreTwoItems() {
    Reconciliation r = reconcile(wire(true), daily());

    assertThat(item(r, "outcome/key:temporary-truce").classification()).isEqualTo(Classification.AGREED);
    assertThat(item(r, "outcome/key:permanent-ceasefire").classification()).isEqualTo(Classification.SINGLE_SOURCE);
  }

  @Test
  void withoutKeysTheTwoTrucesWouldBeOneOutcomeInFalseConflict() {
    Reconciliation r = reconcile(wire(false), daily(false));

    assertThat(item(r, "outcome/agreement/ceasefire").conflicts())
        .containsExactly(Conflict.of(ConflictCodes.STATUS, "status agreed vs discussed vs implemented"));
  }

  @Test
  void aNumberWhoseBasisTheTextLeavesOpenFitsEitherReading() {
    assertThat(item(reconcile(wire(true), daily()), "outcome/key:prisoner-swap").classification())
        .isEqualTo(Classification.AGREED);
    assertThat(item(reconcile(wire(true), gazette()), "outcome/key:prisoner-swap").classification())
        .isEqualTo(Classification.AGREED);
  }

  @Test
  void twoSourcesThatReadTheNumberDifferentlyStillConflict() {
    Item swap = item(reconcile(wire(true), daily(), gazette()), "outcome/key:prisoner-swap");

    assertThat(swap.conflicts()).containsExactly(Conflict.of(ConflictCodes.QUANTITY,
        "no total of prisoners fits all of 1000 prisoners (total or per party), 500 prisoners per party,"
            + " about 2000 prisoners"));
  }

  @Test
  void aBackgroundFigureOfTheDeadIsAFactComparedAsARange() {
    Item deaths = item(reconcile(wire(true), daily()), "fact/key:war-deaths");

    assertThat(deaths.classification()).isEqualTo(Classification.AGREED);
    assertThat(deaths.positions()).extracting(p -> p.value()).containsExactly(
        "the war has killed more than 150,000 people; more than 150000 people killed",
        "at least 150,000 people have died in the war; at least 150000 people killed");
  }

  @Test
  void aGroupListsTheActorsItStandsForAndEachMustResolve() {
    Dataset full = dataset(daily());
    Dataset withoutBritain = Dataset.builder().from(full)
        .actors(full.actors().stream().filter(a -> !a.id().value().equals("actor:united-kingdom")).toList()).build();

    assertThat(full.actors().get(7).members()).extracting(ActorId::value).containsExactly("actor:saudi-arabia",
        "actor:uae", "actor:united-states", "actor:united-kingdom");
    assertThat(Validator.builder().texts(Article.texts(DAILY)).build().validate(withoutBritain).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("reference.unknown-actor /actors/6/members/3");
  }
}
