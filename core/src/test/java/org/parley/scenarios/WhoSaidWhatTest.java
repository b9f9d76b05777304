package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Attribution;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.ItemKind;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import org.parley.testing.AgreedItems;

/**
 * Three short reports written for this test about a round of the EU-facilitated dialogue between
 * Serbia and Kosovo in Brussels. They quote the same words: one gives a sentence to the EU envoy that
 * another gives to Kosovo's prime minister; two give Serbia's president the same words, one of them
 * through diplomats a paper cites, and a third gives them to Serbia. Who said what is compared, and
 * on what basis each source has it is shown.
 */
class WhoSaidWhatTest {

  static final Article WIRE = Article.of("source:wire-brussels", SourceKind.WIRE,
      "BRUSSELS (Wire) - EU envoy Miroslav Lajcak said after the meeting: \"We have an agreement on the path to"
          + " normalisation.\" Serbian President Aleksandar Vucic said: \"We did not sign anything today.\" Asked about"
          + " a deadline, he said: \"Not today.\"");

  static final Article PAPER = Article.of("source:paper-pristina", SourceKind.NEWS,
      "Kosovo Prime Minister Albin Kurti told reporters: \"We have an agreement on the path to normalisation.\""
          + " According to diplomats cited by the paper, Vucic said: \"We did not sign anything today.\" Kurti"
          + " added: \"Not today.\"");

  static final Article TV = Article.of("source:tv-belgrade", SourceKind.NEWS,
      "Serbia said on Monday evening: \"We did not sign anything today.\" It added: \"The dialogue will go on next"
          + " month.\"");

  static final ActorId SERBIA = ActorId.of("actor:serbia");
  static final ActorId KOSOVO = ActorId.of("actor:kosovo");
  static final ActorId EU = ActorId.of("actor:european-union");
  static final ActorId LAJCAK = ActorId.of("actor:miroslav-lajcak");
  static final ActorId VUCIC = ActorId.of("actor:aleksandar-vucic");
  static final ActorId KURTI = ActorId.of("actor:albin-kurti");
  static final NegotiationId DIALOGUE = NegotiationId.of("negotiation:belgrade-pristina-dialogue");

  static final String NORMALISATION = "quote/words:we-have-agreement-on-path-to-normalisation";
  static final String NOTHING_SIGNED = "quote/words:we-did-not-sign-anything-today";

  private static Statement quote(Article article, ActorId speaker, String words, String passage,
      Attribution... chain) {
    return Statement.builder().speaker(speaker).mode(StatementMode.DIRECT_QUOTE).words(words)
        .attribution(List.of(chain)).addEvidence(article.at(passage)).build();
  }

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(SERBIA).kind(ActorKind.STATE).name("Serbia").addDemonyms("Serbian").country("SRB").build(),
            Actor.builder().id(KOSOVO).kind(ActorKind.STATE).name("Kosovo").build(),
            Actor.builder().id(EU).kind(ActorKind.INTERNATIONAL_ORGANIZATION).name("European Union").addAliases("EU")
                .build(),
            Actor.builder().id(LAJCAK).kind(ActorKind.PERSON).name("Miroslav Lajčák").affiliation(EU).build(),
            Actor.builder().id(VUCIC).kind(ActorKind.PERSON).name("Aleksandar Vučić").affiliation(SERBIA).build(),
            Actor.builder().id(KURTI).kind(ActorKind.PERSON).name("Albin Kurti").affiliation(KOSOVO).build())
        .addNegotiations(Negotiation.builder().id(DIALOGUE).title("Belgrade–Pristina dialogue in Brussels")
            .addParties(SERBIA, KOSOVO).addMediators(EU).build())
        .addSources(WIRE.source(), PAPER.source(), TV.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-brussels")).source(WIRE.id()).negotiation(DIALOGUE)
                .addStatements(
                    quote(WIRE, LAJCAK, "We have an agreement on the path to normalisation.",
                        "EU envoy Miroslav Lajcak said after the meeting: \"We have an agreement on the path to"
                            + " normalisation.\""),
                    quote(WIRE, VUCIC, "We did not sign anything today.",
                        "Serbian President Aleksandar Vucic said: \"We did not sign anything today.\""),
                    quote(WIRE, VUCIC, "Not today.", "he said: \"Not today.\""))
                .build(),
            Report.builder().id(ReportId.of("report:paper-pristina")).source(PAPER.id()).negotiation(DIALOGUE)
                .addStatements(
                    quote(PAPER, KURTI, "We have an agreement on the path to normalisation.",
                        "Kosovo Prime Minister Albin Kurti told reporters: \"We have an agreement on the path to"
                            + " normalisation.\""),
                    quote(PAPER, VUCIC, "We did not sign anything today.",
                        "According to diplomats cited by the paper, Vucic said: \"We did not sign anything today.\"",
                        Attribution.of("diplomats cited by the paper")),
                    quote(PAPER, KURTI, "Not today.", "Kurti added: \"Not today.\""))
                .build(),
            Report.builder().id(ReportId.of("report:tv-belgrade")).source(TV.id()).negotiation(DIALOGUE)
                .addStatements(
                    quote(TV, SERBIA, "We did not sign anything today.",
                        "Serbia said on Monday evening: \"We did not sign anything today.\""),
                    quote(TV, SERBIA, "The dialogue will go on next month.",
                        "It added: \"The dialogue will go on next month.\""))
                .build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  @Test
  void encodesTheThreeReportsWithEveryQuoteFoundInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER, TV)).isEmpty();
  }

  @Test
  void wordsOneSourceGivesTheEnvoyAndAnotherThePrimeMinisterConflictOnTheSpeaker() {
    Item normalisation = Article.item(reconciliation, NORMALISATION);

    assertThat(normalisation.kind()).isEqualTo(ItemKind.QUOTE);
    assertThat(normalisation.subject()).isEqualTo("quote \"We have an agreement on the path to normalisation.\"");
    assertThat(normalisation.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(normalisation.conflicts()).containsExactly(Conflict.of(ConflictCodes.SPEAKER,
        "the sources give these words to different speakers: Albin Kurti, Miroslav Lajčák"));
    assertThat(normalisation.positions()).extracting(Position::value)
        .containsExactly("Miroslav Lajčák, quoted", "Albin Kurti, quoted");
  }

  @Test
  void oneSpeakerQuotedDirectlyThroughDiplomatsAndAsTheStateHeSpeaksForAgreesWithEachBasisShown() {
    Item nothingSigned = Article.item(reconciliation, NOTHING_SIGNED);

    assertThat(nothingSigned.classification()).isEqualTo(Classification.AGREED);
    assertThat(nothingSigned.conflicts()).isEmpty();
    assertThat(nothingSigned.positions()).extracting(Position::value).containsExactly(
        "Aleksandar Vučić, quoted", "Aleksandar Vučić, according to diplomats cited by the paper", "Serbia, quoted");
    assertThat(nothingSigned.positions()).extracting(p -> p.support().get(0).pointer().toString())
        .containsExactly("/statements/1", "/statements/1", "/statements/0");
  }

  @Test
  void aQuoteTooShortToTellApartAndAQuoteOnlyOneSourceGivesAreNoItems() {
    // "Not today." is two words, given to Vučić and to Kurti: too short to say they are one remark. "The dialogue
    // will go on next month." only one source quotes: it has nothing to be compared with.
    assertThat(reconciliation.items()).extracting(Item::key).containsExactly(NORMALISATION, NOTHING_SIGNED);
    assertThat(ReconciliationTable.render(reconciliation)).startsWith("Reconciliation of"
        + " negotiation:belgrade-pristina-dialogue: 3 sources, 2 items (1 in conflict, 0 unclear, 0 from one source"
        + " only, 1 agreed)\n");
  }

  @Test
  void theCheckWrittenApartFromTheRulesFindsNoAgreedQuoteGivenToDifferentSpeakers() {
    assertThat(AgreedItems.unlike(dataset())).isEmpty();
    assertThat(AgreedItems.agreed(dataset())).isEqualTo(1);
  }
}
