package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.RoundFormat;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.validate.Codes;
import org.parley.validate.Validator;
import org.parley.validate.Violation;
import org.parley.model.JsonPointer;

/**
 * A series of indirect rounds in several cities with a mediator: rounds numbered and linked, the
 * next round scheduled, a failure to agree on a nuclear programme, and two sources that name
 * different cities for the next round.
 */
class IranUsIndirectRoundsTest {

  static final Article WIRE = Article.of("source:wire-muscat", SourceKind.WIRE,
      "MUSCAT (Wire) - Iranian and U.S. negotiators will hold a fourth round of indirect talks in Muscat on Sunday,"
          + " Oman's foreign ministry said. The third round, held in Rome, ended without agreement on uranium"
          + " enrichment. Iranian Foreign Minister Abbas Araghchi said \"[Tehran] will never give up enrichment ... under any"
          + " circumstances\".");

  static final Article AGENCY = Article.of("source:agency-tehran", SourceKind.NEWS,
      "Oman, which mediates between Tehran and Washington, said the fourth round would take place in Oslo on Sunday.");

  static final ActorId IRAN = ActorId.of("actor:iran");
  static final ActorId US = ActorId.of("actor:united-states");
  static final ActorId OMAN = ActorId.of("actor:oman");
  static final ActorId ARAGHCHI = ActorId.of("actor:abbas-araghchi");
  static final NegotiationId ROUND_3 = NegotiationId.of("negotiation:iran-us-round-3");
  static final NegotiationId ROUND_4 = NegotiationId.of("negotiation:iran-us-round-4");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(IRAN).kind(ActorKind.STATE).name("Iran").country("IRN").addAliases("Tehran")
                .addDemonyms("Iranian").build(),
            Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA")
                .addAliases("Washington", "U.S.").addDemonyms("American").build(),
            Actor.builder().id(OMAN).kind(ActorKind.STATE).name("Oman").country("OMN").addDemonyms("Omani").build(),
            Actor.builder().id(ARAGHCHI).kind(ActorKind.PERSON).name("Abbas Araghchi").affiliation(IRAN).build())
        .addNegotiations(
            Negotiation.builder().id(ROUND_3).title("Iran–US indirect talks, third round, Rome").addParties(IRAN, US)
                .addMediators(OMAN).round(3).format(RoundFormat.INDIRECT).build(),
            Negotiation.builder().id(ROUND_4).title("Iran–US indirect talks, fourth round").addParties(IRAN, US)
                .addMediators(OMAN).round(4).format(RoundFormat.INDIRECT).previousRound(ROUND_3).build())
        .addSources(WIRE.source(), AGENCY.source())
        .addReports(wire(), agency())
        .build();
  }

  static Report wire() {
    return Report.builder().id(ReportId.of("report:wire-muscat")).source(WIRE.id()).negotiation(ROUND_3)
        .addEvents(ProcessEvent.builder().key("round-4").kind(ProcessEventKind.NEXT_ROUND_SCHEDULED)
            .addActors(IRAN, US).date(PartialDate.parse("2025-05 (Sunday)")).venue(Venue.builder().name("Muscat").build())
            .addEvidence(WIRE.at("will hold a fourth round of indirect talks in Muscat on Sunday")).build())
        .addOutcomes(Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.NUCLEAR_PROGRAM)
            .status(OutcomeStatus.NOT_REACHED).description("ended without agreement on uranium enrichment")
            .addEvidence(WIRE.at("The third round, held in Rome, ended without agreement on uranium enrichment"))
            .build())
        .addTitles(PersonTitle.builder().person(ARAGHCHI).title("Iranian Foreign Minister")
            .addEvidence(WIRE.at("Iranian Foreign Minister Abbas Araghchi")).build())
        .addStatements(Statement.builder().speaker(ARAGHCHI).onBehalfOf(IRAN).mode(StatementMode.DIRECT_QUOTE)
            .words("will never give up enrichment … under any circumstances")
            .addEvidence(WIRE.at("said \"[Tehran] will never give up enrichment ... under any circumstances\""))
            .note("the editor's insertion [Tehran] is not the speaker's and is left out").build())
        .build();
  }

  static Report agency() {
    return Report.builder().id(ReportId.of("report:agency-tehran")).source(AGENCY.id()).negotiation(ROUND_3)
        .addEvents(ProcessEvent.builder().key("round-4").kind(ProcessEventKind.NEXT_ROUND_SCHEDULED)
            .addActors(IRAN, US).date(PartialDate.parse("2025-05 (Sunday)")).venue(Venue.builder().name("Oslo").build())
            .addEvidence(AGENCY.at("the fourth round would take place in Oslo on Sunday")).build())
        .addRoles(RoleClaim.builder().actor(OMAN).role(NegotiationRole.MEDIATOR)
            .addEvidence(AGENCY.at("Oman, which mediates between Tehran and Washington")).build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  @Test
  void encodesBothArticlesWithEveryPassageFoundInTheirText() {
    assertThat(Article.violations(dataset(), WIRE, AGENCY)).isEmpty();
  }

  @Test
  void twoCitiesForTheNextRoundAreAConflictOfVenues() {
    Item next = reconciliation.items().stream().filter(i -> i.key().equals("event/key:round-4")).findFirst()
        .orElseThrow();

    assertThat(next.subject()).isEqualTo("next round scheduled (Iran, United States) [round-4]");
    assertThat(next.conflicts()).containsExactly(Conflict.of(ConflictCodes.VENUE,
        "\"Muscat\" and \"Oslo\" name different places"));
  }

  @Test
  void aFailureToAgreeOnTheNuclearProgrammeIsFiledUnderItsIssue() {
    assertThat(reconciliation.items()).filteredOn(i -> i.key().equals("outcome/no_agreement/nuclear_program"))
        .extracting(Item::classification).containsExactly(Classification.SINGLE_SOURCE);
  }

  @Test
  void roundsThatFollowEachOtherInACircleAreRefused() {
    Dataset circle = Dataset.builder().from(dataset()).negotiations(List.of(
        Negotiation.builder().from(dataset().negotiations().get(0)).previousRound(ROUND_4).build(),
        dataset().negotiations().get(1))).build();

    assertThat(Validator.standard().validate(circle).violations()).contains(Violation.error(
        Codes.PREVIOUS_ROUND_CYCLE, JsonPointer.root().child("negotiations").child(0).child("previousRound"),
        "following previous rounds from negotiation:iran-us-round-3 leads back to it after 2 round(s):"
            + " negotiation:iran-us-round-3 -> negotiation:iran-us-round-4 -> negotiation:iran-us-round-3; a round can"
            + " only follow an earlier one"));
  }
}
