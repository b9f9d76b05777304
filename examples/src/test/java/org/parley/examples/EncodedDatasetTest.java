package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.json.ParleyJson;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.validate.SourceText;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

class EncodedDatasetTest {

  private static final Path PUBLISHED = Path.of("..", "seeds", "istanbul-2025.parley.json");
  private static final Path PUBLISHED_LINES = Path.of("..", "seeds", "istanbul-2025.parley.jsonl");
  private static final Pattern QUOTATION = Pattern.compile("“[^”]*”");

  private final Dataset dataset = Istanbul2025.dataset();

  @Test
  void validatesWithoutAnyViolationAgainstTheArticles() {
    ValidationResult result = Validator.builder().texts(Istanbul2025.texts()).build().validate(dataset);

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void findsTheTextOfEveryArticleAndItsRecordedHash() {
    for (Source source : dataset.sources()) {
      SourceText text = Istanbul2025.texts().find(source).orElseThrow();
      assertThat(text.sha256()).as(source.id().value()).isEqualTo(source.document().orElseThrow().sha256().orElseThrow());
    }
  }

  @Test
  void encodesOneReportPerArticle() {
    assertThat(dataset.reports()).extracting(Report::source)
        .containsExactly(Article000.SOURCE, Article001.SOURCE, Article002.SOURCE, Article003.SOURCE, Article004.SOURCE);
  }

  /** The quotation spans of an article ({@code “…”}) that no direct-quote evidence of its report covers. */
  static List<String> uncoveredQuotations(Report report, SourceText text) {
    List<String> uncovered = new ArrayList<>();
    Matcher m = QUOTATION.matcher(text.text());
    while (m.find()) {
      int start = text.text().codePointCount(0, m.start());
      int end = start + m.group().codePointCount(0, m.group().length());
      boolean covered = report.statements().stream()
          .filter(s -> s.mode() == StatementMode.DIRECT_QUOTE)
          .flatMap(s -> s.evidence().stream())
          .anyMatch(e -> e.start() <= start && e.end() >= end);
      if (!covered) {
        uncovered.add(start + " " + m.group());
      }
    }
    return uncovered;
  }

  @Test
  void coversEveryQuotationOfEveryArticleWithADirectQuote() {
    int quotations = 0;
    for (Report report : dataset.reports()) {
      Source source = dataset.sources().stream().filter(s -> s.id().equals(report.source())).findFirst().orElseThrow();
      SourceText text = Istanbul2025.texts().find(source).orElseThrow();
      assertThat(uncoveredQuotations(report, text)).as(source.id().value()).isEmpty();
      quotations += (int) QUOTATION.matcher(text.text()).results().count();
    }
    assertThat(quotations).isEqualTo(18);
  }

  @Test
  void theQuotationCheckFindsAMissingQuote() {
    Report report = Article003.report();
    List<Statement> withoutPetrova = report.statements().stream()
        .filter(s -> !s.speaker().equals(Actors.PETROVA)).collect(java.util.stream.Collectors.toList());
    Report missing = Report.builder().from(report).statements(withoutPetrova).build();
    SourceText text = Istanbul2025.texts().find(Article003.source()).orElseThrow();

    assertThat(uncoveredQuotations(missing, text)).containsExactly(
        "3203 “This is a slow process,”", "3295 “But the fact they met in person is already a small step forward.”");
  }

  @Test
  void countsOffsetsInCodePointsInTheArticleWithACharacterOutsideTheBmp() {
    SourceText text = Istanbul2025.texts().find(Article004.source()).orElseThrow();
    Evidence agreement = Article004.report().outcomes().get(0).evidence().get(0);

    assertThat(text.text()).contains("🔗");
    assertThat(agreement).isEqualTo(Evidence.of("Among the few tangible outcomes of the Istanbul talks was an"
        + " agreement to exchange 1,000 prisoners of war", 5329));
    assertThat(text.text().indexOf(agreement.text())).isEqualTo(5330);
    assertThat(text.slice(agreement.start(), agreement.end())).isEqualTo(agreement.text());
  }

  @Test
  void thePublishedJsonIsWhatTheCodeProduces() throws IOException {
    byte[] expected = ParleyJson.standard().writeBytes(dataset);

    assertThat(Files.readAllBytes(PUBLISHED))
        .as("seeds/istanbul-2025.parley.json is out of date; run the main job (see the README) to regenerate it")
        .isEqualTo(expected);
  }

  @Test
  void thePublishedJsonLinesAreWhatTheCodeProduces() throws IOException {
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, expected);

    assertThat(Files.readAllBytes(PUBLISHED_LINES))
        .as("seeds/istanbul-2025.parley.jsonl is out of date; run the main job (see the README) to regenerate it")
        .isEqualTo(expected.toByteArray());
  }

  @Test
  void thePublishedJsonReadsBackToTheSameDataset() throws IOException {
    assertThat(ParleyJson.standard().read(PUBLISHED)).isEqualTo(dataset);
  }
}
