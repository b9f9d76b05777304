package org.parley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.Problem;
import org.parley.json.ValidationSummary;
import org.parley.model.*;
import org.parley.model.JsonPointer;
import org.parley.validate.Rule;
import org.parley.validate.SourceText;
import org.parley.validate.Validator;

/** The "Every kind of claim" section of README.md, compiled and run. Keep the two identical. */
class ReadmeClaimsExampleTest {

  @Test
  void buildsEveryKindOfClaimValidatesAFolderOfArticlesAndAddsARule(@TempDir Path folder) throws IOException {
    String article = "Talks opened on Monday in Muscat and lasted about three hours. Iran demanded that sanctions"
        + " be lifted; the US rejected it. Both sides agreed to meet again, Oman's foreign minister said."
        + " \"We made progress,\" he said. Iran's delegation was led by Foreign Minister Abbas Araghchi."
        + " It was the first round of talks since 2018.";
    Files.writeString(folder.resolve("wire.txt"), article);
    ActorId iran = ActorId.of("actor:iran");
    ActorId us = ActorId.of("actor:united-states");
    ActorId oman = ActorId.of("actor:oman");
    ActorId minister = ActorId.of("actor:badr-albusaidi");
    ActorId araghchi = ActorId.of("actor:abbas-araghchi");
    SourceId source = SourceId.of("source:wire");
    NegotiationId talks = NegotiationId.of("negotiation:muscat-round-1");

    // --- README: every kind of claim ---
    Report report = Report.builder().id(ReportId.of("report:wire")).source(source).negotiation(talks)
        // the date, venue and length of the talks, as the source gives them
        .date(Reported.of(PartialDate.parse("2025-04 (Monday)"), Evidence.locate(article, "on Monday")))
        .venue(Reported.of(Venue.builder().name("Muscat").build(), Evidence.locate(article, "in Muscat")))
        .duration(Reported.of(DurationEstimate.about(Duration.ofHours(3)), Evidence.locate(article, "about three hours")))
        // a demand, and the response the source reports
        .addDemands(Demand.builder().by(iran).addressee(us).issue(Issue.SANCTIONS).description("lift sanctions")
            .response(Response.builder().kind(ResponseKind.REJECTED).by(us)
                .addEvidence(Evidence.locate(article, "the US rejected it")).build())
            .addEvidence(Evidence.locate(article, "Iran demanded that sanctions be lifted")).build())
        // what was agreed
        .addOutcomes(Outcome.builder().kind(OutcomeKind.FOLLOW_UP).issue(Issue.OTHER).status(OutcomeStatus.AGREED)
            .description("meet again").addParties(iran, us)
            .addEvidence(Evidence.locate(article, "Both sides agreed to meet again")).build())
        // who said what, quoted or paraphrased, and the title the source gives the speaker
        .addStatements(Statement.builder().speaker(minister).onBehalfOf(oman).mode(StatementMode.DIRECT_QUOTE)
            .words("We made progress").addEvidence(Evidence.locate(article, "\"We made progress,\" he said")).build())
        .addTitles(PersonTitle.builder().person(minister).title("Oman's foreign minister")
            .addEvidence(Evidence.locate(article, "Oman's foreign minister")).build())
        // who was there, with the titles the source gives them
        .addDelegations(Delegation.builder().party(iran).head(araghchi)
            .addMembers(DelegationMember.builder().person(araghchi).title("Foreign Minister")
                .addEvidence(Evidence.locate(article, "Foreign Minister Abbas Araghchi")).build())
            .addEvidence(Evidence.locate(article, "Iran's delegation was led by")).build())
        // a background fact, which an assessment can mark false without changing what the source said
        .addFacts(FactClaim.builder().key("first-round-since").description("the first round of talks since 2018")
            .date(PartialDate.of(2018)).addEvidence(Evidence.locate(article, "the first round of talks since 2018"))
            .build())
        // the part an actor plays, a step of the process
        .addRoles(RoleClaim.builder().actor(oman).role(NegotiationRole.MEDIATOR)
            .addEvidence(Evidence.locate(article, "Oman's foreign minister said")).note("Oman hosts and relays")
            .build())
        .addEvents(ProcessEvent.builder().kind(ProcessEventKind.CONVENED).addActors(iran, us)
            .addEvidence(Evidence.locate(article, "Talks opened")).build())
        .build();
    // --- end ---

    Dataset dataset = Dataset.builder()
        .addActors(
            Actor.builder().id(iran).kind(ActorKind.STATE).name("Iran").addDemonyms("Iranian").build(),
            Actor.builder().id(us).kind(ActorKind.STATE).name("United States").addAliases("US").build(),
            Actor.builder().id(oman).kind(ActorKind.STATE).name("Oman").addDemonyms("Omani").build(),
            Actor.builder().id(minister).kind(ActorKind.PERSON).name("Badr Albusaidi").affiliation(oman).build(),
            Actor.builder().id(araghchi).kind(ActorKind.PERSON).name("Abbas Araghchi").affiliation(iran).build())
        .addNegotiations(Negotiation.builder().id(talks).title("Iran–US talks, Muscat").addParties(iran, us).build())
        .addSources(Source.builder().id(source).kind(SourceKind.WIRE)
            .document(Document.of("wire.txt", SourceText.of(article).sha256())).build())
        .addReports(report)
        .build();

    // --- README: validating against a folder of articles, with a rule of your own ---
    Rule everyReportDated = (data, context) -> {
      for (int i = 0; i < data.reports().size(); i++) {
        if (data.reports().get(i).date().isEmpty()) {
          context.warning("house.undated", JsonPointer.root().child("reports", i).child("date"),
              "the report gives no date of the talks");
        }
      }
    };
    Validator validator = Validator.builder()
        .texts(DirectorySourceTexts.in(folder))       // finds each source's document.path in the folder
        .addRule(everyReportDated)
        .build();
    System.out.println(validator.validate(dataset));  // "0 error(s), 0 warning(s)"

    Path lines = folder.resolve("talks.jsonl");
    ParleyJson.standard().writeLines(dataset, lines);
    List<Problem> problems = new ArrayList<>();
    ValidationSummary summary = new JsonLinesValidator(ParleyJson.standard(), validator)
        .validate(lines, problems::add);
    System.out.println(summary);                      // "8 records: 0 errors, 0 warnings"
    // --- end ---

    assertThat(validator.validate(dataset).violations()).isEmpty();
    assertThat(problems).isEmpty();
    assertThat(summary.toString()).isEqualTo("8 records: 0 errors, 0 warnings");
    Dataset undated = Dataset.builder().from(dataset)
        .reports(List.of(Report.builder().from(report).date(java.util.Optional.empty()).build())).build();
    assertThat(validator.validate(undated).toString()).contains("warning house.undated /reports/0/date");
  }
}
