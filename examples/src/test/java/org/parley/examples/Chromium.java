package org.parley.examples;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (no driver is
 * downloaded), for the browser tests. Missing, it skips the test, unless the build says the browser
 * is required ({@code -Dparley.browser.required=true}, as {@code .ci/run} does): then it fails.
 */
final class Chromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path TARGET = Path.of("target");

  private Chromium() {}

  /** A browser showing {@code page}, a file written under {@code target/}. */
  static ChromeDriver open(Path page) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String missing = "headless Chromium needs " + CHROMIUM + " and " + DRIVER
          + " (Debian: apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("parley.browser.required")) {
        fail(missing);
      }
      abort(missing + "; the browser test was skipped");
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1280,1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.get(page.toAbsolutePath().toUri().toString());
    return browser;
  }

  /** Saves what the browser shows to {@code target/name}. */
  static void screenshot(ChromeDriver browser, String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), TARGET.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
