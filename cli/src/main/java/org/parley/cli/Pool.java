package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;
import org.parley.model.Dataset;

/**
 * The records of several files as one dataset, for the commands that work on a whole dataset
 * ({@code reconcile}, {@code export}): a record whose id was already seen is kept once. Read problems
 * are printed on standard error, located; the exit code says whether to go on.
 *
 * @param dataset the pooled records
 * @param exit {@link Main#OK} to go on, {@link Main#INVALID} when a file could not be read as Parley
 *     JSON, {@link Main#USAGE_OR_IO} when a file could not be read at all
 */
record Pool(Dataset dataset, int exit) {

  static Pool read(String command, List<String> files, boolean lines, Main.Context context) {
    Dataset.Builder pooled = Dataset.builder();
    Set<Object> seen = new HashSet<>();
    boolean unreadable = false;
    for (String file : files) {
      String name = Inputs.displayName(file);
      try {
        if (Inputs.isLines(file, lines)) {
          unreadable |= readLines(file, name, pooled, seen, context);
        } else {
          add(ParleyJson.standard().read(Inputs.readAll(file, context)), pooled, seen);
        }
      } catch (ParleyJsonException e) {
        e.problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
        unreadable = true;
      } catch (IOException | UncheckedIOException e) {
        context.errln("parley " + command + ": " + name + ": " + e.getMessage());
        return new Pool(pooled.build(), Main.USAGE_OR_IO);
      }
    }
    return new Pool(pooled.build(), unreadable ? Main.INVALID : Main.OK);
  }

  private static boolean readLines(String file, String name, Dataset.Builder pooled, Set<Object> seen,
      Main.Context context) throws IOException {
    boolean unreadable = false;
    try (InputStream in = Inputs.open(file, context);
        Stream<JsonLine> stream = ParleyJson.standard().readLines(in)) {
      for (JsonLine line : (Iterable<JsonLine>) stream::iterator) {
        if (line.isError()) {
          line.error().orElseThrow().problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
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
}
