package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.json.ValidationSummary;
import org.parley.plover.PloverValidator;

/** Checks a file of PLOVER records on every core and reports the heap it needed; run under a small -Xmx. */
public final class ValidatePlover {

  private ValidatePlover() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    ValidationSummary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary = PloverValidator.standard().withThreads(Runtime.getRuntime().availableProcessors())
          .validateLines(in, file.toString(), problem -> true);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "checked %,d PLOVER records (%.1f MB) in %.1f s under a %d MB heap limit: %d errors,"
        + " %d warnings; the heap pools' peaks add up to %.1f MB (each pool's own peak, not at one moment)%n",
        summary.records(), Files.size(file) / 1e6, seconds, Runtime.getRuntime().maxMemory() >> 20, summary.errors(),
        summary.warnings(), peak / 1e6);
    if (summary.errors() > 0) {
      System.exit(1);
    }
  }
}
