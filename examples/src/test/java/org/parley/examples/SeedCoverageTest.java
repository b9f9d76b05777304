package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.validate.Coverage;

/**
 * Every article is encoded completely: at least 80 % of its sentences carry a claim, and each sentence
 * left out is listed in {@code seeds/README.md} with its reason — no more, no fewer.
 */
class SeedCoverageTest {

  private static final Path README = Path.of("..", "seeds", "README.md");
  private static final Map<String, String> ARTICLE = Map.of(
      "000", Article000.SOURCE.value(), "001", Article001.SOURCE.value(), "002", Article002.SOURCE.value(),
      "003", Article003.SOURCE.value(), "004", Article004.SOURCE.value());
  private static final Pattern ROW = Pattern.compile("^\\| (\\d{3}) \\| (\\d+) \\| (.*) \\| (.+) \\|$");

  private final List<Coverage.SourceCoverage> coverage = Coverage.of(Istanbul2025.dataset(), Istanbul2025.texts());

  @Test
  void coversAtLeastEightyPercentOfTheSentencesOfEveryArticle() {
    assertThat(coverage).extracting(c -> c.source().value() + " " + c.covered() + "/" + c.sentences().size())
        .containsExactly(
            "source:newsaz-bekish-opinion 40/44",
            "source:news-prisoner-exchange-no-breakthrough 34/37",
            "source:peace-hopes-fizzle 14/16",
            "source:news-face-to-face-friday 32/32",
            "source:trt-world-istanbul-talks-analysis 48/56");
    assertThat(coverage).allSatisfy(c -> {
      assertThat(c.percent()).as(c.source().value()).isGreaterThanOrEqualTo(80.0);
      assertThat(c.uncoveredQuotations()).isEmpty();
    });
  }

  @Test
  void listsEverySentenceLeftOutWithItsReasonAndNoOther() throws IOException {
    List<String> listed = new ArrayList<>();
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertThat(row.group(4)).as("reason for %s at %s", row.group(1), row.group(2)).isNotBlank();
        listed.add(ARTICLE.get(row.group(1)) + " " + row.group(2) + " " + row.group(3));
      }
    }
    List<String> uncovered = new ArrayList<>();
    for (Coverage.SourceCoverage source : coverage) {
      // the README shows each sentence on one line: its line breaks as spaces
      source.uncovered().forEach(s -> uncovered.add(
          source.source().value() + " " + s.start() + " " + s.text().replaceAll("\\s+", " ")));
    }

    assertThat(listed).as("the sentences listed in seeds/README.md").isEqualTo(uncovered).hasSize(17);
  }
}
