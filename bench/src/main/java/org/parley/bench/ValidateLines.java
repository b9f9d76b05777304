package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.ValidationSummary;
import org.parley.validate.Validator;

/**
 * Validates a JSON Lines file from disk and reports what it found and how much heap it needed;
 * {@link BenchMain} runs it under {@code -Xmx64m} to show that validation streams.
 */
public final class ValidateLines {

  private ValidateLines() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    long[] firstProblems = {0};
    ValidationSummary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary = new JsonLinesValidator(ParleyJson.standard(), Validator.builder().texts(Corpus.texts()).build())
          .validate(in, problem -> {
            if (firstProblems[0]++ < 5) {
              System.out.println("  " + problem);
            }
          });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT,
        "validated %,d records (%.1f MB) in %.1f s under a %d MB heap limit: %d errors, %d warnings;"
            + " peak heap in use %.1f MB%n",
        summary.records(), Files.size(file) / 1e6, seconds, Runtime.getRuntime().maxMemory() >> 20,
        summary.errors(), summary.warnings(), peak / 1e6);
    if (summary.errors() > 0) {
      System.exit(1);
    }
  }
}
