package org.parley.flink;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.parley.files.AtomicFile;
import org.parley.json.Problem;
import org.parley.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code java -jar parley-flink.jar validate --input DIR --output DIR}: Parley's validation as a
 * Flink job, on an embedded local Flink, or on a cluster when the jar is submitted with {@code flink run}.
 */
@Command(name = "parley-flink", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, subcommands = {Main.Validate.class, Main.Reconcile.class},
    description = "Parley on Apache Flink: validate and reconcile corpora of JSON Lines files larger than one machine.")
public final class Main implements Runnable {

  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE_OR_IO = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to run: validate or reconcile");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      err.println("parley-flink: " + (e instanceof IOException || e instanceof IllegalArgumentException
          ? e.getMessage() : "the job failed: " + cause));
      return USAGE_OR_IO;
    });
    return commandLine.execute(args);
  }

  /** The version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      java.util.Properties properties = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"parley-flink " + properties.getProperty("version", "unknown") + " (Apache Flink "
          + org.apache.flink.runtime.util.EnvironmentInformation.getVersion() + ")"};
    }
  }

  /** {@code validate}: every rule on every file, as {@code parley validate} checks them. */
  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = {"Validate JSON Lines files, each one dataset, with every rule of parley validate.",
          "Writes OUTPUT/problems.jsonl (one problem a line: file, line, pointer, severity, code, message) and"
              + " OUTPUT/summary.json (records, errors and warnings per file)."},
      footer = {"", "Exit codes: 0 valid (warnings allowed), 1 invalid input, 2 usage or I/O error.",
          "Example: java -jar parley-flink.jar validate --input corpus/ --texts texts/ --output out/"})
  static final class Validate implements Callable<Integer> {

    @CommandLine.Mixin
    Job job;

    @Option(names = "--texts", paramLabel = "PATH",
        description = "The sources' documents, so that evidence is checked against them: a folder (a path every"
            + " task manager can read, on a cluster), or a JSON Lines file of texts, one {\"path\": …, \"text\": …}"
            + " per line, a source's document found by its exact path.")
    String texts;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for problems.jsonl and summary.json.")
    java.nio.file.Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (texts != null && !new Path(texts).getFileSystem().exists(new Path(texts))) {
        throw new IllegalArgumentException("--texts " + texts + ": no such folder or file");
      }
      List<Path> files = job.files();
      StreamExecutionEnvironment env = job.environment();
      Files.createDirectories(output);
      ValidateJob.Result result = ValidateJob.run(env, files, texts);
      AtomicFile.write(output.resolve("problems.jsonl"), stream -> {
        Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
        for (Problem problem : result.problems()) {
          writer.write(Problems.json(Problems.part(problem)));
          writer.write('\n');
        }
        writer.flush();
      });
      long records = 0;
      long errors = 0;
      long warnings = 0;
      StringBuilder summary = new StringBuilder("{\"files\":[");
      String comma = "";
      for (var file : result.files().entrySet()) {
        ValidateJob.FileSummary s = file.getValue();
        records += s.records();
        errors += s.errors();
        warnings += s.warnings();
        summary.append(comma).append("\n  ").append(Problems.summary(file.getKey(), s));
        comma = ",";
      }
      summary.append("\n],\"records\":").append(records).append(",\"errors\":").append(errors)
          .append(",\"warnings\":").append(warnings).append("}\n");
      AtomicFile.write(output.resolve("summary.json"),
          stream -> stream.write(summary.toString().getBytes(StandardCharsets.UTF_8)));
      out.println(result.files().size() + " file(s), " + records + " record(s): " + errors + " error(s), " + warnings
          + " warning(s); problems in " + output.resolve("problems.jsonl"));
      return result.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR) ? INVALID : OK;
    }
  }

  /** {@code reconcile}: one reconciliation per negotiation, as {@code parley reconcile --format json} gives them. */
  @Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = {"Reconcile the reports of each negotiation in JSON Lines files, pooled as parley reconcile pools"
          + " them (files in the order given; the first record of an id is kept).",
          "Writes OUTPUT/reconciliations.jsonl: one reconciliation per negotiation with reports, one line each."},
      footer = {"", "Exit codes: 0 done, 1 a line could not be read as Parley JSON (nothing is written), 2 usage or"
          + " I/O error.", "Example: java -jar parley-flink.jar reconcile --input corpus/ --output out/"})
  static final class Reconcile implements Callable<Integer> {

    @CommandLine.Mixin
    Job job;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for reconciliations.jsonl.")
    java.nio.file.Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Path> files = job.files();
      StreamExecutionEnvironment env = job.environment();
      ReconcileJob.Result result = ReconcileJob.run(env, files);
      if (!result.problems().isEmpty()) {
        result.problems().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println("parley-flink: " + result.problems().size()
            + " line(s) could not be read; nothing was reconciled");
        return INVALID;
      }
      Files.createDirectories(output);
      AtomicFile.write(output.resolve("reconciliations.jsonl"), stream -> {
        for (String reconciliation : result.reconciliations()) {
          stream.write(reconciliation.getBytes(StandardCharsets.UTF_8));
          stream.write('\n');
        }
      });
      spec.commandLine().getOut().println(result.reconciliations().size() + " negotiation(s) reconciled from "
          + files.size() + " file(s); in " + output.resolve("reconciliations.jsonl"));
      return OK;
    }
  }

  /** What both jobs take: the input files and the parallelism. */
  static final class Job {

    @Option(names = "--input", required = true, paramLabel = "PATH",
        description = "A JSON Lines file, a folder (its .jsonl and .ndjson files, in subfolders too, in name order) or"
            + " a glob such as data/*.jsonl; repeat for more.")
    List<String> inputs;

    @Option(names = "--parallelism", paramLabel = "N",
        description = "Tasks per operator (default: the processors here, or the cluster's default under flink run).")
    Integer parallelism;

    /** The JSON Lines files the inputs name, in order; an error when there are none. */
    List<Path> files() throws IOException {
      List<Path> files = new ArrayList<>();
      for (String input : inputs) {
        files.addAll(expand(input));
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no JSON Lines file (.jsonl, .ndjson) in " + String.join(", ", inputs));
      }
      return files;
    }

    /** The environment: embedded under java -jar, the cluster's under flink run; never Kryo. */
    StreamExecutionEnvironment environment() {
      if (parallelism != null && parallelism < 1) {
        throw new IllegalArgumentException("--parallelism must be at least 1");
      }
      Configuration config = new Configuration();
      config.set(PipelineOptions.GENERIC_TYPES, false);   // every type has Flink's own serializer
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
      if (parallelism != null) {
        env.setParallelism(parallelism);
      }
      return env;
    }
  }

  /** The JSON Lines files a path names: itself, a folder's (recursively), or a glob's in its folder. */
  static List<Path> expand(String input) throws IOException {
    Path path = new Path(input);
    String name = path.getName();
    List<Path> files = new ArrayList<>();
    if (name.contains("*") || name.contains("?") || name.contains("[") || name.contains("{")) {
      Path folder = path.getParent() == null ? new Path(".") : path.getParent();
      java.nio.file.PathMatcher glob = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + name);
      FileStatus[] listed = folder.getFileSystem().exists(folder) ? folder.getFileSystem().listStatus(folder) : null;
      if (listed != null) {
        for (FileStatus status : listed) {
          if (!status.isDir() && glob.matches(java.nio.file.Path.of(status.getPath().getName()))) {
            files.add(new Path(folder, status.getPath().getName()));   // named as the user named the folder
          }
        }
      }
      files.sort(java.util.Comparator.comparing(Path::toString));
      return files;
    }
    FileSystem fs = path.getFileSystem();
    if (!fs.exists(path)) {
      throw new IOException("--input " + input + ": no such file or folder");
    }
    if (!fs.getFileStatus(path).isDir()) {
      return List.of(path);
    }
    collect(fs, path, files);
    files.sort(java.util.Comparator.comparing(Path::toString));
    return files;
  }

  private static void collect(FileSystem fs, Path folder, List<Path> files) throws IOException {
    for (FileStatus status : fs.listStatus(folder)) {
      String name = status.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      Path child = new Path(folder, name);   // named as the user named the folder
      if (status.isDir()) {
        collect(fs, child, files);
      } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        files.add(child);
      }
    }
  }
}
