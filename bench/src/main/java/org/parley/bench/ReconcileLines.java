package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.NegotiationId;
import org.parley.model.SourceId;
import org.parley.reconcile.Item;
import org.parley.reconcile.ReconciliationSink;
import org.parley.reconcile.Reconciler;

/**
 * Reconciles a JSON Lines file from disk one report at a time, as {@code parley reconcile} does,
 * and reports the heap the reconciliation keeps: after every report is filed, the heap in use after
 * a full collection, less what was in use before the first report, per report and per claim filed.
 * {@link BenchMain} runs it in a JVM with a small heap to show that reconciliation keeps compact
 * references, not the claims. The file's actors, negotiations and agreements must come first, as in
 * the benchmark corpus.
 */
public final class ReconcileLines {

  private ReconcileLines() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    List<Actor> actors = new ArrayList<>();
    List<Negotiation> negotiations = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    Reconciler.Session session = null;
    long before = 0;
    int reports = 0;
    long claims = 0;
    try (InputStream in = Files.newInputStream(file); Stream<JsonLine> lines = ParleyJson.standard().readLines(in)) {
      for (JsonLine line : (Iterable<JsonLine>) lines::iterator) {
        if (line.isError()) {
          throw new IllegalStateException("unreadable line " + line.lineNumber() + " of " + file);
        }
        line.actor().ifPresent(actors::add);
        line.negotiation().ifPresent(negotiations::add);
        line.agreement().ifPresent(agreements::add);
        if (line.report().isPresent()) {
          if (session == null) {
            before = usedAfterCollection();
            session = Reconciler.of(Dataset.builder().actors(actors).agreements(agreements).build())
                .session(negotiations);
          }
          Report report = line.report().get();
          session.add(report);
          reports++;
          claims += claimsOf(report);
        }
      }
    }
    long kept = usedAfterCollection() - before;
    long[] supports = {0};
    long[] items = {0};
    session.finish(new ReconciliationSink() {
      @Override
      public void begin(NegotiationId negotiation, List<SourceId> sources, List<Heading> headings) {
        items[0] += headings.size();
      }

      @Override
      public void item(Item item) {
        item.positions().forEach(p -> supports[0] += p.support().size());
      }

      @Override
      public void end() {
        // counted
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "reconciled %,d reports (%.1f MB, %,d claims and statements, %,d supports in %,d items) in %.1f s under a %d MB"
            + " heap limit; kept after filing: %.1f MB, %.0f bytes per report, %.1f bytes per support%n",
        reports, Files.size(file) / 1e6, claims, supports[0], items[0], seconds, Runtime.getRuntime().maxMemory() >> 20,
        kept / 1e6, (double) kept / reports, (double) kept / supports[0]);
  }

  /** The claims a report holds at the top level, nested members and provisions included. */
  private static long claimsOf(Report r) {
    return r.date().stream().count() + r.venue().stream().count() + r.duration().stream().count()
        + r.delegations().size() + r.delegations().stream().mapToLong(d -> d.members().size()).sum()
        + r.demands().size() + r.outcomes().size() + r.statements().size() + r.titles().size() + r.dates().size()
        + r.agreements().size() + r.agreements().stream().mapToLong(a -> a.provisions().size()).sum()
        + r.roles().size() + r.events().size() + r.facts().size();
  }

  private static long usedAfterCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
