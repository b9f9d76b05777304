package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.Fixtures;

/** What construction refuses: only values that can never be valid, with messages naming the field. */
class ConstructionTest {

  @Test
  void measuresEvidenceInCodePoints() {
    Evidence evidence = Evidence.of("a🔗b", 10);

    assertThat(evidence.end()).isEqualTo(13);
  }

  @Test
  void refusesEmptyEvidenceAndANegativeOffset() {
    assertThatThrownBy(() -> Evidence.of("", 3)).hasMessage("Invalid value for evidence text: must not be empty");
    assertThatThrownBy(() -> Evidence.of("x", -1))
        .hasMessage("Invalid value for evidence start (must not be negative): -1");
  }

  @Test
  void refusesANegativeQuantityButKeepsZeroForTheValidator() {
    assertThatThrownBy(() -> Quantity.of(-1000, "prisoners of war"))
        .hasMessage("Invalid value for quantity amount (must not be negative): -1000");
    assertThat(Quantity.of(0, "prisoners").amount()).isZero();
  }

  @Test
  void recordsWhetherAQuantityIsPerParty() {
    assertThat(Quantity.perParty(1000, "prisoners of war").basis()).isEqualTo(QuantityBasis.PER_PARTY);
    assertThat(Quantity.of(6000, "bodies").basis()).isEqualTo(QuantityBasis.TOTAL);
    assertThat(Quantity.perParty(1000, "prisoners of war")).hasToString("1000 prisoners of war per party");
  }

  @Test
  void refusesBlankNamesAndTexts() {
    assertThatThrownBy(() -> Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name(" ").build())
        .hasMessage("Invalid value for actor name: must not be blank");
    assertThatThrownBy(() -> Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Trump")
        .addAliases("Trump", "").build())
        .hasMessage("Invalid value for actor aliases: element 1 is blank; no element may be blank");
    assertThatThrownBy(() -> PersonTitle.builder().person(Fixtures.TRUMP).title("").build())
        .hasMessage("Invalid value for person title: must not be blank");
    assertThatThrownBy(() -> Statement.builder().speaker(Fixtures.TRUMP).mode(StatementMode.PARAPHRASE)
        .words("  ").build())
        .hasMessage("Invalid value for statement words: must not be blank");
  }

  @Test
  void refusesAMalformedWikidataIdCountryAndLanguage() {
    Actor.Builder trump = Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Donald Trump");

    assertThatThrownBy(() -> Actor.builder().from(trump.build()).wikidataId("22686").build())
        .hasMessage("Invalid value for actor wikidataId (Q followed by digits, as Q212): \"22686\"");
    assertThatThrownBy(() -> Actor.builder().from(trump.build()).country("US").build())
        .hasMessage("Invalid value for actor country (ISO 3166-1 alpha-3, three capital letters): \"US\"");
    assertThatThrownBy(() -> Source.builder().from(Fixtures.source()).language("English").build())
        .hasMessage("Invalid value for source language (a BCP 47 tag such as en or pt-BR): \"English\"");
  }

  @Test
  void refusesADocumentHashThatIsNotSha256Hex() {
    assertThatThrownBy(() -> Document.of("a.txt", "ABC"))
        .hasMessage("Invalid value for document sha256 (64 lowercase hexadecimal digits): \"ABC\"");
  }

  @Test
  void namesTheMissingRequiredFields() {
    assertThatThrownBy(() -> Demand.builder().by(Fixtures.RUSSIA).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Demand, some of required attributes are not set [addressee, issue]");
  }

  @Test
  void defaultsWhatHasASensibleDefaultAndLeavesDescriptionsOptional() {
    Delegation delegation = Delegation.builder().party(Fixtures.RUSSIA).build();
    Outcome outcome = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
        .status(OutcomeStatus.AGREED).build();

    assertThat(delegation.role()).isEqualTo(DelegationRole.PARTY);
    assertThat(outcome.description()).isEmpty();
  }

  @Test
  void refusesNullsEverywhere() {
    assertThatThrownBy(() -> Demand.builder().by(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Outcome.builder().addParties((ActorId) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keepsCollectionsImmutable() {
    Report report = Fixtures.report();

    assertThatThrownBy(() -> report.demands().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Fixtures.dataset().actors().add(Fixtures.actors().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leavesAbsentValuesEmptyNotNull() {
    Report bare = Report.builder().id(Fixtures.REPORT).source(Fixtures.SOURCE).negotiation(Fixtures.TALKS).build();

    assertThat(bare.date()).isEmpty();
    assertThat(bare.demands()).isEmpty();
    assertThat(Dataset.builder().build().schemaVersion()).isEqualTo(Dataset.CURRENT_SCHEMA_VERSION);
  }

  @Test
  void comparesRecordsByValue() {
    assertThat(Fixtures.dataset()).isEqualTo(Fixtures.dataset()).hasSameHashCodeAs(Fixtures.dataset());
    assertThat(Report.builder().from(Fixtures.report()).demands(List.of()).build()).isNotEqualTo(Fixtures.report());
  }

  @Test
  void resolvesAnActorByAnyOfItsNames() {
    Actor ukraine = Fixtures.actors().get(1);

    assertThat(ukraine.isCalled("kiev")).isTrue();
    assertThat(ukraine.isCalled("Ukraine")).isTrue();
    assertThat(ukraine.isCalled("Kharkiv")).isFalse();
  }
}
