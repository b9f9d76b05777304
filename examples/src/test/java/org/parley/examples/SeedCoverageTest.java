package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.validate.Coverage;

/**
 * How much of each seed article the encoding covers today, sentence by sentence: the measure the
 * complete re-encoding of the seeds is to raise to at least 80 % for every article.
 */
class SeedCoverageTest {

  @Test
  void measuresTheSentencesEachArticlesEncodingCovers() {
    List<Coverage.SourceCoverage> coverage = Coverage.of(Istanbul2025.dataset(), Istanbul2025.texts());

    assertThat(coverage).extracting(c -> c.source().value() + " " + c.covered() + "/" + c.sentences().size())
        .containsExactly(
            "source:newsaz-bekish-opinion 16/44",
            "source:news-prisoner-exchange-no-breakthrough 22/37",
            "source:peace-hopes-fizzle 10/16",
            "source:news-face-to-face-friday 22/32",
            "source:trt-world-istanbul-talks-analysis 10/56");
    assertThat(coverage).allSatisfy(c -> assertThat(c.uncoveredQuotations()).isEmpty());
  }
}
