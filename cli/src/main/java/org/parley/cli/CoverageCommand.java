package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.json.DirectorySourceTexts;
import org.parley.model.Dataset;
import org.parley.validate.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code parley coverage}: how much of each article the encoding covers — the sentences no evidence
 * passage overlaps, the quotations no direct quote covers, and the numbers and dates left out.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Show what of each article under --texts the dataset does not yet encode: the sentences no"
        + " evidence passage overlaps (with the numbers and dates in them), and the quotations no direct-quote"
        + " statement covers."},
    footer = {"", "Exit codes: 0 (or, with --min, every source at least that share), 1 a source below --min or"
        + " invalid input, 2 usage or I/O error."})
final class CoverageCommand implements Callable<Integer> {

  enum Format { text, json }

  @Mixin
  DatasetFiles inputs;

  @Option(names = "--texts", paramLabel = "DIR", required = true,
      description = "The folder of the articles the sources' documents name.")
  Path texts;

  @Option(names = "--min", paramLabel = "PERCENT",
      description = "Exit with 1 when a source covers fewer than PERCENT of its sentences.")
  Double min;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the result to OUT (atomically).")
  Path output;

  private final Main.Context context;

  CoverageCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (min != null && (min < 0 || min > 100)) {
      context.errln("parley coverage: --min must be a percentage from 0 to 100");
      return Main.USAGE_OR_IO;
    }
    if (!java.nio.file.Files.isDirectory(texts)) {
      context.errln("parley coverage: --texts " + texts + ": no such directory");
      return Main.USAGE_OR_IO;
    }
    Pool pool = inputs.read("coverage", context);
    if (pool.exit() != Main.OK) {
      return pool.exit();
    }
    Dataset dataset = pool.dataset();
    if (output != null) {
      Main.Context.checkOutput(output, inputs.files);
    }
    List<Coverage.SourceCoverage> coverage = Coverage.of(dataset, DirectorySourceTexts.in(texts));
    context.write(output, out -> {
      if (format == Format.json) {
        json(coverage, out);
      } else {
        text(coverage, out);
      }
    });
    boolean below = min != null && coverage.stream().anyMatch(c -> c.percent() < min);
    return below ? Main.INVALID : Main.OK;
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f %%", Math.floor(value));
  }

  private static void text(List<Coverage.SourceCoverage> coverage, OutputStream stream) {
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    if (coverage.isEmpty()) {
      out.println("No source's text was found under --texts.");
    }
    for (Coverage.SourceCoverage c : coverage) {
      out.println(c.source() + ": " + c.covered() + " of " + c.sentences().size() + " sentences covered ("
          + percent(c.percent()) + "); " + c.uncoveredQuotations().size() + " quotation(s) not covered by a direct quote");
      for (Coverage.Sentence s : c.uncovered()) {
        out.println("  sentence [" + s.start() + ", " + s.end() + ") " + oneLine(s.text())
            + (s.figures().isEmpty() ? "" : "  {" + String.join("; ", s.figures()) + "}"));
      }
      for (Coverage.Quotation q : c.uncoveredQuotations()) {
        out.println("  quotation [" + q.start() + ", " + q.end() + ") " + oneLine(q.text()));
      }
    }
    out.flush();
  }

  private static String oneLine(String text) {
    return org.parley.validate.Printable.escape(text.replaceAll("[ \\n\\r\\t]+", " "));
  }

  private static void json(List<Coverage.SourceCoverage> coverage, OutputStream stream) {
    try (JsonGenerator out = JsonFactory.builder().characterEscapes(org.parley.json.TerminalSafeEscapes.INSTANCE).build()
        .createGenerator(ObjectWriteContext.empty(), stream)) {
      out.writeStartObject();
      out.writeName("sources");
      out.writeStartArray();
      for (Coverage.SourceCoverage c : coverage) {
        out.writeStartObject();
        out.writeStringProperty("source", c.source().value());
        out.writeNumberProperty("sentences", c.sentences().size());
        out.writeNumberProperty("covered", c.covered());
        out.writeNumberProperty("percent", Math.round(c.percent() * 10) / 10.0);
        out.writeName("uncovered");
        out.writeStartArray();
        for (Coverage.Sentence s : c.uncovered()) {
          out.writeStartObject();
          out.writeNumberProperty("start", s.start());
          out.writeNumberProperty("end", s.end());
          out.writeStringProperty("text", s.text());
          out.writeName("figures");
          out.writeStartArray();
          s.figures().forEach(out::writeString);
          out.writeEndArray();
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("quotations");
        out.writeStartArray();
        for (Coverage.Quotation q : c.uncoveredQuotations()) {
          out.writeStartObject();
          out.writeNumberProperty("start", q.start());
          out.writeNumberProperty("end", q.end());
          out.writeStringProperty("text", q.text());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeRaw('\n');
    }
  }
}
