package org.parley.scenarios;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.parley.model.About;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.FactClaim;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.Revision;
import org.parley.model.RevisionKind;
import org.parley.model.Source;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.validate.Codes;
import org.parley.validate.Validator;

/**
 * The validation rules of format 1.1, each shown on the Gaza scenario broken in one place: the
 * exact code at the exact path, and nothing else.
 */
class NewRulesTest {

  private static final AgreementId UNKNOWN = AgreementId.of("agreement:unknown");
  private static final ActorId NOBODY = ActorId.of("actor:nobody");

  private final Validator validator =
      Validator.builder().texts(Article.texts(GazaCeasefireTest.WIRE, GazaCeasefireTest.AGENCY)).build();

  private static Dataset withWire(UnaryOperator<Report.Builder> change) {
    Dataset dataset = GazaCeasefireTest.dataset();
    Report wire = change.apply(Report.builder().from(dataset.reports().get(0))).build();
    return Dataset.builder().from(dataset).reports(List.of(wire, dataset.reports().get(1))).build();
  }

  private static AgreementClaim deal() {
    return GazaCeasefireTest.wireReport().agreements().get(0);
  }

  @Test
  void theScenarioIsValidAsItStands() {
    assertThat(validator.validate(GazaCeasefireTest.dataset())).hasNoViolations();
  }

  @Test
  void rejectsAnAgreementClaimAboutAnUnknownAgreement() {
    Dataset dataset = withWire(r -> r.agreements(List.of(AgreementClaim.builder().from(deal()).agreement(UNKNOWN).build(),
        GazaCeasefireTest.wireReport().agreements().get(1))));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_AGREEMENT, "/reports/0/agreements/0/agreement");
  }

  @Test
  void rejectsADateOfAnUnknownAgreement() {
    DateClaim effective = GazaCeasefireTest.wireReport().dates().get(1);
    Dataset dataset = withWire(r -> r.dates(List.of(GazaCeasefireTest.wireReport().dates().get(0),
        DateClaim.builder().from(effective).agreement(UNKNOWN).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_AGREEMENT, "/reports/0/dates/1/agreement");
  }

  @Test
  void rejectsAnOutcomeOfAnUnknownAgreementAndAStatementAboutOne() {
    Outcome outcome = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(org.parley.model.Issue.CEASEFIRE)
        .agreement(UNKNOWN).status(OutcomeStatus.AGREED).description("a ceasefire in Gaza")
        .addEvidence(GazaCeasefireTest.WIRE.at("a ceasefire in Gaza")).build();
    Statement statement = Statement.builder().speaker(GazaCeasefireTest.ARAGHCHI).mode(StatementMode.PARAPHRASE)
        .words("called the deal a victory").about(About.agreement(UNKNOWN))
        .addEvidence(GazaCeasefireTest.WIRE.at("called the deal")).build();
    Dataset dataset = withWire(r -> r.addOutcomes(outcome).addStatements(statement));

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        Codes.UNKNOWN_AGREEMENT + " /reports/0/outcomes/0/agreement",
        Codes.UNKNOWN_AGREEMENT + " /reports/0/statements/1/about/key");
  }

  @Test
  void rejectsAnAgreementOfAnUnknownNegotiation() {
    Dataset base = GazaCeasefireTest.dataset();
    Dataset dataset = Dataset.builder().from(base).agreements(List.of(
        Agreement.builder().from(base.agreements().get(0)).negotiation(NegotiationId.of("negotiation:nowhere")).build(),
        base.agreements().get(1))).build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_NEGOTIATION, "/agreements/0/negotiation");
  }

  @Test
  void rejectsTwoAgreementsWithOneId() {
    Dataset base = GazaCeasefireTest.dataset();
    Dataset dataset = Dataset.builder().from(base).agreements(List.of(base.agreements().get(0),
        Agreement.builder().from(base.agreements().get(1)).id(GazaCeasefireTest.DEAL).build())).build();

    assertThat(validator.validate(dataset)).hasViolationsExactly(Codes.DUPLICATE_ID + " /agreements/1/id",
        Codes.UNKNOWN_AGREEMENT + " /reports/0/agreements/1/agreement");
  }

  @Test
  void rejectsARoundThatFollowsItself() {
    Dataset base = GazaCeasefireTest.dataset();
    Negotiation talks = base.negotiations().get(0);
    Dataset dataset = Dataset.builder().from(base)
        .negotiations(List.of(Negotiation.builder().from(talks).previousRound(talks.id()).build())).build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.PREVIOUS_ROUND_CYCLE, "/negotiations/0/previousRound");
  }

  @Test
  void rejectsPartsThatAddUpToMoreThanTheTotalOfTheSameClaim() {
    Provision exchange = deal().provisions().get(0);
    List<Quantity> quantities = new java.util.ArrayList<>(exchange.quantities());
    quantities.set(4, Quantity.builder().from(quantities.get(4)).amount(27).build());
    Dataset dataset = withWire(r -> r.agreements(List.of(AgreementClaim.builder().from(deal())
        .provisions(List.of(Provision.builder().from(exchange).quantities(quantities).build())).build(),
        GazaCeasefireTest.wireReport().agreements().get(1))));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.PARTS_EXCEED_TOTAL,
        "/reports/0/agreements/0/provisions/0/quantities/4/amount");
  }

  @Test
  void rejectsAProvisionQuantityOfZero() {
    Provision exchange = deal().provisions().get(0);
    List<Quantity> quantities = new java.util.ArrayList<>(exchange.quantities());
    quantities.set(1, Quantity.builder().from(quantities.get(1)).amount(0).build());
    Dataset dataset = withWire(r -> r.agreements(List.of(AgreementClaim.builder().from(deal())
        .provisions(List.of(Provision.builder().from(exchange).quantities(quantities).build())).build(),
        GazaCeasefireTest.wireReport().agreements().get(1))));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.QUANTITY_NOT_POSITIVE,
        "/reports/0/agreements/0/provisions/0/quantities/1/amount");
  }

  @Test
  void checksTheCalendarDatesOfDatesEventsFactsAndRevisions() {
    Dataset base = withWire(r -> r
        .addEvents(ProcessEvent.builder().kind(org.parley.model.ProcessEventKind.CONVENED)
            .date(PartialDate.of(2025, 2, 30)).addEvidence(GazaCeasefireTest.WIRE.at("DOHA")).build())
        .addFacts(FactClaim.builder().description("the war began").since(PartialDate.of(2023, 2, 29))
            .addEvidence(GazaCeasefireTest.WIRE.at("northern Gaza")).build()));
    Source wire = base.sources().get(0);
    Dataset dataset = Dataset.builder().from(base).sources(List.of(Source.builder().from(wire)
        .addRevisions(Revision.builder().kind(RevisionKind.CORRECTION).date(PartialDate.of(2025, 4, 31)).build())
        .build(), base.sources().get(1))).build();

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        Codes.NOT_A_CALENDAR_DATE + " /sources/0/revisions/0/date",
        Codes.NOT_A_CALENDAR_DATE + " /reports/0/events/0/date",
        Codes.NOT_A_CALENDAR_DATE + " /reports/0/facts/0/since");
  }

  @Test
  void rejectsUnknownActorsWhereverFormat11NamesThem() {
    Dataset base = GazaCeasefireTest.dataset();
    Actor iran = base.actors().get(4);
    Source wire = base.sources().get(0);
    Dataset changed = Dataset.builder().from(base)
        .actors(List.of(base.actors().get(0), base.actors().get(1), base.actors().get(2), base.actors().get(3),
            Actor.builder().from(iran).addMembers(NOBODY).build(), base.actors().get(5)))
        .sources(List.of(Source.builder().from(wire).originalPublisher(NOBODY).build(), base.sources().get(1)))
        .build();
    Provision exchange = deal().provisions().get(0);
    List<Quantity> quantities = new java.util.ArrayList<>(exchange.quantities());
    quantities.set(0, Quantity.builder().from(quantities.get(0)).to(NOBODY).build());
    Report wireReport = Report.builder().from(changed.reports().get(0))
        .agreements(List.of(AgreementClaim.builder().from(deal())
            .participants(List.of(AgreementParticipant.of(NOBODY, AgreementRole.WITNESS)))
            .provisions(List.of(Provision.builder().from(exchange).quantities(quantities).build())).build(),
            GazaCeasefireTest.wireReport().agreements().get(1)))
        .statements(List.of(Statement.builder().from(GazaCeasefireTest.wireReport().statements().get(0))
            .onBehalfOf(NOBODY).build()))
        .build();
    Dataset dataset = Dataset.builder().from(changed).reports(List.of(wireReport, changed.reports().get(1))).build();

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        Codes.UNKNOWN_ACTOR + " /actors/4/members/0",
        Codes.UNKNOWN_ACTOR + " /sources/0/originalPublisher",
        Codes.UNKNOWN_ACTOR + " /reports/0/statements/0/onBehalfOf",
        Codes.UNKNOWN_ACTOR + " /reports/0/agreements/0/participants/0/actor",
        Codes.UNKNOWN_ACTOR + " /reports/0/agreements/0/provisions/0/quantities/0/to");
  }

  @Test
  void aQuoteMayLeaveOutTheEditorsInsertionsButNotReorderTheSpeakersWords() {
    Statement quote = IranUsIndirectRoundsTest.wire().statements().get(0);
    Validator iran = Validator.builder().texts(Article.texts(IranUsIndirectRoundsTest.WIRE, IranUsIndirectRoundsTest.AGENCY))
        .build();
    Dataset base = IranUsIndirectRoundsTest.dataset();
    Dataset reordered = Dataset.builder().from(base).reports(List.of(
        Report.builder().from(base.reports().get(0)).statements(List.of(Statement.builder().from(quote)
            .words("under any circumstances ... will never give up enrichment").build())).build(),
        base.reports().get(1))).build();

    assertThat(iran.validate(base)).hasNoViolations();
    assertThat(iran.validate(reordered)).hasOnlyError(Codes.QUOTE_NOT_IN_EVIDENCE, "/reports/0/statements/0/words");
  }
}
