package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.testing.Fixtures;

class IdentityRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();

  @Test
  void rejectsTwoActorsWithOneId() {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addActors(Actor.builder().id(Fixtures.FIDAN).kind(ActorKind.PERSON).name("Another Fidan").build())
        .build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.DUPLICATE_ID, "/actors/8/id");
  }

  @Test
  void rejectsTwoNegotiationsWithOneId() {
    Negotiation first = Fixtures.negotiations().get(0);
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addNegotiations(Negotiation.builder().from(first).title("A copy").build())
        .build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.DUPLICATE_ID, "/negotiations/2/id");
  }

  @Test
  void rejectsTwoSourcesWithOneId() {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addSources(Source.builder().from(Fixtures.source()).outlet("Another outlet").build())
        .build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.DUPLICATE_ID, "/sources/1/id");
  }

  @Test
  void rejectsTwoReportsWithOneIdAndWarnsOfTheSecondAccount() {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).addReports(Fixtures.report()).build();

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        "id.duplicate /reports/1/id",
        "report.duplicate-account /reports/1/source");
  }

  @Test
  void warnsOfASecondAccountBySameSourceOfSameNegotiation() {
    Report second = Report.builder().id(ReportId.of("report:second")).source(Fixtures.SOURCE)
        .negotiation(Fixtures.TALKS).build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).addReports(second).build();

    assertThat(validator.validate(dataset))
        .hasOnlyViolation(Severity.WARNING, Codes.DUPLICATE_ACCOUNT, "/reports/1/source");
  }

  @Test
  void acceptsTheSameLocalPartInIdsOfDifferentKinds() {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .reports(List.of(Report.builder().from(Fixtures.report()).id(ReportId.of("report:fixture-article")).build()))
        .build();

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  private static ProcessEvent event(String key, ProcessEventKind kind) {
    return ProcessEvent.builder().key(key).kind(kind).addAllEvidence(Fixtures.report().statements().get(0).evidence())
        .build();
  }

  @Test
  void warnsWhereOneKeyFilesEventsOfDifferentKindsAndSaysWhereTheFirstIs() {
    Dataset dataset = Fixtures.withReport(r -> r.addEvents(event("presence", ProcessEventKind.ABSENT),
        event("presence", ProcessEventKind.ABSENT), event("presence", ProcessEventKind.ATTENDED)));

    ValidationResult result = validator.validate(dataset);

    assertThat(result).hasOnlyViolation(Severity.WARNING, Codes.KEY_JOINS_UNLIKE_KINDS, "/reports/0/events/2/key");
    org.assertj.core.api.Assertions.assertThat(result.violations().get(0).message()).isEqualTo("the key \"presence\""
        + " files this attended claim under the item of the absent claim at /reports/0/events/0; claims under one key"
        + " are compared as one thing, so give each its own key unless they tell the same thing");
  }

  @Test
  void comparesAKeyWithinItsClaimTypeAndNegotiationOnly() {
    Report other = Report.builder().id(ReportId.of("report:elsewhere")).source(Fixtures.SOURCE)
        .negotiation(Fixtures.negotiations().get(1).id())
        .addEvents(event("presence", ProcessEventKind.ATTENDED)).build();
    Dataset dataset = Dataset.builder().from(Fixtures.withReport(r -> r
            .addEvents(event("presence", ProcessEventKind.ABSENT))
            .addOutcomes(Outcome.builder().key("presence").kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
                .status(OutcomeStatus.AGREED).addAllEvidence(Fixtures.report().statements().get(0).evidence()).build())))
        .addReports(other).build();

    assertThat(validator.validate(dataset)).hasNoViolations();
  }
}
