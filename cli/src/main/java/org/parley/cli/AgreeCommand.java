package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.agree.Agreement;
import org.parley.agree.Figure;
import org.parley.json.DirectorySourceTexts;
import org.parley.model.Dataset;
import org.parley.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley agree FILE FILE...}: how far two or more coders' encodings of the same articles
 * agree ({@link Agreement}): per claim type the passages each chose (Krippendorff's unitizing alpha,
 * precision, recall, F1), per field the codes of the claims aligned by their passages (Krippendorff's
 * alpha at the field's level, Cohen's kappa for two coders), and every difference to discuss.
 */
@Command(name = "agree", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Compare two or more encodings of the same articles, each a coder's dataset: which passages each"
        + " coder chose and how each coded the claims, with Krippendorff's alpha, Cohen's kappa and every difference.",
        "Sources are matched by their document's SHA-256, else by id; claims by the overlap of their passages."},
    footer = {"", "Exit codes: 0 compared, 1 a file could not be read as Parley JSON, 2 usage or I/O error.",
        "Example: parley agree --texts seeds seeds/istanbul-2025.parley.json"
            + " examples/src/main/resources/org/parley/examples/second-coder-002.parley.json"})
final class AgreeCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(arity = "2..*", paramLabel = "FILE", description = "One dataset per coder (JSON or JSON Lines).")
  List<String> files;

  @Option(names = "--lines", description = "Read every FILE as JSON Lines, whatever its name.")
  boolean lines;

  @Option(names = "--texts", paramLabel = "DIR", description = "The articles, for the length of each text in"
      + " unitizing alpha (without them, a text ends at its furthest passage).")
  Path texts;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a page that shows each article's codings"
      + " side by side with the differences marked (needs --texts).")
  Path html;

  private final Main.Context context;

  AgreeCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws java.io.IOException {
    if (html != null && texts == null) {
      context.errln("parley agree: --html shows the articles: give them with --texts DIR");
      return Main.USAGE_OR_IO;
    }
    if (html != null) {
      Main.Context.checkOutput(html, files);
    }
    if (texts != null && !Files.isDirectory(texts)) {
      context.errln("parley agree: --texts " + texts + ": no such directory");
      return Main.USAGE_OR_IO;
    }
    List<Dataset> datasets = new ArrayList<>();
    List<String> coders = new ArrayList<>();
    for (String file : files) {
      Pool pool = Pool.read("agree", List.of(file), lines, context);
      if (pool.exit() != Main.OK) {
        return pool.exit();
      }
      datasets.add(pool.dataset());
      coders.add(Inputs.displayName(file));
    }
    Map<String, Long> lengths = new HashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Source source : datasets.get(0).sources()) {
      names.putIfAbsent(Agreement.key(source), source.id().value());
      if (texts != null) {
        DirectorySourceTexts.in(texts).find(source)
            .ifPresent(t -> lengths.putIfAbsent(Agreement.key(source), (long) t.codePointLength()));
      }
    }
    Agreement agreement = Agreement.of(datasets, coders, lengths);
    if (html != null) {
      List<String> lines = agreement.differences().stream()
          .map(d -> Agreement.describe(d) + " — \"" + d.passage().replace('\n', ' ') + "\"").toList();
      String page = org.parley.export.SideBySide.html(datasets, coders, DirectorySourceTexts.in(texts),
          agreement.differing(), lines);
      context.write(html, out -> out.write(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      context.errln("wrote " + html);
    }
    if (format == Format.json) {
      // Escaped as every JSON Parley prints: no control or bidirectional character reaches the terminal raw.
      tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder(
          tools.jackson.core.json.JsonFactory.builder().characterEscapes(org.parley.json.TerminalSafeEscapes.INSTANCE)
              .build()).build();
      context.write(null, out -> {
        mapper.writerWithDefaultPrettyPrinter().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .writeValue(out, json(agreement, names));
        out.write('\n');
      });
      return Main.OK;
    }
    // The passages are the articles' words: every control and bidirectional character is printed escaped.
    for (String line : text(agreement, names).split("\n")) {
      if (!line.isEmpty()) {
        context.out.print(org.parley.validate.Printable.escape(line));
      }
      context.out.print('\n');
    }
    return Main.OK;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.3f", share);
  }

  /** The agreement as a person reads it: who is who, the passages, the fields, the differences. */
  static String text(Agreement agreement, Map<String, String> names) {
    StringBuilder out = new StringBuilder();
    List<String> coders = agreement.coders();
    out.append("Agreement of ").append(coders.size()).append(" coders:");
    for (int c = 0; c < coders.size(); c++) {
      out.append(c == 0 ? " " : ", ").append(Agreement.letter(c)).append(" = ").append(coders.get(c));
    }
    out.append('\n');
    int[] claims = new int[coders.size()];
    int aligned = 0;
    for (Agreement.Unit unit : agreement.units()) {
      long present = unit.claims().stream().filter(Optional::isPresent).count();
      for (int c = 0; c < coders.size(); c++) {
        claims[c] += unit.claims().get(c).isPresent() ? 1 : 0;
      }
      aligned += present == coders.size() ? 1 : 0;
    }
    out.append("Claims:");
    for (int c = 0; c < coders.size(); c++) {
      out.append(c == 0 ? " " : ", ").append(Agreement.letter(c)).append(' ').append(claims[c]);
    }
    out.append("; aligned across all coders ").append(aligned).append("\n\n");
    if (agreement.units().isEmpty()) {
      out.append("No claim to compare: no article is encoded by every coder with a claim (sources are matched by"
          + " their document's SHA-256, else by id).\n");
      return out.toString();
    }
    out.append("Passages chosen, by source and claim type (alpha_u: Krippendorff's unitizing alpha; precision,"
        + " recall, F1: of the other coders' code points against A's)\n");
    out.append(String.format(Locale.ROOT, "%-40s %-12s %8s %9s %7s %6s%n", "source", "type", "alpha_u", "precision",
        "recall", "F1"));
    for (Agreement.Spans s : agreement.spans()) {
      out.append(String.format(Locale.ROOT, "%-40s %-12s %8s %9s %7s %6s%n", names.getOrDefault(s.source(), s.source()),
          s.type(), s.alpha(), percent(s.precision()), percent(s.recall()), percent(s.f1())));
    }
    out.append("\nFields coded, over the claims aligned by their passages (agreement: the share of claims coded"
        + " alike; alpha: Krippendorff's; kappa: Cohen's, for two coders)\n");
    out.append(String.format(Locale.ROOT, "%-15s %-9s %6s %10s %7s %7s%n", "field", "level", "claims", "agreement",
        "alpha", "kappa"));
    for (Agreement.FieldAgreement f : agreement.fields()) {
      out.append(String.format(Locale.ROOT, "%-15s %-9s %6d %10s %7s %7s%n", f.field(), f.level().words(), f.units(),
          percent(f.observed()), f.alpha(), f.kappa()));
    }
    for (Agreement.FieldAgreement f : agreement.fields()) {
      if (f.alpha().value().isEmpty()) {
        out.append("  alpha of ").append(f.field()).append(" n/a: ").append(f.alpha().undefined()).append('\n');
      }
    }
    out.append("\nDifferences (").append(agreement.differences().size()).append(")\n");
    for (Agreement.Difference d : agreement.differences()) {
      out.append("  ").append(Agreement.describe(d)).append("\n    \"").append(d.passage().replace('\n', ' ')).append("\"\n");
    }
    return out.toString();
  }

  /** The agreement as JSON: the figures as numbers (null with a reason when undefined), and every difference. */
  private static Map<String, Object> json(Agreement agreement, Map<String, String> names) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("coders", agreement.coders());
    List<Object> spans = new ArrayList<>();
    for (Agreement.Spans s : agreement.spans()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", names.getOrDefault(s.source(), s.source()));
      row.put("type", s.type());
      figure(row, "alphaU", s.alpha());
      row.put("precision", s.precision());
      row.put("recall", s.recall());
      row.put("f1", s.f1());
      spans.add(row);
    }
    root.put("passages", spans);
    List<Object> fields = new ArrayList<>();
    for (Agreement.FieldAgreement f : agreement.fields()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("field", f.field());
      row.put("level", f.level().words());
      row.put("claims", f.units());
      row.put("agreement", f.observed());
      figure(row, "alpha", f.alpha());
      figure(row, "kappa", f.kappa());
      fields.add(row);
    }
    root.put("fields", fields);
    List<Object> differences = new ArrayList<>();
    for (Agreement.Difference d : agreement.differences()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", names.getOrDefault(d.source(), d.source()));
      row.put("type", d.type());
      row.put("field", d.field());
      row.put("values", d.values());
      row.put("claims", d.claims());
      row.put("passage", d.passage());
      differences.add(row);
    }
    root.put("differences", differences);
    return root;
  }

  private static void figure(Map<String, Object> row, String name, Figure figure) {
    row.put(name, figure.value().isPresent() ? figure.value().getAsDouble() : null);
    if (figure.value().isEmpty()) {
      row.put(name + "Undefined", figure.undefined());
    }
  }
}
