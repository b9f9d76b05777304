package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
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
}
