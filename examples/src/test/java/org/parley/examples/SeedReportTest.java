package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.export.ParleyReport;
import org.parley.model.Claim;
import org.parley.model.Evidence;
import org.parley.model.Report;

/** The HTML report of the seeds, read with jsoup: every evidence passage is one highlight with its text. */
class SeedReportTest {

  private final Document page = Jsoup.parse(ParleyReport.html(Istanbul2025.dataset(), Istanbul2025.texts()));

  /** Every highlight's text: the whole text of the marks that carry its data-p, in document order. */
  private Map<String, String> highlights() {
    Map<String, String> text = new LinkedHashMap<>();
    for (Element mark : page.select(".text mark[data-p]")) {
      text.merge(mark.attr("data-p"), mark.wholeText(), String::concat);
    }
    return text;
  }

  /** The evidence the report highlights: every claim's passages, except the parts that repeat their claim's. */
  private static List<String> passages() {
    List<String> all = new ArrayList<>();
    for (Report r : Istanbul2025.dataset().reports()) {
      List<Claim> claims = new ArrayList<>();
      r.date().ifPresent(claims::add);
      r.venue().ifPresent(claims::add);
      r.duration().ifPresent(claims::add);
      r.delegations().forEach(d -> {
        claims.add(d);
        claims.addAll(d.members());
      });
      r.demands().forEach(d -> {
        claims.add(d);
        d.response().ifPresent(claims::add);
      });
      claims.addAll(r.outcomes());
      claims.addAll(r.agreements());
      claims.addAll(r.statements());
      claims.addAll(r.titles());
      claims.addAll(r.dates());
      claims.addAll(r.roles());
      claims.addAll(r.events());
      claims.addAll(r.facts());
      claims.forEach(c -> c.evidence().stream().map(Evidence::text).forEach(all::add));
    }
    return all;
  }

  @Test
  void highlightsEveryEvidencePassageOnceWithItsExactText() {
    Map<String, String> highlights = highlights();

    assertThat(highlights.values()).containsExactlyInAnyOrderElementsOf(passages());
    assertThat(highlights).hasSize(238);
    assertThat(page.select(".text mark[id]")).hasSize(highlights.size());
    assertThat(page.select(".notes li")).hasSize(highlights.size());
    // Each highlight is numbered once where it starts, as its note; passages that start together share one
    // marker ("6, 7" in S1: Türkiye as host, and Hakan Fidan's title), never a stack of labels.
    List<String> numbers = page.select(".text mark[data-n]").eachAttr("data-n");
    assertThat(numbers.stream().mapToInt(n -> n.split(",\u202f").length).sum()).isEqualTo(highlights.size());
    assertThat(numbers).contains("6,\u202f7");
    for (Element article : page.select("article")) {
      List<String> notes = article.select(".notes li").eachAttr("id");
      for (Element mark : article.select(".text mark[data-n]")) {
        String first = mark.attr("data-n").split(",\u202f")[0];
        assertThat(notes.get(Integer.parseInt(first) - 1)).isEqualTo("n-" + mark.attr("data-p"));
      }
    }
  }

  @Test
  void keepsEachArticleWholeAroundItsHighlights() {
    for (Element article : page.select("article")) {
      String name = article.id().substring("source-S".length());
      String expected = Istanbul2025.texts().find(Istanbul2025.dataset().sources().get(Integer.parseInt(name) - 1))
          .orElseThrow().text();
      assertThat(article.selectFirst(".text").wholeText()).isEqualTo(expected);
    }
  }

  @Test
  void linksEverySourceOfTheReconciliationToAPassageThatExists() {
    List<Element> links = page.select("#reconciliation a.jump");

    assertThat(links).hasSizeGreaterThan(100);
    assertThat(links).allSatisfy(a -> assertThat(page.getElementById(a.attr("href").substring(1))).isNotNull());
    assertThat(page.select("#reconciliation tr.conflict")).hasSize(10);
    assertThat(page.select("#reconciliation tr.unclear")).hasSize(4);
    assertThat(page.selectFirst("#summary .result").text()).isEqualTo("0 error(s), 0 warning(s)");
  }
}
