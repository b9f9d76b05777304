package org.parley.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.json.ParleyJson;
import org.parley.model.Claim;
import org.parley.model.Dataset;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.StatementMode;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/**
 * Parley's main job: loads the encoded seed dataset, validates it against the five articles, prints a
 * summary per source, the validation result and the reconciliation of the five reports, and writes the
 * dataset as JSON ({@code seeds/istanbul-2025.parley.json} by default, or the path given) and as JSON
 * Lines beside it ({@code .jsonl}). Exits with 1 when the dataset has errors.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "seeds/istanbul-2025.parley.json");
    Dataset dataset = Istanbul2025.dataset();
    ValidationResult result = Validator.builder().texts(Istanbul2025.texts()).build().validate(dataset);

    System.out.println("Parley: the Istanbul talks of May 2025 in five articles");
    System.out.println();
    System.out.printf(Locale.ROOT, "%-48s %-8s %7s %8s %10s %6s %10s %11s%n", "source", "kind", "demands",
        "outcomes", "statements", "quotes", "paraphrases", "assessments");
    for (Report report : dataset.reports()) {
      Source source = dataset.sources().stream().filter(s -> s.id().equals(report.source())).findFirst()
          .orElseThrow();
      long quotes = report.statements().stream().filter(s -> s.mode() == StatementMode.DIRECT_QUOTE).count();
      System.out.printf(Locale.ROOT, "%-48s %-8s %7d %8d %10d %6d %10d %11d%n", source.id(),
          source.kind().wireName(), report.demands().size(), report.outcomes().size(), report.statements().size(),
          quotes, report.statements().size() - quotes, assessments(report));
    }
    System.out.println();
    System.out.println("Validation against the article texts:");
    System.out.println(result);

    System.out.println();
    for (Reconciliation reconciliation : Reconciler.reconcileAll(dataset)) {
      System.out.print(ReconciliationTable.render(reconciliation));
    }

    Path lines = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "") + ".jsonl");
    ParleyJson.standard().write(dataset, out);
    ParleyJson.standard().writeLines(dataset, lines);
    System.out.println();
    System.out.println("Wrote " + out.toAbsolutePath().normalize() + " and " + lines.toAbsolutePath().normalize());
    if (!result.isValid()) {
      System.exit(1);
    }
  }

  /** How many claims of the report carry an encoder's assessment. */
  static long assessments(Report report) {
    Stream<Claim> claims = Stream.of(
        report.date().stream(), report.venue().stream(), report.duration().stream(),
        report.delegations().stream().flatMap(d -> Stream.concat(Stream.of(d), d.members().stream())),
        report.demands().stream().flatMap(d -> Stream.concat(Stream.of(d), d.response().stream())),
        report.outcomes().stream(), report.statements().stream(), report.titles().stream())
        .flatMap(s -> s.map(Claim.class::cast));
    return claims.filter(c -> c.assessment().isPresent()).count();
  }
}
