package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.About;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Short passages written for this test about the Armenia–Azerbaijan declaration signed in Washington:
 * a statement that speaks to one value of a claim (format 1.2) — "not yet a full-fledged peace
 * treaty" denies the agreement's type, not the agreement — and statements about an act.
 */
class StanceOnOneValueTest {

  static final Article WIRE = Article.of("source:wire-washington", SourceKind.WIRE,
      "WASHINGTON (Wire) - Armenia and Azerbaijan signed a joint declaration at the White House on Friday."
          + " Aliyev said the document does not yet constitute a full-fledged peace treaty. The United States"
          + " waived a ban on military aid to Azerbaijan.");

  static final Article PAPER = Article.of("source:paper-yerevan", SourceKind.NEWS,
      "Pashinyan denied that the declaration had been signed, calling it initialled. He said it had been"
          + " ratified already. Baku denied that Washington had lifted any sanctions.");

  static final ActorId ARMENIA = ActorId.of("actor:armenia");
  static final ActorId AZERBAIJAN = ActorId.of("actor:azerbaijan");
  static final ActorId US = ActorId.of("actor:united-states");
  static final ActorId ALIYEV = ActorId.of("actor:ilham-aliyev");
  static final ActorId PASHINYAN = ActorId.of("actor:nikol-pashinyan");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:armenia-azerbaijan-washington-2025");
  static final AgreementId DECLARATION = AgreementId.of("agreement:washington-declaration");

  static Statement aliyev(About about) {
    return Statement.builder().speaker(ALIYEV).onBehalfOf(AZERBAIJAN).mode(StatementMode.PARAPHRASE)
        .words("the document does not yet constitute a full-fledged peace treaty").about(about).stance(Stance.DENIES)
        .addEvidence(WIRE.at("Aliyev said the document does not yet constitute a full-fledged peace treaty")).build();
  }

  static Report wire(About aliyevSpeaksTo) {
    return Report.builder().id(ReportId.of("report:wire-washington")).source(WIRE.id()).negotiation(TALKS)
        .addAgreements(AgreementClaim.builder().agreement(DECLARATION).status(AgreementStatus.SIGNED)
            .addEvidence(WIRE.at("Armenia and Azerbaijan signed a joint declaration")).build())
        .addActs(Act.builder().key("aid-waiver").kind(ActKind.LIFTED_SANCTIONS).by(US).target(AZERBAIJAN)
            .description("a ban on military aid")
            .addEvidence(WIRE.at("The United States waived a ban on military aid to Azerbaijan")).build())
        .addStatements(aliyev(aliyevSpeaksTo))
        .build();
  }

  static Report paper() {
    return Report.builder().id(ReportId.of("report:paper-yerevan")).source(PAPER.id()).negotiation(TALKS)
        .addStatements(
            Statement.builder().speaker(PASHINYAN).onBehalfOf(ARMENIA).mode(StatementMode.PARAPHRASE)
                .words("the declaration had not been signed").about(About.of(ClaimKind.AGREEMENT, DECLARATION.value(),
                    "status", "signed")).stance(Stance.DENIES)
                .addEvidence(PAPER.at("Pashinyan denied that the declaration had been signed")).build(),
            Statement.builder().speaker(PASHINYAN).onBehalfOf(ARMENIA).mode(StatementMode.PARAPHRASE)
                .words("it had been ratified already").about(About.of(ClaimKind.AGREEMENT, DECLARATION.value(),
                    "status", "ratified")).stance(Stance.AFFIRMS)
                .addEvidence(PAPER.at("He said it had been ratified already")).build(),
            Statement.builder().speaker(AZERBAIJAN).mode(StatementMode.PARAPHRASE)
                .words("Washington had not lifted any sanctions").about(About.of(ClaimKind.ACT, "aid-waiver",
                    "kind", "imposed_sanctions")).stance(Stance.DENIES)
                .addEvidence(PAPER.at("Baku denied that Washington had lifted any sanctions")).build(),
            Statement.builder().speaker(AZERBAIJAN).mode(StatementMode.PARAPHRASE)
                .words("Washington had not lifted any sanctions").about(About.of(ClaimKind.ACT, "aid-waiver"))
                .stance(Stance.DENIES)
                .addEvidence(PAPER.at("Baku denied that Washington had lifted any sanctions")).build())
        .build();
  }

  static Dataset dataset(Report... reports) {
    return Dataset.builder()
        .addActors(Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name("Armenia").country("ARM").build(),
            Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name("Azerbaijan").country("AZE").build(),
            Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA").build(),
            Actor.builder().id(ALIYEV).kind(ActorKind.PERSON).name("Ilham Aliyev").affiliation(AZERBAIJAN).build(),
            Actor.builder().id(PASHINYAN).kind(ActorKind.PERSON).name("Nikol Pashinyan").affiliation(ARMENIA).build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Armenia–Azerbaijan talks in Washington")
            .addParties(ARMENIA, AZERBAIJAN).addHosts(US).build())
        .addAgreements(Agreement.builder().id(DECLARATION).name("Washington declaration")
            .type(AgreementType.DECLARATION).negotiation(TALKS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(reports)
        .build();
  }

  static final About NOT_A_PEACE_TREATY = About.of(ClaimKind.AGREEMENT, DECLARATION.value(), "type", "peace_agreement");

  @Test
  void everyPassageIsInItsText() {
    assertThat(Article.violations(dataset(wire(NOT_A_PEACE_TREATY), paper()), WIRE, PAPER)).isEmpty();
  }

  @Test
  void aDenialOfTheWholeAgreementConflictsWithTheSourceItself() {
    // The distortion format 1.1 forced: "not a full peace treaty" as a denial of the declaration.
    Item status = Article.items(dataset(wire(About.agreement(DECLARATION)))).get(
        "agreement/agreement:washington-declaration/status");
    assertThat(status.conflicts()).extracting(Conflict::code).containsExactly(ConflictCodes.STANCE);
  }

  @Test
  void aDenialOfItsTypeAsAPeaceTreatyDoesNot() {
    Item status = Article.items(dataset(wire(NOT_A_PEACE_TREATY))).get(
        "agreement/agreement:washington-declaration/status");
    assertThat(status.conflicts()).isEmpty();
    assertThat(status.classification().wireName()).isEqualTo("single_source");
    assertThat(status.positions()).extracting(p -> p.value()).contains("denies its type is peace_agreement: Ilham"
        + " Aliyev for Azerbaijan (\"the document does not yet constitute a full-fledged peace treaty\")");
  }

  @Test
  void aDenialOfTheStatusAClaimGivesAndAnAffirmationOfAnotherConflict() {
    Item status = Article.items(dataset(wire(NOT_A_PEACE_TREATY), paper())).get(
        "agreement/agreement:washington-declaration/status");
    assertThat(status.classification().wireName()).isEqualTo("conflict");
    assertThat(status.conflicts()).containsExactly(Conflict.of(ConflictCodes.STANCE,
        "denies its status is signed: Nikol Pashinyan for Armenia (\"the declaration had not been signed\");"
            + " affirms its status is ratified: Nikol Pashinyan for Armenia (\"it had been ratified already\"),"
            + " against what is reported"));
  }

  @Test
  void statementsSpeakToActsWholeOrByKind() {
    Item waiver = Article.items(dataset(wire(NOT_A_PEACE_TREATY), paper())).get("act/key:aid-waiver");
    // Denying that sanctions were *imposed* says nothing against a waiver; denying the act does.
    assertThat(waiver.conflicts()).containsExactly(Conflict.of(ConflictCodes.STANCE,
        "denies: Azerbaijan (\"Washington had not lifted any sanctions\"), against what is reported"));
  }

  @Test
  void aFieldMustBeOneTheKindHasAndTheValueOneOfItsValues() {
    assertThatThrownBy(() -> About.of(ClaimKind.FACT, "casualties", "status", "agreed"))
        .hasMessage("Invalid value for about field: \"status\" is not a field of a fact a statement may speak to (none)");
    assertThatThrownBy(() -> About.of(ClaimKind.AGREEMENT, DECLARATION.value(), "type", "treaty"))
        .hasMessageStartingWith("Invalid value for about value: \"treaty\" is not an agreement type; expected one of"
            + " ceasefire, declaration");
  }
}
