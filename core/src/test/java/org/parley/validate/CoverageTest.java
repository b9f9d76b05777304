package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Evidence;
import org.parley.model.SourceId;

/** Which sentences and quotations of an article the encoding covers. */
class CoverageTest {

  private static final SourceId SOURCE = SourceId.of("source:wire");
  private static final String TEXT = "🔗 Talks opened in Muscat on Sunday. The U.S. president was not there."
      + " Trump framed the U.S.-Russia summit as the only way.\n\nOman said: “We made progress.” Nobody else spoke.";

  @Test
  void splitsNewsTextIntoSentencesByCodePoints() {
    List<String> sentences = Coverage.sentenceRanges(TEXT).stream()
        .map(r -> TEXT.substring(TEXT.offsetByCodePoints(0, r[0]), TEXT.offsetByCodePoints(0, r[1])))
        .toList();

    assertThat(sentences).containsExactly("🔗 Talks opened in Muscat on Sunday.", "The U.S. president was not there.",
        "Trump framed the U.S.-Russia summit as the only way.", "Oman said: “We made progress.”",
        "Nobody else spoke.");
    assertThat(Coverage.sentenceRanges(TEXT).get(1)).containsExactly(36, 69);
  }

  @Test
  void aSentenceIsCoveredWhenAPassageOverlapsIt() {
    Evidence opened = Evidence.locate(TEXT, "opened in Muscat");
    Evidence acrossTwo = Evidence.locate(TEXT, "there. Trump");

    Coverage.SourceCoverage coverage = Coverage.of(SOURCE, TEXT, List.of(acrossTwo, opened), List.of());

    assertThat(coverage.sentences()).extracting(Coverage.Sentence::covered).containsExactly(true, true, true, false,
        false);
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.percent()).isEqualTo(60.0);
    assertThat(coverage.uncovered()).extracting(Coverage.Sentence::text)
        .containsExactly("Oman said: “We made progress.”", "Nobody else spoke.");
  }

  @Test
  void listsTheQuotationsNoDirectQuoteCoversAndTheFiguresOfUncoveredSentences() {
    Evidence quote = Evidence.locate(TEXT, "“We made progress.”");

    Coverage.SourceCoverage none = Coverage.of(SOURCE, TEXT, List.of(), List.of());
    Coverage.SourceCoverage quoted = Coverage.of(SOURCE, TEXT, List.of(quote), List.of(quote));

    assertThat(none.uncoveredQuotations()).extracting(Coverage.Quotation::text).containsExactly("We made progress.");
    assertThat(none.sentences().get(0).figures()).containsExactly("Sunday");
    assertThat(quoted.uncoveredQuotations()).isEmpty();
  }
}
