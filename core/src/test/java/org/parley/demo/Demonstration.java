package org.parley.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Attribution;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PartialDate;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/**
 * Parley's demonstration until the examples module arrives: encodes part of seed article 002 with
 * the builders, validates it against the article's text, then validates a copy with one evidence
 * offset counted wrong, and prints both results. Run with {@code ./mvnw -B -q -DskipTests -Pdemo package}.
 */
public final class Demonstration {

  private static final String ARTICLE = "002_254a3b9810478911.txt";

  private Demonstration() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(System.getProperty("parley.seeds", "seeds"));
    SourceText text = SourceText.ofUtf8(Files.readAllBytes(seeds.resolve(ARTICLE)));
    SourceId sourceId = SourceId.of("source:peace-hopes-fizzle");
    Dataset dataset = encode(text, sourceId);
    Validator validator = Validator.builder().texts(SourceTexts.of(Map.of(sourceId, text))).build();

    Report report = dataset.reports().get(0);
    System.out.printf("Encoded %s: %d delegation(s), %d demand(s), %d statement(s); date %s, duration %s%n",
        ARTICLE, report.delegations().size(), report.demands().size(), report.statements().size(),
        report.date().orElseThrow().value(), report.duration().orElseThrow().value());
    print("Validated against the article's text:", validator.validate(dataset));

    Evidence right = report.duration().orElseThrow().evidence().get(0);
    Report shifted = Report.builder().from(report)
        .duration(Reported.of(report.duration().orElseThrow().value(), Evidence.of(right.text(), right.start() + 3)))
        .build();
    Dataset broken = Dataset.builder().from(dataset).reports(java.util.List.of(shifted)).build();
    print("The same with the duration's evidence offset off by three:", validator.validate(broken));
  }

  private static void print(String heading, ValidationResult result) {
    System.out.println();
    System.out.println(heading);
    System.out.println(result);
  }

  private static Dataset encode(SourceText text, SourceId sourceId) {
    ActorId russia = ActorId.of("actor:russia");
    ActorId ukraine = ActorId.of("actor:ukraine");
    ActorId medinsky = ActorId.of("actor:vladimir-medinsky");
    ActorId umerov = ActorId.of("actor:rustem-umerov");
    ActorId reuters = ActorId.of("actor:reuters");
    NegotiationId talks = NegotiationId.of("negotiation:istanbul-2025");
    Quotes q = new Quotes(text);

    return Dataset.builder()
        .addActors(
            Actor.builder().id(russia).kind(ActorKind.STATE).name("Russia").addAliases("Moscow").build(),
            Actor.builder().id(ukraine).kind(ActorKind.STATE).name("Ukraine").addAliases("Kyiv", "Kiev").build(),
            Actor.builder().id(medinsky).kind(ActorKind.PERSON).name("Vladimir Medinsky").affiliation(russia).build(),
            Actor.builder().id(umerov).kind(ActorKind.PERSON).name("Rustem Umerov").affiliation(ukraine).build(),
            Actor.builder().id(reuters).kind(ActorKind.ORGANIZATION).name("Reuters").build())
        .addNegotiations(Negotiation.builder().id(talks).title("Russia–Ukraine direct talks, Istanbul, May 2025")
            .addParties(russia, ukraine).build())
        .addSources(Source.builder().id(sourceId).kind(SourceKind.NEWS)
            .headline("Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul")
            .language("en").addCites(reuters)
            .document(Document.of("seeds/" + ARTICLE, text.sha256())).build())
        .addReports(Report.builder()
            .id(ReportId.of("report:peace-hopes-fizzle"))
            .source(sourceId)
            .negotiation(talks)
            .date(Reported.of(PartialDate.builder().year(2025).month(5).dayOfWeek(DayOfWeek.FRIDAY).build(),
                q.of("on Friday")))
            .venue(Reported.of(Venue.of("Dolmabahçe Presidential Office", "Istanbul"),
                q.of("Dolmabahçe Presidential Office in Istanbul")))
            .duration(Reported.of(DurationEstimate.exact(Duration.ofMinutes(90)), q.of("in just 90 minutes")))
            .addDelegations(
                Delegation.builder().party(russia).role(DelegationRole.PARTY).head(medinsky)
                    .addMembers(DelegationMember.builder().person(medinsky).title("Putin aide")
                        .addEvidence(q.of("led by Putin aide Vladimir Medinsky")).build())
                    .addEvidence(q.of("The Russian delegation, led by Putin aide Vladimir Medinsky")).build(),
                Delegation.builder().party(ukraine).role(DelegationRole.PARTY).head(umerov)
                    .addMembers(DelegationMember.builder().person(umerov).title("Ukrainian Defense Minister")
                        .addEvidence(q.of("Ukrainian Defense Minister Rustem Umerov")).build())
                    .addEvidence(q.of("Rustem Umerov, who led Kyiv’s delegation")).build())
            .addDemands(Demand.builder()
                .by(russia).addressee(ukraine).issue(Issue.TERRITORY)
                .description("withdraw its forces from four key regions")
                .addRegions("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia")
                .addConditions("as a condition for a ceasefire")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(umerov)
                    .addEvidence(q.of("swiftly rejected the demands")).build())
                .addEvidence(q.of("reportedly demanded Ukraine withdraw its forces from four key regions—Donetsk,"
                    + " Luhansk, Kherson, and Zaporizhzhia—as a condition for a ceasefire"))
                .build())
            .addStatements(
                quote(umerov, "non-starters", reuters, q.of("“non-starters”")),
                quote(umerov, "detached from reality,", reuters, q.of("“detached from reality,”")))
            .build())
        .build();
  }

  private static Statement quote(ActorId speaker, String words, ActorId via, Evidence evidence) {
    return Statement.builder().speaker(speaker).mode(StatementMode.DIRECT_QUOTE).words(words)
        .addAttribution(Attribution.of("sources cited by Reuters", via))
        .addEvidence(evidence).build();
  }

  /** Finds a passage in the article and returns it as evidence with its code point offset. */
  private static final class Quotes {
    private final SourceText text;

    Quotes(SourceText text) {
      this.text = text;
    }

    Evidence of(String passage) {
      return Evidence.of(passage, text.find(passage)
          .orElseThrow(() -> new IllegalArgumentException("not in the article: " + passage)));
    }
  }
}
