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
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * The records of several files as one dataset, for the commands that work on a whole dataset
 * ({@code export}, {@code report}): a record whose id was already seen is kept once. Read problems
 * are printed on standard error, located; the exit code says whether to go on. {@link #each} reads
 * one file's records in order for any consumer ({@code reconcile} files reports as they come).
 *
 * @param dataset the pooled records
 * @param exit {@link Main#OK} to go on, {@link Main#INVALID} when a file could not be read as Parley
 *     JSON, {@link Main#USAGE_OR_IO} when a file could not be read at all
 */
record Pool(Dataset dataset, int exit) {

  static Pool read(String command, List<String> files, boolean lines, Main.Context context) {
    Dataset.Builder pooled = Dataset.builder();
    Set<Object> seen = new HashSet<>();
    RecordSink add = new RecordSink() {
      @Override
      public void actor(Actor a) {
        if (seen.add(a.id())) {
          pooled.addActors(a);
        }
      }

      @Override
      public void negotiation(Negotiation n) {
        if (seen.add(n.id())) {
          pooled.addNegotiations(n);
        }
      }

      @Override
      public void agreement(Agreement a) {
        if (seen.add(a.id())) {
          pooled.addAgreements(a);
        }
      }

      @Override
      public void source(Source s) {
        if (seen.add(s.id())) {
          pooled.addSources(s);
        }
      }

      @Override
      public void report(Report r) {
        if (seen.add(r.id())) {
          pooled.addReports(r);
        }
      }
    };
    boolean unreadable = false;
    for (String file : files) {
      int exit = each(command, file, Inputs.displayName(file), Inputs.isLines(file, lines), context, add);
      if (exit == Main.USAGE_OR_IO) {
        return new Pool(pooled.build(), Main.USAGE_OR_IO);
      }
      unreadable |= exit == Main.INVALID;
    }
    return new Pool(pooled.build(), unreadable ? Main.INVALID : Main.OK);
  }

  /**
   * Reads the file at {@code path} (shown as {@code name}; {@code -} is standard input), handing
   * {@code records} each record in order — a JSON document's actors, negotiations, agreements, sources
   * and reports, a JSON Lines file's line by line — and printing each read problem, located.
   *
   * @return {@link Main#OK}; {@link Main#INVALID} when a problem was printed (the records read are
   *     handed on all the same); {@link Main#USAGE_OR_IO} when the file could not be read at all
   */
  static int each(String command, String path, String name, boolean lines, Main.Context context,
      RecordSink records) {
    boolean unreadable = false;
    try {
      if (lines) {
        try (InputStream in = Inputs.open(path, context);
            Stream<JsonLine> stream = ParleyJson.standard().readLines(in)) {
          for (JsonLine line : (Iterable<JsonLine>) stream::iterator) {
            if (line.isError()) {
              line.error().orElseThrow().problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
              unreadable = true;
            }
            line.actor().ifPresent(records::actor);
            line.negotiation().ifPresent(records::negotiation);
            line.agreement().ifPresent(records::agreement);
            line.source().ifPresent(records::source);
            line.report().ifPresent(records::report);
          }
        }
      } else {
        records.all(ParleyJson.standard().read(Inputs.readAll(path, context)));
      }
    } catch (ParleyJsonException e) {
      e.problems().forEach(problem -> context.errln(problem.inFile(name).toString()));
      unreadable = true;
    } catch (IOException | UncheckedIOException e) {
      context.errln("parley " + command + ": " + name + ": "
          + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
      return Main.USAGE_OR_IO;
    }
    return unreadable ? Main.INVALID : Main.OK;
  }
}
