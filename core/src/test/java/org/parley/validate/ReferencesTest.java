package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Report;
import org.parley.model.TypedId;
import org.parley.testing.Fixtures;

class ReferencesTest {

  @Test
  void namesTheSourceTheNegotiationAndEveryActorAndAgreementOnceInDocumentOrder() {
    Evidence e = Evidence.of("x", 0);
    Report report = Report.builder().id(Fixtures.REPORT).source(Fixtures.SOURCE).negotiation(Fixtures.TALKS)
        .addDemands(Demand.builder().by(Fixtures.RUSSIA).addressee(Fixtures.UKRAINE).issue(Issue.TERRITORY)
            .addEvidence(e).build())
        .addDemands(Demand.builder().by(Fixtures.UKRAINE).addressee(Fixtures.RUSSIA).issue(Issue.CEASEFIRE)
            .addEvidence(e).build())
        .addAgreements(AgreementClaim.builder().agreement(AgreementId.of("agreement:swap")).addEvidence(e).build())
        .build();

    assertThat(References.of(report)).extracting(TypedId::value).containsExactly("source:fixture-article",
        "negotiation:istanbul-2025", "actor:russia", "actor:ukraine", "agreement:swap");
  }

  @Test
  void namesWhatTheReferenceRuleLooksUpInTheFixtureReport() {
    List<String> named = References.of(Fixtures.report()).stream().map(TypedId::value).toList();

    assertThat(named).startsWith("source:fixture-article", "negotiation:istanbul-2025")
        .contains(Fixtures.MEDINSKY.value(), Fixtures.UMEROV.value(), Fixtures.TRUMP.value()).doesNotHaveDuplicates();
  }
}
