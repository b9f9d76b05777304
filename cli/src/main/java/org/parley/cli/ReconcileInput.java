package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.reconcile.Reconciler;

/**
 * The files {@code reconcile} reads, pooled as {@link Pool} pools them (a record whose id was already
 * seen is kept once) but without holding the reports: actors, negotiations and agreements are kept,
 * and each report is filed into a {@link Reconciler.Session} as it is read and then dropped. Filing
 * needs every actor, negotiation and agreement first; when one comes after a report (a later line,
 * or a later file), the files are read a second time, filing the reports only. Standard input, which
 * cannot be read twice, is first copied to a temporary file, deleted afterwards.
 */
final class ReconcileInput {

  /**
   * The session with every report filed, or why there is none.
   *
   * @param session the reports filed, null unless {@code exit} is {@link Main#OK}
   * @param exit as {@link Pool#exit()}
   */
  record Read(Reconciler.Session session, int exit) {}

  /** One input: where to read it, the name to show, and whether it is JSON Lines. */
  private record Input(String path, String name, boolean lines) {}

  private final String command;
  private final Main.Context context;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Negotiation> negotiations = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final Set<Object> seen = new HashSet<>();
  private Set<ReportId> reportsSeen = new HashSet<>();
  private boolean reportRead;
  private boolean indexAfterReport;
  private boolean unreadable;
  private Reconciler.Session session;

  private ReconcileInput(String command, Main.Context context) {
    this.command = command;
    this.context = context;
  }

  static Read read(String command, List<String> files, boolean lines, Main.Context context) {
    ReconcileInput input = new ReconcileInput(command, context);
    Path spooled = null;
    try {
      List<Input> inputs = new ArrayList<>();
      for (String file : files) {
        String path = file;
        if (file.equals("-")) {
          if (spooled == null) {
            spooled = Files.createTempFile("parley-stdin-", ".tmp");
            try (InputStream in = Inputs.open(file, context)) {
              Files.copy(in, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
          }
          path = spooled.toString();
        }
        inputs.add(new Input(path, Inputs.displayName(file), Inputs.isLines(file, lines)));
      }
      return input.read(inputs);
    } catch (IOException | UncheckedIOException e) {
      context.errln("parley " + command + ": " + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
      return new Read(null, Main.USAGE_OR_IO);
    } finally {
      if (spooled != null) {
        try {
          Files.deleteIfExists(spooled);
        } catch (IOException e) {
          context.errln("parley " + command + ": could not delete the temporary copy of standard input " + spooled
              + ": " + e.getMessage());
        }
      }
    }
  }

  private Read read(List<Input> inputs) throws IOException {
    for (Input input : inputs) {
      if (!each(input, false)) {
        return new Read(null, Main.USAGE_OR_IO);
      }
    }
    if (unreadable) {
      return new Read(null, Main.INVALID);
    }
    if (!indexAfterReport && session == null) {
      newSession(); // no report at all
    } else if (indexAfterReport) {
      // An actor, negotiation or agreement came after a report: file every report again, knowing them all.
      indexAfterReport = false;
      reportsSeen = new HashSet<>();
      newSession();
      for (Input input : inputs) {
        if (!each(input, true)) {
          return new Read(null, Main.USAGE_OR_IO);
        }
      }
      if (unreadable) {
        return new Read(null, Main.INVALID);
      }
    }
    return new Read(session, Main.OK);
  }

  private void newSession() {
    session = Reconciler.of(Dataset.builder().actors(actors).agreements(agreements).build()).session(negotiations);
  }

  /** Reads one input, its records in order; false (the error printed) when it cannot be read at all. */
  private boolean each(Input input, boolean reportsOnly) throws IOException {
    try {
      if (input.lines()) {
        try (InputStream in = Inputs.open(input.path(), context);
            Stream<JsonLine> stream = ParleyJson.standard().readLines(in)) {
          for (JsonLine line : (Iterable<JsonLine>) stream::iterator) {
            if (line.isError()) {
              line.error().orElseThrow().problems().forEach(p -> context.errln(p.inFile(input.name()).toString()));
              unreadable = true;
            }
            if (!reportsOnly) {
              line.actor().ifPresent(this::actor);
              line.negotiation().ifPresent(this::negotiation);
              line.agreement().ifPresent(this::agreement);
              line.source().ifPresent(s -> seen.add(s.id()));
            }
            line.report().ifPresent(this::report);
          }
        }
      } else {
        Dataset dataset = ParleyJson.standard().read(Inputs.readAll(input.path(), context));
        if (!reportsOnly) {
          dataset.actors().forEach(this::actor);
          dataset.negotiations().forEach(this::negotiation);
          dataset.agreements().forEach(this::agreement);
          dataset.sources().forEach(s -> seen.add(s.id()));
        }
        dataset.reports().forEach(this::report);
      }
    } catch (ParleyJsonException e) {
      e.problems().forEach(problem -> context.errln(problem.inFile(input.name()).toString()));
      unreadable = true;
    } catch (IOException | UncheckedIOException e) {
      context.errln("parley " + command + ": " + input.name() + ": "
          + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
      return false;
    }
    return true;
  }

  private void actor(Actor actor) {
    if (seen.add(actor.id())) {
      actors.add(actor);
      indexed();
    }
  }

  private void negotiation(Negotiation negotiation) {
    if (seen.add(negotiation.id())) {
      negotiations.add(negotiation);
      indexed();
    }
  }

  private void agreement(Agreement agreement) {
    if (seen.add(agreement.id())) {
      agreements.add(agreement);
      indexed();
    }
  }

  /** A new actor, negotiation or agreement: reports filed before it were filed without it. */
  private void indexed() {
    if (reportRead) {
      indexAfterReport = true;
      session = null;
    }
  }

  private void report(Report report) {
    if (!reportsSeen.add(report.id())) {
      return;
    }
    reportRead = true;
    if (unreadable || indexAfterReport) {
      return;
    }
    if (session == null) {
      newSession();
    }
    session.add(report);
  }
}
