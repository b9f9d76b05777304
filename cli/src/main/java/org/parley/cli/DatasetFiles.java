package org.parley.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dataset files that reconcile, report and export read and pool, with {@code --lines}: a picocli mixin. */
final class DatasetFiles {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Datasets; - reads standard input.")
  List<String> files;

  @Option(names = "--lines", description = "Read every FILE as JSON Lines, whatever its name.")
  boolean lines;

  /** The records of every file, pooled; see {@link Pool#read}. */
  Pool read(String command, Main.Context context) {
    return Pool.read(command, files, lines, context);
  }
}
