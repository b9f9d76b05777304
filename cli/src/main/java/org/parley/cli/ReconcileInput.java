package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.RecordSink;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.reconcile.Reconciler;

/**
 * The files {@code reconcile} reads, pooled as {@link Pool} pools them (a record whose id was already
 * seen is kept once) but without holding the reports: actors, negotiations and agreements are kept,
 * and each report is filed into a {@link Reconciler.Session} as it is read and then dropped. Filing
 * needs every actor, negotiation and agreement first; when one comes after a report (a later line,
 * or a later file), the files are read a second time, filing the reports only. Standard input, which
 * cannot be read twice, is first copied to a temporary file, deleted afterwards.
 */
final class ReconcileInput implements RecordSink {

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
  private final List<Source> sources = new ArrayList<>();
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
    } catch (IOException e) {
      context.errln("parley " + command + ": standard input could not be copied: " + e.getMessage());
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

  private Read read(List<Input> inputs) {
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
    session = Reconciler.of(Dataset.builder().actors(actors).agreements(agreements).sources(sources).build())
        .session(negotiations);
  }

  /**
   * Reads one input, its records in order (with {@code reportsOnly}, its reports alone); false (the
   * error printed) when it cannot be read at all.
   */
  private boolean each(Input input, boolean reportsOnly) {
    RecordSink records = !reportsOnly ? this : new RecordSink() {
      @Override
      public void actor(Actor actor) {}

      @Override
      public void negotiation(Negotiation negotiation) {}

      @Override
      public void agreement(Agreement agreement) {}

      @Override
      public void source(Source source) {}

      @Override
      public void report(Report report) {
        ReconcileInput.this.report(report);
      }
    };
    int exit = Pool.each(command, input.path(), input.name(), input.lines(), context, records);
    unreadable |= exit == Main.INVALID;
    return exit != Main.USAGE_OR_IO;
  }

  @Override
  public void actor(Actor actor) {
    if (seen.add(actor.id())) {
      actors.add(actor);
      indexed();
    }
  }

  @Override
  public void negotiation(Negotiation negotiation) {
    if (seen.add(negotiation.id())) {
      negotiations.add(negotiation);
      indexed();
    }
  }

  @Override
  public void agreement(Agreement agreement) {
    if (seen.add(agreement.id())) {
      agreements.add(agreement);
      indexed();
    }
  }

  /** A new actor, negotiation, agreement or source: reports filed before it were filed without it. */
  private void indexed() {
    if (reportRead) {
      indexAfterReport = true;
      session = null;
    }
  }

  @Override
  public void source(Source source) {
    if (seen.add(source.id())) {
      sources.add(source);
      indexed();   // relative dates count from a source's publication day
    }
  }

  @Override
  public void report(Report report) {
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
