package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.agree.Agreement;
import org.parley.export.SideBySide;
import org.parley.json.ParleyJson;
import org.parley.model.Dataset;

/** The two codings of seed article 002 side by side in a real browser ({@link Chromium}). */
class SideBySideBrowserIT {

  private static ChromeDriver browser;
  private static Agreement agreement;

  @BeforeAll
  static void openTheTwoCodings() throws IOException {
    Dataset second;
    try (var in = SideBySideBrowserIT.class.getResourceAsStream("second-coder-002.parley.json")) {
      second = ParleyJson.standard().read(in);
    }
    List<Dataset> codings = List.of(Istanbul2025.dataset(), second);
    List<String> coders = List.of("shipped", "second coder");
    agreement = Agreement.of(codings, coders, Map.of());
    Path page = Chromium.TARGET.resolve("second-coder-002.html").toAbsolutePath();
    Files.createDirectories(Chromium.TARGET);
    Files.writeString(page, SideBySide.html(codings, coders, Istanbul2025.texts(), agreement.differing(),
        agreement.differences().stream().map(Agreement::describe).toList()), StandardCharsets.UTF_8);
    browser = Chromium.open(page);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void showsTheArticleOnceForEachCoderSideBySideWithTheDifferencesOutlined() throws IOException {
    List<WebElement> columns = browser.findElements(By.cssSelector(".pair .coder"));
    assertThat(columns).hasSize(2);
    assertThat(columns).extracting(c -> c.findElement(By.tagName("h3")).getText())
        .containsExactly("A: shipped", "B: second coder");
    // side by side: the second column starts level with the first, to its right
    assertThat(columns.get(1).getLocation().getY()).isEqualTo(columns.get(0).getLocation().getY());
    assertThat(columns.get(1).getLocation().getX()).isGreaterThan(columns.get(0).getLocation().getX() + 300);
    for (WebElement column : columns) {
      assertThat(column.findElement(By.cssSelector(".text")).getText())
          .startsWith("Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul");
    }
    // each coder's claims that differ are outlined, every one visible
    long outlinedA = agreement.differing().get(0).size();
    assertThat(columns.get(0).findElements(By.cssSelector(".notes li.differs"))).hasSizeGreaterThanOrEqualTo((int) outlinedA);
    Object invisible = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
        + "'mark.differs')).filter(m => m.getBoundingClientRect().width === 0"
        + " || getComputedStyle(m).outlineStyle !== 'solid').length;");
    assertThat(invisible).isEqualTo(0L);
    assertThat(browser.findElements(By.cssSelector("#differences li"))).hasSize(agreement.differences().size());
    assertThat(browser.findElement(By.cssSelector("#differences li")).getText())
        .isEqualTo(Agreement.describe(agreement.differences().get(0)));
    Chromium.screenshot(browser, "second-coder-002.png");
  }

  @Test
  void clickingANoteInTheSecondColumnHighlightsThatCodersPassage() {
    WebElement note = browser.findElement(By.cssSelector(".pair .coder:nth-child(2) .notes li.differs a.jump"));
    String passage = note.getAttribute("data-p");
    assertThat(passage).startsWith("b-p");

    note.click();

    assertThat(browser.findElement(By.id(passage)).getAttribute("class")).contains("current").contains("differs");
  }
}
