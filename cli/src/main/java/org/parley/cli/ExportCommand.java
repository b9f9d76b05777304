package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.CsvExport;
import org.parley.export.CsvStream;
import org.parley.export.TableStream;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.validate.Severity;
import org.parley.export.PaxExport;
import org.parley.export.PloverExport;
import org.parley.model.Dataset;
import org.parley.model.RecordSink;
import org.parley.sql.SqlExport;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;
import org.parley.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley export --format csv|parquet|duckdb|plover|pax FILE... -o OUT}: the dataset as tidy CSV
 * tables (a folder of files, described in {@code docs/codebook.md}), the same tables typed for SQL (a
 * folder of Parquet files, or one DuckDB database), PLOVER event records (JSON Lines) or PA-X-style
 * agreement rows. A dataset with validation errors is not exported: its rows would point at records
 * that are not there.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Write a dataset as tidy CSV tables, the same tables for SQL, PLOVER event records or PA-X-style"
        + " agreement rows.",
        "csv: claims.csv, evidence.csv, actors.csv, sources.csv, agreements.csv and reconciliation.csv in the"
            + " folder -o names (docs/codebook.md describes every column). parquet: the same tables as NAME.parquet"
            + " files in the folder -o names, typed (whole numbers, booleans, lists, and a DATE column NAME_day beside"
            + " each date). duckdb: the same typed tables in one DuckDB database file, -o FILE.duckdb. plover: one"
            + " PLOVER event record per line, to -o or standard output. pax: one row per agreement claim with the"
            + " PA-X columns Parley can fill."},
    footer = {"", "Exit codes: 0 written, 1 a file could not be read or the dataset has errors (run parley validate),"
        + " 2 usage or I/O error."})
final class ExportCommand implements Callable<Integer> {

  enum Format { csv, parquet, duckdb, plover, pax }

  @Mixin
  DatasetFiles inputs;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, parquet, duckdb, plover or pax.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "csv, parquet: the folder to write the tables into (required). duckdb: the database file"
          + " (required), or a folder to write NAME.duckdb into. plover, pax: the file (atomically), or a folder to"
          + " write NAME.plover.jsonl or NAME.pax.csv into, after the input; standard output when left out.")
  Path output;

  @Option(names = "--raw-cells", description = "csv, pax: write every cell as the dataset has it, even one that a"
      + " spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default"
      + " such cells get a leading '. For programs that read the tables, never for a spreadsheet.")
  boolean rawCells;

  private final Main.Context context;

  ExportCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    boolean tables = format == Format.csv || format == Format.parquet;
    if (tables && output == null) {
      context.errln("parley export: --format " + format + " writes several files: name their folder with -o DIR");
      return Main.USAGE_OR_IO;
    }
    if (tables && Files.exists(output) && !Files.isDirectory(output)) {
      context.errln("parley export: " + output + ": not a folder; --format " + format
          + " writes its tables into a folder");
      return Main.USAGE_OR_IO;
    }
    if (format == Format.duckdb && output == null) {
      context.errln("parley export: --format duckdb writes a database file: name it with -o FILE.duckdb");
      return Main.USAGE_OR_IO;
    }
    if (!tables && output != null) {
      if (Files.isDirectory(output)) {
        // -o DIR: the file is named after the (first) input, as the main job names the seed exports
        String first = inputs.files.get(0);
        String base = first.equals("-") ? "dataset"
            : Path.of(first).getFileName().toString().replaceFirst("(\\.parley)?\\.(json|jsonl|ndjson)$", "");
        output = output.resolve(base + switch (format) {
          case plover -> ".plover.jsonl";
          case duckdb -> ".duckdb";
          default -> ".pax.csv";
        });
      }
      Main.Context.checkOutput(output, inputs.files);
    }
    String file = inputs.files.get(0);
    if (inputs.files.size() == 1 && !file.equals("-") && Inputs.isLines(file, inputs.lines)) {
      // One JSON Lines file: validated, then exported report by report without holding the reports.
      int valid = validateLines(file);
      if (valid != Main.OK) {
        return valid;
      }
      try {
        return export(records -> Pool.each("export", file, Inputs.displayName(file), true, context, records));
      } catch (TableStream.IndexAfterReport e) {
        // An actor, negotiation, agreement or source after a report: the file is exported whole below.
      }
    }
    Pool pool = inputs.read("export", context);
    if (pool.exit() != Main.OK) {
      return pool.exit();
    }
    Dataset dataset = pool.dataset();
    ValidationResult result = Validator.standard().validate(dataset);
    if (!result.isValid()) {
      for (Violation v : result.errors()) {
        context.errln("error " + v.code() + " " + v.path() + ": " + v.message());
      }
      return notExported(result.errors().size());
    }
    return export(records -> {
      try {
        records.all(dataset);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      return Main.OK;
    });
  }

  /** Hands records to a sink: every record of a dataset, or of a file as it is read (an exit code, as {@link Pool#each}). */
  private interface Records {
    int to(RecordSink sink) throws IOException;
  }

  /** Writes the records in the format asked for, the files put in place once all is written. */
  private int export(Records records) throws IOException {
    int[] exit = {Main.OK};
    switch (format) {
      case csv -> {
        try (CsvStream csv = CsvStream.into(output, cells())) {
          exit[0] = records.to(csv);
          if (exit[0] == Main.OK) {
            csv.finish().forEach(written -> context.errln("wrote " + written));
          }
        }
      }
      case parquet, duckdb -> {
        try (SqlExport.Writer sql = format == Format.parquet ? SqlExport.parquet(output) : SqlExport.database(output)) {
          exit[0] = records.to(sql);
          if (exit[0] == Main.OK) {
            sql.finish().forEach(written -> context.errln("wrote " + written));
          }
        }
      }
      case plover -> {
        java.util.Map<String, Integer> leftOut = new java.util.TreeMap<>();
        context.write(output, out -> {
          PloverExport.Writer plover = new PloverExport.Writer(out);
          exit[0] = complete(records.to(plover));
          leftOut.putAll(plover.finish());
        });
        // PLOVER requires a day: say what had none, never write a null date.
        leftOut.forEach((reason, count) -> context.errln("left out " + count + " record(s): " + reason
            + " (PLOVER requires a day)"));
      }
      case pax -> context.write(output, out -> {
        PaxExport.Writer pax = new PaxExport.Writer(out, cells());
        exit[0] = complete(records.to(pax));
        pax.finish();
      });
    }
    return exit[0];
  }

  /** Refuses to put an incomplete file in place: a file that could not be read whole a second time. */
  private static int complete(int exit) throws IOException {
    if (exit != Main.OK) {
      throw new IOException("the input could not be read a second time; nothing was written");
    }
    return exit;
  }

  /**
   * Validates one JSON Lines file as {@code parley validate} does (on every core, in bounded memory),
   * printing its errors located by line and column.
   */
  private int validateLines(String file) {
    String name = Inputs.displayName(file);
    long[] errors = {0};
    try {
      new JsonLinesValidator(ParleyJson.standard(), Validator.standard())
          .withThreads(Runtime.getRuntime().availableProcessors()).validate(Path.of(file), problem -> {
            if (problem.severity() == Severity.ERROR) {
              errors[0]++;
              context.errln(problem.inFile(name).toString());
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      context.errln("parley export: " + name + ": "
          + (e instanceof java.io.UncheckedIOException u ? u.getCause() : e).getMessage());
      return Main.USAGE_OR_IO;
    }
    return errors[0] == 0 ? Main.OK : notExported(errors[0]);
  }

  private int notExported(long errors) {
    context.errln("parley export: the dataset has " + errors + " error(s) and was not exported; parley validate"
        + " shows where they are");
    return Main.INVALID;
  }

  private CsvExport.Cells cells() {
    return rawCells ? CsvExport.Cells.AS_IS : CsvExport.Cells.SPREADSHEET_SAFE;
  }
}
