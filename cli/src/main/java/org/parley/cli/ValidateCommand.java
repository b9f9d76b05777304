package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonDocumentValidator;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.Problem;
import org.parley.json.ValidationSummary;
import org.parley.plover.PloverValidator;
import org.parley.validate.Severity;
import org.parley.validate.SourceTexts;
import org.parley.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley validate FILE...}: reads each file strictly and checks every validation rule. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
    description = {"Check Parley datasets: JSON documents (.json) and JSON Lines files (.jsonl, .ndjson);"
        + " with --format plover, PLOVER event records (JSON Lines, or a JSON array of records).",
        "Every problem in every file is reported as file:line:column: severity code pointer: message,"
            + " then a summary line."},
    footer = {"", "Exit codes: 0 valid (warnings allowed), 1 invalid input, 2 usage or I/O error.",
        "Example: parley validate --texts seeds seeds/istanbul-2025.parley.json",
        "         parley validate --format plover events.jsonl"})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json }

  /** What the files hold: Parley's own records, or PLOVER event records. */
  enum Input { parley, plover }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; - reads standard input.")
  List<String> files;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Folder of the sources' documents, so that evidence is checked against them.")
  Path texts;

  @Option(names = "--lines", description = "Read every FILE as JSON Lines, whatever its name.")
  boolean lines;

  @Option(names = "--report", paramLabel = "FORMAT", description = "The report's format: text (default) or json.")
  Format report;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "What the files hold: parley (default) or plover (PLOVER event records, checked against the PLOVER"
          + " manual). text or json here choose the report's format, as --report does.")
  List<String> formats = List.of();

  @Option(names = "--lenient", description = "With --format plover: accept trailing commas and the field names of"
      + " earlier drafts of the PLOVER manual, as warnings.")
  boolean lenient;

  /** The report's format, from --report or --format. */
  private Format format = Format.text;

  /** What the files hold, from --format. */
  private Input input = Input.parley;

  @Option(names = "--max-errors", paramLabel = "N", description = "Stop after N errors.")
  Long maxErrors;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parse and check JSON Lines on N threads (default: one per processor); the problems and their"
          + " order are the same for any N.")
  Integer threads;

  @Option(names = "--max-per-code", paramLabel = "N", defaultValue = "100",
      description = "Show at most N problems of one code per file, then how many more there were; 0 shows all"
          + " (default: ${DEFAULT-VALUE}).")
  long maxPerCode;

  /** Problems of each code met in the current file, to collapse the repeated ones. */
  private final java.util.Map<String, Long> perCode = new java.util.LinkedHashMap<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically).")
  Path output;

  private final Main.Context context;
  private long errors;
  private long warnings;
  private long records;
  private boolean ioFailure;
  private boolean stopped;

  ValidateCommand(Main.Context context) {
    this.context = context;
  }

  /** Thrown to stop the run once --max-errors is reached. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  @Override
  public Integer call() throws IOException {
    for (String f : formats) {
      switch (f) {
        case "text", "json" -> format = Format.valueOf(f);
        case "parley", "plover" -> input = Input.valueOf(f);
        default -> {
          context.errln("parley validate: --format " + f + ": expected parley or plover (what the files hold), or text"
              + " or json (the report's format)");
          return Main.USAGE_OR_IO;
        }
      }
    }
    if (report != null) {
      format = report;
    }
    if (lenient && input != Input.plover) {
      context.errln("parley validate: --lenient applies to PLOVER records (--format plover) only; Parley's own format"
          + " is always read strictly");
      return Main.USAGE_OR_IO;
    }
    if (texts != null && input == Input.plover) {
      context.errln("parley validate: --texts applies to Parley datasets; a PLOVER record's event_text is checked"
          + " against its own text field");
      return Main.USAGE_OR_IO;
    }
    if (maxPerCode < 0) {
      context.errln("parley validate: --max-per-code must be 0 (show all) or more");
      return Main.USAGE_OR_IO;
    }
    if (threads != null && threads < 1) {
      context.errln("parley validate: --threads must be at least 1");
      return Main.USAGE_OR_IO;
    }
    if (maxErrors != null && maxErrors < 1) {
      context.errln("parley validate: --max-errors must be at least 1");
      return Main.USAGE_OR_IO;
    }
    if (texts != null && !java.nio.file.Files.isDirectory(texts)) {
      context.errln("parley validate: --texts " + texts + ": no such directory");
      return Main.USAGE_OR_IO;
    }
    if (output != null) {
      Main.Context.checkOutput(output, files);
    }
    context.write(output, this::report);
    return ioFailure ? Main.USAGE_OR_IO : errors > 0 ? Main.INVALID : Main.OK;
  }

  private void report(OutputStream out) {
    SourceTexts sourceTexts = texts == null ? SourceTexts.none() : DirectorySourceTexts.in(texts);
    Validator validator = Validator.builder().texts(sourceTexts).build();
    try (Reporter reporter = format == Format.json ? Reporter.json(out) : Reporter.text(out)) {
      int done = 0;
      int unreadable = 0;
      for (String file : files) {
        if (stopped) {
          break;
        }
        done++;
        String name = Inputs.displayName(file);
        boolean jsonLines = Inputs.isLines(file, lines);
        reporter.startFile(name, (input == Input.plover ? "plover-" : "") + (jsonLines ? "json-lines" : "json"));
        perCode.clear();
        String ioError = null;
        long before = records;
        try {
          if (input == Input.plover) {
            validatePlover(file, name, jsonLines, reporter);
          } else if (jsonLines) {
            validateLines(file, name, validator, reporter);
          } else {
            validateDocument(file, name, validator, reporter);
          }
        } catch (Stop stop) {
          stopped = true;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
          // unreadable input, or a --texts document that is not UTF-8
          ioError = e.getMessage();
          ioFailure = true;
          unreadable++;
          context.errln("parley validate: " + name + ": " + ioError);
        }
        if (maxPerCode > 0) {
          perCode.forEach((code, count) -> {
            if (count > maxPerCode) {
              reporter.suppressed(name, code, count - maxPerCode);
            }
          });
        }
        reporter.endFile(name, records - before, ioError);
      }
      reporter.summary(done, unreadable, records, errors, warnings, stopped);
    }
  }

  /** Counts and shows the problem; false when --max-errors is reached and the run must stop. */
  private boolean emit(Reporter reporter, String name, Problem problem) {
    if (problem.severity() == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    long seen = perCode.merge(problem.code(), 1L, Long::sum);
    if (maxPerCode == 0 || seen <= maxPerCode) {
      reporter.problem(name, problem);
    }
    return maxErrors == null || errors < maxErrors;
  }

  private void validateDocument(String file, String name, Validator validator, Reporter reporter) throws IOException {
    byte[] bytes = Inputs.readAll(file, context);
    // With --max-errors, validation itself stops at the error that reaches it, whole-dataset rules included.
    long left = maxErrors == null ? Long.MAX_VALUE : maxErrors - errors;
    tally(new JsonDocumentValidator(ParleyJson.standard(), validator)
        .validate(bytes, name, left, problem -> emit(reporter, name, problem)));
  }

  private void validatePlover(String file, String name, boolean jsonLines, Reporter reporter) throws IOException {
    PloverValidator validator = PloverValidator.standard().lenient(lenient).withThreads(parsingThreads());
    tally(jsonLines
        ? streamed(file, name, in -> validator.validateLines(in, name, problem -> emit(reporter, name, problem)))
        : validator.validateDocument(Inputs.readAll(file, context), name, problem -> emit(reporter, name, problem)));
  }

  private void validateLines(String file, String name, Validator validator, Reporter reporter) throws IOException {
    JsonLinesValidator lines = new JsonLinesValidator(ParleyJson.standard(), validator).withThreads(parsingThreads());
    tally(streamed(file, name, in -> lines.validateWhile(in, name, problem -> emit(reporter, name, problem))));
  }

  /** --threads, or one per processor. */
  private int parsingThreads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** A file read as a stream by {@code check}, its progress shown on a terminal and cleared after. */
  private ValidationSummary streamed(String file, String name,
      java.util.function.Function<InputStream, ValidationSummary> check) throws IOException {
    try (InputStream in = Inputs.open(file, context)) {
      return check.apply(new Progress(in, name));
    } finally {
      if (context.terminal) {
        context.err.print("\r\033[K");
        context.err.flush();
      }
    }
  }

  /** Counts a file's records; stops the run when --max-errors stopped the file. */
  private void tally(ValidationSummary summary) {
    records += summary.records();
    if (summary.stopped()) {
      throw new Stop();
    }
  }

  /** Counts bytes read and, on a terminal, shows the progress on standard error now and then. */
  private final class Progress extends java.io.FilterInputStream {
    private final String name;
    private long bytes;
    private long next = 8L << 20;

    Progress(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytes += n;
        if (context.terminal && bytes >= next) {
          next += 8L << 20;
          context.err.print("\r" + name + ": " + (bytes >> 20) + " MB read, " + errors + " errors");
          context.err.flush();
        }
      }
      return n;
    }
  }
}
