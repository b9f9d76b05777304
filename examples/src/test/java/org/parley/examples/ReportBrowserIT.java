package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.export.ParleyReport;

/**
 * The seed report in a real browser ({@link Chromium}: skipped without one unless the build requires
 * it). Screenshots go to {@code target/}.
 */
class ReportBrowserIT {

  private static ChromeDriver browser;
  private static Path page;

  @BeforeAll
  static void openTheSeedReport() throws IOException {
    page = Chromium.TARGET.resolve("istanbul-2025-report.html").toAbsolutePath();
    Files.createDirectories(Chromium.TARGET);
    Files.writeString(page, ParleyReport.html(Istanbul2025.dataset(), Istanbul2025.texts()), StandardCharsets.UTF_8);
    browser = Chromium.open(page);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }

  @Test
  void showsEveryHighlightAndItsNote() throws IOException {
    List<WebElement> highlights = browser.findElements(By.cssSelector(".text mark[id]"));

    assertThat(highlights).hasSize(238);
    Object invisible = script("return Array.from(document.querySelectorAll('.text mark[id]'))"
        + ".filter(m => m.getClientRects().length === 0 || m.getBoundingClientRect().width === 0).length;");
    assertThat(invisible).isEqualTo(0L);
    assertThat(browser.findElements(By.cssSelector(".notes li"))).hasSize(238);
    screenshot("report-top.png");
  }

  @Test
  void clickingAConflictsSourceScrollsToItsPassageAndHighlightsIt() throws IOException {
    WebElement source = browser.findElement(By.cssSelector("#reconciliation tr.conflict a.jump"));
    String passage = source.getAttribute("data-p");
    assertThat(source.getText()).isEqualTo("S1 accurate");

    source.click();

    WebElement mark = browser.findElement(By.id(passage));
    assertThat(mark.getText()).isEqualTo("only on May 16 did both delegations finally sit down at the table");
    assertThat(mark.getAttribute("class")).contains("current");
    Object inView = script("var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", mark);
    assertThat(inView).isEqualTo(true);
    assertThat(browser.findElement(By.id("n-" + passage)).getAttribute("class")).contains("current");
    assertThat(browser.getCurrentUrl()).endsWith("#" + passage);
    screenshot("report-after-click.png");
  }

  @Test
  void reachesEveryHighlightWithTheKeyboard() {
    WebElement first = browser.findElement(By.cssSelector(".text mark[id]"));
    script("arguments[0].focus();", first);

    Object focused = script("return document.activeElement.id;");
    assertThat(focused).isEqualTo(first.getAttribute("id"));
    assertThat(browser.findElement(By.id("n-" + first.getAttribute("id"))).getAttribute("class")).contains("current");

    // a highlight far down its article: its note is scrolled into view within the article's list of notes
    List<WebElement> marks = browser.findElements(By.cssSelector("#source-S5 .text mark[id]"));
    WebElement last = marks.get(marks.size() - 1);
    script("arguments[0].focus();", last);
    Object noteVisible = script("var n = document.getElementById('n-' + arguments[0]);"
        + " var r = n.getBoundingClientRect(), l = n.parentElement.getBoundingClientRect();"
        + " return r.top >= l.top && r.bottom <= l.bottom;", last.getAttribute("id"));
    assertThat(noteVisible).isEqualTo(true);
  }
}
