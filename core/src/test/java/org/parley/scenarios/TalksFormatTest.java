package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.RoundFormat;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Three short reports written for this test about a round of Iran–US talks in Muscat, which describe
 * how the delegations met differently: the format of the talks is each source's evidenced claim
 * (format 1.2), no longer one unevidenced value on the negotiation record, so their disagreement is
 * kept and compared.
 */
class TalksFormatTest {

  static final Article WIRE = Article.of("source:wire-muscat-round", SourceKind.WIRE,
      "MUSCAT (Wire) - Iran and the United States held indirect talks in Muscat on Saturday, with Oman's foreign"
          + " minister carrying messages between the two delegations.");
  static final Article PAPER = Article.of("source:paper-muscat-round", SourceKind.NEWS,
      "The delegations held direct and indirect talks, officials said.");
  static final Article BLOG = Article.of("source:analysis-muscat-round", SourceKind.ANALYSIS,
      "For the first time the two envoys met face to face.");

  static final ActorId IRAN = ActorId.of("actor:iran");
  static final ActorId US = ActorId.of("actor:united-states");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:muscat-round");

  private static Report report(Article article, RoundFormat format, String words) {
    return Report.builder().id(ReportId.of("report:" + article.id().value().substring("source:".length())))
        .source(article.id()).negotiation(TALKS).format(Reported.of(format, article.at(words))).build();
  }

  static Dataset dataset(Report... reports) {
    return Dataset.builder()
        .addActors(Actor.builder().id(IRAN).kind(ActorKind.STATE).name("Iran").country("IRN").build(),
            Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Iran–US round in Muscat").addParties(IRAN, US)
            .format(RoundFormat.INDIRECT).build())
        .addSources(WIRE.source(), PAPER.source(), BLOG.source())
        .addReports(reports)
        .build();
  }

  static final Report WIRE_REPORT = report(WIRE, RoundFormat.INDIRECT, "held indirect talks");
  static final Report PAPER_REPORT = report(PAPER, RoundFormat.MIXED, "held direct and indirect talks");
  static final Report BLOG_REPORT = report(BLOG, RoundFormat.DIRECT, "the two envoys met face to face");

  @Test
  void encodesEachReportWithItsPassageFoundInItsText() {
    assertThat(Article.violations(dataset(WIRE_REPORT, PAPER_REPORT, BLOG_REPORT), WIRE, PAPER, BLOG)).isEmpty();
  }

  @Test
  void indirectAgainstDirectAndIndirectIsUnclear() {
    Item format = Article.items(dataset(WIRE_REPORT, PAPER_REPORT)).get("format");

    assertThat(format.subject()).isEqualTo("format of the talks");
    assertThat(format.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(format.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_FORMAT,
        "the sources describe the format differently: indirect, mixed"));
    assertThat(format.positions()).extracting(p -> p.value()).containsExactly("indirect", "mixed");
  }

  @Test
  void faceToFaceAgainstOnlyThroughAMediatorConflicts() {
    Item format = Article.items(dataset(WIRE_REPORT, PAPER_REPORT, BLOG_REPORT)).get("format");

    assertThat(format.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(format.conflicts()).containsExactly(Conflict.of(ConflictCodes.FORMAT,
        "one source says the parties met face to face, another only through a mediator"));
    assertThat(format.positions()).extracting(p -> p.value()).containsExactly("indirect", "mixed", "direct");
  }
}
