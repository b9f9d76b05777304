package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.json.ParleyJson;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.ReconciliationSink;
import org.parley.reconcile.ReconciliationTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin
  DatasetFiles inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE (atomically).")
  Path output;

  @Option(names = "--width", paramLabel = "COLUMNS", description = "text: wrap each line to COLUMNS characters,"
      + " continuation lines indented, nothing cut off (0: never). By default the terminal's width ($COLUMNS) when"
      + " the table goes to a terminal, and no wrapping into a file or a pipe.")
  Integer width;

  private final Main.Context context;

  ReconcileCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (width != null && width < 0) {
      context.errln("parley reconcile: --width must be 0 (never wrap) or a number of columns");
      return Main.USAGE_OR_IO;
    }
    ReconcileInput.Read read = ReconcileInput.read("reconcile", inputs.files, inputs.lines, context);
    if (read.exit() != Main.OK) {
      return read.exit();
    }
    if (output != null) {
      Main.Context.checkOutput(output, inputs.files);
    }
    context.write(output, out -> write(read.session(), out));
    return Main.OK;
  }

  /** The width to wrap to: as given, else the terminal's when writing to one, else none. */
  private int columns() {
    if (width != null) {
      return width;
    }
    if (output != null || System.console() == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "0").trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Writes the reconciliations as the session hands them on, one item at a time. */
  private void write(Reconciler.Session session, OutputStream out) throws IOException {
    if (format == Format.json) {
      ParleyJson.builder().pretty(false).build().write(session, out);
    } else {
      boolean[] any = {false};
      ReconciliationSink table = ReconciliationTable.sink(text -> {
        any[0] = true;
        try {
          out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, columns());
      try {
        session.finish(table);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (!any[0]) {
        out.write("No negotiation has reports.\n".getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
