package org.parley.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.export.Codebook;
import org.parley.export.CsvExport;
import org.parley.export.PaxExport;
import org.parley.export.PloverExport;
import org.parley.json.ParleyJson;
import org.parley.model.Claim;
import org.parley.model.Dataset;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.StatementMode;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import org.parley.validate.Coverage;
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
    Map<SourceId, Coverage.SourceCoverage> coverage = new HashMap<>();
    Coverage.of(dataset, Istanbul2025.texts()).forEach(c -> coverage.put(c.source(), c));
    System.out.println("Claims per article (quotes and paraphrases are statements; \"assessed\" are claims an encoder");
    System.out.println("marked accurate, false, disputed or unverified; \"sentences\" are those some evidence covers):");
    System.out.printf(Locale.ROOT, "%-46s %-8s %9s %7s %8s %6s %5s %5s %6s %6s %7s %5s %8s%n", "source", "kind",
        "sentences", "demands", "outcomes", "events", "facts", "dates", "quotes", "parap.", "titles", "roles",
        "assessed");
    for (Report report : dataset.reports()) {
      Source source = dataset.sources().stream().filter(s -> s.id().equals(report.source())).findFirst()
          .orElseThrow();
      long quotes = report.statements().stream().filter(s -> s.mode() == StatementMode.DIRECT_QUOTE).count();
      Coverage.SourceCoverage covered = coverage.get(source.id());
      System.out.printf(Locale.ROOT, "%-46s %-8s %9s %7d %8d %6d %5d %5d %6d %6d %7d %5d %8d%n", source.id(),
          source.kind().wireName(), covered.covered() + "/" + covered.sentences().size(), report.demands().size(),
          report.outcomes().size(), report.events().size(), report.facts().size(),
          report.dates().size() + report.date().stream().count(), quotes, report.statements().size() - quotes,
          report.titles().size(), report.roles().size(), assessments(report));
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
    Path exports = out.resolveSibling("exports");
    CsvExport.write(dataset, exports);
    Path plover = exports.resolve(out.getFileName().toString().replaceFirst("\\.parley\\.json$|\\.json$", "")
        + ".plover.jsonl");
    java.util.Map<String, Integer> leftOut;
    try (OutputStream stream = Files.newOutputStream(plover)) {
      leftOut = PloverExport.write(dataset, stream);
    }
    try (OutputStream stream = Files.newOutputStream(exports.resolve(plover.getFileName().toString()
        .replace(".plover.jsonl", ".pax.csv")))) {
      CsvExport.write(PaxExport.table(dataset), stream);
    }
    Path codebook = Path.of(args.length > 1 ? args[1] : "docs/codebook.md");
    Files.createDirectories(codebook.toAbsolutePath().getParent());
    Files.writeString(codebook, Codebook.markdown(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Wrote " + out.toAbsolutePath().normalize() + " and " + lines.toAbsolutePath().normalize());
    leftOut.forEach((reason, count) -> System.out.println("PLOVER: left out " + count + " record(s): " + reason
        + " (PLOVER requires a day)"));
    System.out.println("Wrote the CSV tables, the PLOVER records and the PA-X-style rows to " + exports.toAbsolutePath().normalize()
        + ", and the codebook to " + codebook.toAbsolutePath().normalize());
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
        report.outcomes().stream(), report.statements().stream(), report.titles().stream(), report.dates().stream(),
        report.agreements().stream(), report.roles().stream(), report.events().stream(), report.facts().stream())
        .flatMap(s -> s.map(Claim.class::cast));
    return claims.filter(c -> c.assessment().isPresent()).count();
  }
}
