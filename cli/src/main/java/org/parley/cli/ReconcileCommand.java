package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;
import org.parley.json.Problem;
import org.parley.model.Dataset;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley reconcile FILE...}: reads the datasets (records of several files are pooled; a
 * record whose id was already seen is kept once) and prints, per negotiation, where the sources
 * agree and where they conflict.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Compare the reports of each negotiation, conflicts first.",
        "For each date, venue, length, head of delegation, person's side and title, demand and outcome:"
            + " the values the sources give, which sources give each, and whether they agree, come from one"
            + " source only, or conflict."},
    footer = {"", "Exit codes: 0 done, 1 a file could not be read as Parley JSON, 2 usage or I/O error."})
final class ReconcileCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Datasets; - reads standard input.")
  List<String> files;

  @Option(names = "--lines", description = "Read every FILE as JSON Lines, whatever its name.")
  boolean lines;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE (atomically).")
  Path output;

  private final Main.Context context;

  ReconcileCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Dataset.Builder pooled = Dataset.builder();
    Set<Object> seen = new HashSet<>();
    boolean unreadable = false;
    for (String file : files) {
      String name = Inputs.displayName(file);
      try {
        if (Inputs.isLines(file, lines)) {
          unreadable |= readLines(file, name, pooled, seen);
        } else {
          add(ParleyJson.standard().read(Inputs.readAll(file, context)), pooled, seen);
        }
      } catch (ParleyJsonException e) {
        e.problems().forEach(problem -> context.errln(name + ":" + Problem.of(problem)));
        unreadable = true;
      } catch (IOException | UncheckedIOException e) {
        context.errln("parley reconcile: " + name + ": " + e.getMessage());
        return Main.USAGE_OR_IO;
      }
    }
    if (unreadable) {
      return Main.INVALID;
    }
    List<Reconciliation> reconciliations = Reconciler.reconcileAll(pooled.build());
    if (output != null) {
      Main.Context.checkOutput(output, files);
    }
    context.write(output, out -> write(reconciliations, out));
    return Main.OK;
  }

  private boolean readLines(String file, String name, Dataset.Builder pooled, Set<Object> seen) throws IOException {
    boolean unreadable = false;
    try (InputStream in = Inputs.open(file, context);
        Stream<JsonLine> stream = ParleyJson.standard().readLines(in)) {
      for (JsonLine line : (Iterable<JsonLine>) stream::iterator) {
        if (line.isError()) {
          line.error().orElseThrow().problems().forEach(problem -> context.errln(name + ":" + Problem.of(problem)));
          unreadable = true;
        }
        line.actor().filter(a -> seen.add(a.id())).ifPresent(pooled::addActors);
        line.negotiation().filter(n -> seen.add(n.id())).ifPresent(pooled::addNegotiations);
        line.agreement().filter(a -> seen.add(a.id())).ifPresent(pooled::addAgreements);
        line.source().filter(s -> seen.add(s.id())).ifPresent(pooled::addSources);
        line.report().filter(r -> seen.add(r.id())).ifPresent(pooled::addReports);
      }
    }
    return unreadable;
  }

  private static void add(Dataset dataset, Dataset.Builder pooled, Set<Object> seen) {
    dataset.actors().stream().filter(a -> seen.add(a.id())).forEach(pooled::addActors);
    dataset.negotiations().stream().filter(n -> seen.add(n.id())).forEach(pooled::addNegotiations);
    dataset.agreements().stream().filter(a -> seen.add(a.id())).forEach(pooled::addAgreements);
    dataset.sources().stream().filter(s -> seen.add(s.id())).forEach(pooled::addSources);
    dataset.reports().stream().filter(r -> seen.add(r.id())).forEach(pooled::addReports);
  }

  private void write(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
    if (format == Format.json) {
      ParleyJson compact = ParleyJson.builder().pretty(false).build();
      String items = reconciliations.stream().map(r -> compact.write(r).strip()).collect(Collectors.joining(","));
      out.write(("{\"reconciliations\":[" + items + "]}\n").getBytes(StandardCharsets.UTF_8));
    } else {
      StringBuilder text = new StringBuilder();
      reconciliations.forEach(r -> text.append(ReconciliationTable.render(r)));
      if (reconciliations.isEmpty()) {
        text.append("No negotiation has reports.\n");
      }
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
