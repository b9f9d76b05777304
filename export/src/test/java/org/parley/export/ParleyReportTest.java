package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.testing.Fixtures;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

class ParleyReportTest {

  private static final String HOSTILE = "<script>alert(1)</script>\"onmouseover=alert(2) x=\"</style><img src=x>";

  @Test
  void highlightsOverlappingAndNestedPassagesWithTheirExactText() {
    // three passages: one inside another, and one that overlaps the first without nesting
    String article = "Russia demanded that Ukraine withdraw. Ukraine refused.";
    Evidence outer = Evidence.locate(article, "Russia demanded that Ukraine withdraw.");
    Evidence inner = Evidence.locate(article, "Ukraine withdraw");
    Evidence overlapping = Evidence.locate(article, "withdraw. Ukraine refused");
    Report report = Report.builder().from(Fixtures.report())
        .demands(List.of(Demand.builder().from(Fixtures.report().demands().get(0)).evidence(List.of(outer))
            .response(java.util.Optional.empty()).build()))
        .statements(List.of(
            Statement.builder().speaker(Fixtures.UMEROV).mode(StatementMode.PARAPHRASE).words("withdraw")
                .addEvidence(inner).build(),
            Statement.builder().speaker(Fixtures.UMEROV).mode(StatementMode.PARAPHRASE).words("refused")
                .addEvidence(overlapping).build()))
        .date(java.util.Optional.empty()).venue(java.util.Optional.empty()).duration(java.util.Optional.empty())
        .delegations(List.of()).outcomes(List.of()).titles(List.of()).build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).reports(List.of(report)).build();

    Document page = Jsoup.parse(ParleyReport.html(dataset, SourceTexts.of(Map.of(Fixtures.SOURCE, SourceText.of(article)))));

    Map<String, String> text = new java.util.LinkedHashMap<>();
    for (Element mark : page.select(".text mark[data-p]")) {
      text.merge(mark.attr("data-p"), mark.wholeText(), String::concat);
    }
    assertThat(text.values()).containsExactly(outer.text(), inner.text(), overlapping.text());
    assertThat(page.selectFirst(".text").wholeText()).isEqualTo(article);
    assertThat(page.select(".text mark[id]")).extracting(e -> e.attr("data-label"))
        .containsExactly("demand", "paraphrase", "paraphrase");
    // Where a passage starts, its number in the notes, shown by the stylesheet and not part of the text.
    assertThat(page.select(".text mark[data-n]")).extracting(e -> e.attr("data-p") + " " + e.attr("data-n"))
        .containsExactly("p1 1", "p2 2", "p3 3");
    assertThat(page.select(".notes li")).extracting(e -> e.id()).containsExactly("n-p1", "n-p2", "n-p3");
    // the inner passage is nested in the outer one, in two pieces as the overlapping one starts inside it;
    // the overlapping one is cut where the outer one ends
    assertThat(page.select(".text mark[data-p=p1] mark[data-p=p2]")).extracting(Element::wholeText)
        .containsExactly("Ukraine ", "withdraw");
    assertThat(page.select(".text mark[data-p=p3]")).extracting(Element::wholeText)
        .containsExactly("withdraw", ".", " Ukraine refused");
  }

  @Test
  void rendersHostileStringsAsText() {
    String article = Fixtures.ARTICLE.replace("Talks", HOSTILE);
    Source source = Source.builder().from(Fixtures.source()).headline(HOSTILE).url("javascript:alert(3)")
        .kind(SourceKind.NEWS).build();
    Report report = Report.builder().from(Fixtures.report())
        .demands(List.of(Demand.builder().from(Fixtures.report().demands().get(0)).description(HOSTILE).build()))
        .build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).sources(List.of(source)).reports(List.of(report))
        .build();

    String html = ParleyReport.html(dataset, SourceTexts.of(Map.of(Fixtures.SOURCE, SourceText.of(article))));
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("[onmouseover]")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.selectFirst("article h3").text()).isEqualTo("S1 " + HOSTILE);
    assertThat(page.selectFirst("article .url").text()).isEqualTo("javascript:alert(3)");
    assertThat(page.select(".notes li").eachText()).anyMatch(t -> t.contains(HOSTILE));
    assertThat(page.select("mark[title]").eachAttr("title")).anyMatch(t -> t.contains(HOSTILE));
  }

  @Test
  void showsBidirectionalControlsWhereTheyStandInsteadOfLettingThemReorderThePage() {
    String spoof = "abc\u202Egnp.exe";
    String article = Fixtures.ARTICLE + " \u202Egnp.exe\u202C";
    Source source = Source.builder().from(Fixtures.source()).headline(spoof).outlet("\u05D4\u05D0\u05E8\u05E5")
        .kind(SourceKind.NEWS).build();
    Report report = Report.builder().from(Fixtures.report())
        .demands(List.of(Demand.builder().from(Fixtures.report().demands().get(0)).description(spoof).build()))
        .build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).sources(List.of(source)).reports(List.of(report))
        .build();

    String html = ParleyReport.html(dataset, SourceTexts.of(Map.of(Fixtures.SOURCE, SourceText.of(article))));
    Document page = Jsoup.parse(html);

    // Not one bidirectional control reaches the page as itself, in text or in an attribute.
    assertThat(html.codePoints().filter(PageText::isBidiControl).count()).isZero();
    assertThat(page.selectFirst("article h3").text()).isEqualTo("S1 abc[U+202E]gnp.exe");
    assertThat(page.selectFirst("article h3 bdi span.bidi").text()).isEqualTo("[U+202E]");
    assertThat(page.select(".notes li").eachText()).anyMatch(t -> t.contains("abc[U+202E]gnp.exe"));
    assertThat(page.select("mark[title]").eachAttr("title")).anyMatch(t -> t.contains("abc[U+202E]gnp.exe"));
    // In the article: the override and the pop that closes it, each shown where it stands.
    assertThat(page.select("article .text span.bidi").eachText()).containsExactly("[U+202E]", "[U+202C]");
    // The page says so, and in how many places: the headline in the summary and over the article, the
    // description in its note and in the reconciliation, the article's two (a tooltip is an attribute).
    assertThat(page.selectFirst(".bidi-notice").text()).isEqualTo("The data holds bidirectional formatting"
        + " characters, which could reorder what you read: each is shown where it stands as [U+…] instead of being"
        + " applied (" + page.select("main span.bidi").size() + " places on this page).");
    assertThat(page.select("main span.bidi")).hasSize(6);
    // Right-to-left text is isolated without being changed.
    assertThat(page.select("bdi").eachText()).contains("\u05D4\u05D0\u05E8\u05E5");
  }

  @Test
  void namesEachArticlesFileBesideItsLabelSoThatNotesThatNameAFileFindIt() {
    Document page = Jsoup.parse(ParleyReport.html(Fixtures.dataset(), Fixtures.texts()));

    assertThat(page.selectFirst("article .meta .file").text())
        .isEqualTo(Fixtures.source().document().orElseThrow().path());
  }

  @Test
  void writesAPageWithoutBidirectionalControlsWithoutANotice() {
    assertThat(Jsoup.parse(ParleyReport.html(Fixtures.dataset(), Fixtures.texts())).select(".bidi-notice")).isEmpty();
  }

  @Test
  void listsTheValidationProblemsAndLinksThemToTheirPassage() {
    Report report = Report.builder().from(Fixtures.report())
        .demands(List.of(Demand.builder().from(Fixtures.report().demands().get(0)).addressee(Fixtures.RUSSIA).build()))
        .build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).reports(List.of(report)).build();

    Document page = Jsoup.parse(ParleyReport.html(dataset, Fixtures.texts()));

    assertThat(page.selectFirst("#summary .result").text()).isEqualTo("1 error(s), 0 warning(s)");
    Element problem = page.selectFirst(".violations li.error");
    assertThat(problem.text()).startsWith("error demand.self-addressed /reports/0/demands/0/addressee:");
    String target = problem.selectFirst("a.jump").attr("href").substring(1);
    assertThat(page.getElementById(target).text())
        .isEqualTo("demanded that Ukraine withdraw from Donetsk and Luhansk as a condition for a ceasefire");
  }
}
