package org.parley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/** The example in README.md, compiled and run so that it cannot rot. Keep the two identical. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleValidates() {
    String article = "The talks lasted under two hours. Russia demanded that Ukraine withdraw from Donetsk.";

    ActorId russia = ActorId.of("actor:russia");
    ActorId ukraine = ActorId.of("actor:ukraine");
    SourceId source = SourceId.of("source:example-article");

    Report report = Report.builder()
        .id(ReportId.of("report:example-article"))
        .source(source)
        .negotiation(NegotiationId.of("negotiation:istanbul-2025"))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)),
            Evidence.of("lasted under two hours", 10)))           // offsets count code points
        .addDemands(Demand.builder()
            .by(russia)
            .addressee(ukraine)
            .issue(Issue.TERRITORY)
            .description("withdraw from Donetsk")
            .addRegions("Donetsk")
            .addEvidence(Evidence.of("Russia demanded that Ukraine withdraw from Donetsk", 34))
            .build())
        .build();

    Dataset dataset = Dataset.builder()
        .addActors(
            Actor.builder().id(russia).kind(ActorKind.STATE).name("Russia").build(),
            Actor.builder().id(ukraine).kind(ActorKind.STATE).name("Ukraine").addAliases("Kyiv", "Kiev").build())
        .addNegotiations(Negotiation.builder().id(NegotiationId.of("negotiation:istanbul-2025"))
            .title("Russia–Ukraine talks, Istanbul, May 2025").addParties(russia, ukraine).build())
        .addSources(Source.builder().id(source).kind(SourceKind.NEWS).build())
        .addReports(report)
        .build();

    ValidationResult result = Validator.builder()
        .texts(SourceTexts.of(Map.of(source, SourceText.of(article))))
        .build()
        .validate(dataset);
    System.out.println(result);   // "0 error(s), 0 warning(s)", or one line per problem

    assertThat(result.violations()).isEmpty();
  }
}
