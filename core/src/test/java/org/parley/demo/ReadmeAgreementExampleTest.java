package org.parley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PartialDate;
import org.parley.model.Phase;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.TimeOfDay;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/** The agreement example in README.md, compiled and run so that it cannot rot. Keep the two identical. */
class ReadmeAgreementExampleTest {

  @Test
  void encodesAPhasedDealWithDatedStepsAndVagueNumbers() {
    String article = "Israel and Hamas agreed to a ceasefire that takes effect at 8:30 a.m. (0630 GMT) on Sunday."
        + " In the first phase, lasting 42 days, Hamas will release 33 hostages in exchange for hundreds of"
        + " Palestinian prisoners. Three hostages will be freed on Day 1.";

    ActorId israel = ActorId.of("actor:israel");
    ActorId hamas = ActorId.of("actor:hamas");
    SourceId source = SourceId.of("source:wire");
    NegotiationId talks = NegotiationId.of("negotiation:gaza-ceasefire-talks");
    AgreementId deal = AgreementId.of("agreement:gaza-ceasefire-2025");

    Report report = Report.builder()
        .id(ReportId.of("report:wire")).source(source).negotiation(talks)
        .addDates(DateClaim.builder().role(DateRole.EFFECTIVE).agreement(deal)  // not the date of the talks
            .date(PartialDate.parse("2025-01 (Sunday)")).time(TimeOfDay.parse("08:30+02:00"))
            .addEvidence(Evidence.locate(article, "takes effect at 8:30 a.m. (0630 GMT) on Sunday"))
            .build())
        .addAgreements(AgreementClaim.builder().agreement(deal).status(AgreementStatus.AGREED)
            .addProvisions(Provision.builder().key("phase-1-exchange")
                .addIssues(Issue.HOSTAGES, Issue.PRISONERS)
                .description("Hamas will release 33 hostages in exchange for hundreds of Palestinian prisoners")
                .phase(Phase.of(1, 42))                                          // first phase, 42 days
                .addQuantities(
                    Quantity.builder().amount(33).unit("hostages").by(hamas).build(),
                    Quantity.builder().amount(200).qualifier(QuantityQualifier.AT_LEAST)
                        .words("hundreds").unit("Palestinian prisoners").by(israel).build(),
                    Quantity.builder().amount(3).unit("hostages").part(true).build())  // "Three ... on Day 1"
                .addEvidence(Evidence.locate(article, "In the first phase, lasting 42 days, Hamas will release"
                    + " 33 hostages in exchange for hundreds of Palestinian prisoners"),
                    Evidence.locate(article, "Three hostages will be freed on Day 1"))
                .build())
            .addEvidence(Evidence.locate(article, "Israel and Hamas agreed to a ceasefire"))
            .build())
        .build();

    Dataset dataset = Dataset.builder()
        .addActors(
            Actor.builder().id(israel).kind(ActorKind.STATE).name("Israel").addDemonyms("Israeli").build(),
            Actor.builder().id(hamas).kind(ActorKind.ARMED_GROUP).name("Hamas").build())
        .addNegotiations(Negotiation.builder().id(talks).title("Israel–Hamas ceasefire talks, Doha")
            .addParties(israel, hamas).build())
        .addAgreements(Agreement.builder().id(deal).name("Gaza ceasefire deal").type(AgreementType.CEASEFIRE)
            .negotiation(talks).build())
        .addSources(Source.builder().id(source).kind(SourceKind.WIRE).build())
        .addReports(report)
        .build();

    ValidationResult result = Validator.builder()
        .texts(SourceTexts.of(Map.of(source, SourceText.of(article))))
        .build()
        .validate(dataset);
    System.out.println(result);   // "0 error(s), 0 warning(s)"

    assertThat(result.violations()).isEmpty();
    assertThat(result.toString()).isEqualTo("0 error(s), 0 warning(s)");
  }
}
