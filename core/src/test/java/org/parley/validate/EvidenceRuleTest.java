package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.Evidence;
import org.parley.model.Outcome;
import org.parley.model.PartialDate;
import org.parley.model.Reported;
import org.parley.model.SourceId;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.testing.Fixtures;

class EvidenceRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();
  private final Outcome outcome = Fixtures.report().outcomes().get(0);
  private final Statement quote = Fixtures.report().statements().get(0);

  private Dataset withOutcomeEvidence(Evidence evidence) {
    return Fixtures.withReport(r -> r.outcomes(List.of(
        Outcome.builder().from(outcome).evidence(List.of(evidence)).build())));
  }

  @Test
  void countsFixtureOffsetsInCodePoints() {
    // "on Friday" follows the 🔗, two UTF-16 units but one code point, at code point 49.
    assertThat(Fixtures.evidence("on Friday")).isEqualTo(Evidence.of("on Friday", 49));
  }

  @Test
  void rejectsEvidenceOutsideTheDocument() {
    int length = Fixtures.ARTICLE.codePointCount(0, Fixtures.ARTICLE.length());
    Dataset dataset = withOutcomeEvidence(Evidence.of("was not there.!", length - 14));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.EVIDENCE_OUTSIDE_DOCUMENT, "/reports/0/outcomes/0/evidence/0/start");
  }

  @Test
  void rejectsEvidenceWhoseTextDiffersAtItsOffsetAndSaysWhereItIs() {
    Evidence right = outcome.evidence().get(0);
    Dataset dataset = withOutcomeEvidence(Evidence.of(right.text(), right.start() + 1));

    ValidationResult result = validator.validate(dataset);

    assertThat(result).hasOnlyError(Codes.EVIDENCE_TEXT_MISMATCH, "/reports/0/outcomes/0/evidence/0/text");
    assertThat(result.violations().get(0).message())
        .isEqualTo("the document has \"oth sides agreed to exchange 1,000 prisoners of war each.\" at offset "
            + (right.start() + 1) + ", not \"Both sides agreed to exchange 1,000 prisoners of war each\"; the"
            + " evidence text occurs at offset " + right.start() + " (offsets count Unicode code points)");
  }

  @Test
  void rejectsAnOffsetCountedInUtf16UnitsAfterACharacterOutsideTheBmp() {
    String passage = "Both sides agreed to exchange 1,000 prisoners of war each";
    int utf16Index = Fixtures.ARTICLE.indexOf(passage);

    ValidationResult result = validator.validate(withOutcomeEvidence(Evidence.of(passage, utf16Index)));

    assertThat(utf16Index).isEqualTo(Fixtures.evidence(passage).start() + 1);
    assertThat(result).hasOnlyError(Codes.EVIDENCE_TEXT_MISMATCH, "/reports/0/outcomes/0/evidence/0/text");
  }

  @Test
  void rejectsEvidenceTextThatOccursNowhere() {
    ValidationResult result = validator.validate(withOutcomeEvidence(Evidence.of("Both sides agreed nothing", 0)));

    assertThat(result).hasOnlyError(Codes.EVIDENCE_TEXT_MISMATCH, "/reports/0/outcomes/0/evidence/0/text");
    assertThat(result.violations().get(0).message()).contains("the evidence text occurs nowhere in the document");
  }

  @Test
  void rejectsAnOutcomeWithoutEvidence() {
    Dataset dataset = Fixtures.withReport(r -> r.outcomes(List.of(
        Outcome.builder().from(outcome).evidence(List.of()).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.EVIDENCE_MISSING, "/reports/0/outcomes/0/evidence");
  }

  @Test
  void rejectsAReportedEventAttributeWithoutEvidence() {
    Dataset dataset = Fixtures.withReport(r -> r.date(Reported.of(PartialDate.of(2025, 5, 16))));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.EVIDENCE_MISSING, "/reports/0/date/evidence");
  }

  @Test
  void rejectsNestedClaimsWithoutEvidence() {
    Delegation russian = Fixtures.report().delegations().get(0);
    DelegationMember medinsky = russian.members().get(0);
    Demand demand = Fixtures.report().demands().get(0);
    Dataset dataset = Fixtures.withReport(r -> r
        .delegations(List.of(Delegation.builder().from(russian)
                .members(List.of(DelegationMember.builder().from(medinsky).evidence(List.of()).build())).build(),
            Fixtures.report().delegations().get(1), Fixtures.report().delegations().get(2)))
        .demands(List.of(Demand.builder().from(demand)
            .response(org.parley.model.Response.builder().from(demand.response().orElseThrow())
                .evidence(List.of()).build()).build())));

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        "evidence.missing /reports/0/delegations/0/members/0/evidence",
        "evidence.missing /reports/0/demands/0/response/evidence");
  }

  @Test
  void rejectsADirectQuoteWhoseWordsAreNotInItsEvidence() {
    Dataset dataset = Fixtures.withReport(r -> r.statements(List.of(
        Statement.builder().from(quote).words("detached from reality and history").build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.QUOTE_NOT_IN_EVIDENCE, "/reports/0/statements/0/words");
  }

  @Test
  void acceptsAParaphraseInOtherWordsThanItsEvidence() {
    Dataset dataset = Fixtures.withReport(r -> r.statements(List.of(
        Statement.builder().from(quote).mode(StatementMode.PARAPHRASE)
            .words("Umerov said the demands ignored the facts").build())));

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  @Test
  void rejectsADocumentWhoseHashDiffersFromTheRecordedOne() {
    Dataset dataset = Fixtures.withSource(s -> s.document(Document.of("fixture.txt", "0".repeat(64))));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.DOCUMENT_HASH_MISMATCH, "/sources/0/document/sha256");
  }

  @Test
  void warnsOncePerReportWhenTheSourceTextIsNotAvailable() {
    Validator otherTexts = Validator.builder()
        .texts(SourceTexts.of(Map.of(SourceId.of("source:other"), SourceText.of("other"))))
        .build();

    ValidationResult result = otherTexts.validate(Fixtures.dataset());

    assertThat(result).hasOnlyViolation(Severity.WARNING, Codes.EVIDENCE_UNCHECKED, "/reports/0/source");
    assertThat(result.violations().get(0).message()).isEqualTo(
        "no text of source:fixture-article was supplied, so the 14 evidence passage(s) of this report"
            + " were not checked against it");
  }

  @Test
  void stillReportsMissingEvidenceWithoutTexts() {
    Dataset dataset = Fixtures.withReport(r -> r.outcomes(List.of(
        Outcome.builder().from(outcome).evidence(List.of()).build())));

    assertThat(Validator.standard().validate(dataset)).hasViolationsExactly(
        "evidence.missing /reports/0/outcomes/0/evidence",
        "evidence.unchecked /reports/0/source");
  }

  @Test
  void splitsAQuoteAtInsertionsAndEllipsesAsTheSourceMarksThem() {
    assertThat(EvidenceRule.spokenFragments("[the mediators] must act ... now")).containsExactly("must act", "now");
    assertThat(EvidenceRule.spokenFragments("We want peace")).containsExactly("We want peace");
    assertThat(EvidenceRule.spokenFragments("a…b [x]c[y] d")).containsExactly("a", "b", "c", "d");
    assertThat(EvidenceRule.spokenFragments("wait.... [unclosed and on")).containsExactly("wait", ". [unclosed and on");
    assertThat(EvidenceRule.spokenFragments("[only an insertion]")).isEmpty();
    assertThat(EvidenceRule.spokenFragments("a [b [c] d] e")).containsExactly("a", "d] e");
    assertThat(EvidenceRule.spokenFragments("")).isEmpty();
  }
}
