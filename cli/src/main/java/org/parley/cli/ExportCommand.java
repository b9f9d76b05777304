package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.CsvExport;
import org.parley.export.CsvStream;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.validate.Severity;
import org.parley.export.PaxExport;
import org.parley.export.PloverExport;
import org.parley.model.Dataset;
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
    if (format == Format.csv && inputs.files.size() == 1 && !inputs.files.get(0).equals("-")
        && Inputs.isLines(inputs.files.get(0), inputs.lines)) {
      Integer streamed = streamCsv(inputs.files.get(0));
      if (streamed != null) {
        return streamed;
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
      context.errln("parley export: the dataset has " + result.errors().size() + " error(s) and was not exported;"
          + " parley validate shows where they are");
      return Main.INVALID;
    }
    if (format == Format.csv) {
      for (Path written : CsvExport.write(dataset, output, cells())) {
        context.errln("wrote " + written);
      }
    } else if (format == Format.parquet) {
      for (Path written : SqlExport.writeParquet(dataset, output)) {
        context.errln("wrote " + written);
      }
    } else {
      if (output != null && Files.isDirectory(output)) {
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
      if (output != null) {
        Main.Context.checkOutput(output, inputs.files);
      }
      if (format == Format.duckdb) {
        SqlExport.writeDatabase(dataset, output);
        context.errln("wrote " + output);
      } else if (format == Format.plover) {
        java.util.Map<String, Integer> leftOut = new java.util.TreeMap<>();
        context.write(output, out -> leftOut.putAll(PloverExport.write(dataset, out)));
        // PLOVER requires a day: say what had none, never write a null date.
        leftOut.forEach((reason, count) -> context.errln("left out " + count + " record(s): " + reason
            + " (PLOVER requires a day)"));
      } else {
        context.write(output, out -> CsvExport.write(PaxExport.table(dataset), out, cells()));
      }
    }
    return Main.OK;
  }

  /**
   * One JSON Lines file as CSV tables without holding its reports: validated first, as {@code parley
   * validate} does (on every core, in bounded memory), then read a second time and written report by
   * report ({@link CsvStream}). Null when the file gives an actor, negotiation, agreement or source after
   * a report, which a streamed export cannot take: then the file is exported whole.
   */
  private Integer streamCsv(String file) throws IOException {
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
    if (errors[0] > 0) {
      context.errln("parley export: the dataset has " + errors[0] + " error(s) and was not exported; parley validate"
          + " shows where they are");
      return Main.INVALID;
    }
    try (CsvStream csv = CsvStream.into(output, cells())) {
      int exit = Pool.each("export", file, name, true, context, csv);
      if (exit != Main.OK) {
        return exit;
      }
      for (Path written : csv.finish()) {
        context.errln("wrote " + written);
      }
      return Main.OK;
    } catch (CsvStream.IndexAfterReport e) {
      return null;   // an index record after a report: exported whole below
    }
  }

  private CsvExport.Cells cells() {
    return rawCells ? CsvExport.Cells.AS_IS : CsvExport.Cells.SPREADSHEET_SAFE;
  }
}
