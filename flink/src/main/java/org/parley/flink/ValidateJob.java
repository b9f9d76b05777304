package org.parley.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.util.CloseableIterator;
import org.parley.json.Problem;

/**
 * {@code validate} on Flink: every rule of Parley's validator over many JSON Lines files, each file
 * one dataset as {@code parley validate} takes it, with the work spread by key instead of one index
 * in one process:
 *
 * <ol>
 *   <li>the files are split into lines ({@link JsonLinesFormat}, one reader per file) and the lines
 *       parsed on every task ({@link Parse});
 *   <li>references are joined with the index records by id, and repeated ids found ({@link Resolve});
 *   <li>each file's index records are checked among themselves, and responders' affiliations walked,
 *       by file ({@link Index});
 *   <li>each report is bundled with what it names (keyed by its line) and checked with every rule,
 *       keyed by its source, whose text a task then reads once ({@link Check});
 *   <li>repeated report ids and second accounts are found by keying on them ({@link Duplicates}), and
 *       keys that file claims of different kinds by keying on the keyed item ({@link UnlikeKinds}).
 * </ol>
 *
 * The problems are exactly those {@code parley validate} finds in the same files (the column aside,
 * which only read errors carry here).
 */
public final class ValidateJob {

  private static final TypeInformation<Part> PART = TypeInformation.of(Part.class);

  private ValidateJob() {}

  /** What a run found: the problems, ordered by file, line and pointer, and each file's counts. */
  public record Result(List<Problem> problems, Map<String, FileSummary> files) {}

  /** One file's counts: records read, errors and warnings. */
  public record FileSummary(long records, long errors, long warnings) {}

  /**
   * Runs the job on {@code env} over {@code files} (JSON Lines files), checking evidence against the
   * documents in the folder {@code texts}, or in the JSON Lines file of texts {@code texts} (lines
   * {@code {"path": …, "text": …}}, a source's document found by its exact path), or none when it is
   * null; and collects what it finds.
   */
  public static Result run(StreamExecutionEnvironment env, List<Path> files, String texts) throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    DataStream<Part> found = build(env, files, texts);
    List<Problem> problems = new ArrayList<>();
    Map<String, long[]> counts = new TreeMap<>();
    for (Path file : files) {
      counts.put(JsonLinesFormat.name(file), new long[3]);
    }
    try (CloseableIterator<Part> parts = found.executeAndCollect("parley validate")) {
      while (parts.hasNext()) {
        Part part = parts.next();
        long[] count = counts.computeIfAbsent(part.file, f -> new long[3]);
        if (part.type == Part.COUNT) {
          count[0] += part.line;
        } else {
          problems.add(Problems.problem(part));
          count["error".equals(part.severity) ? 1 : 2]++;
        }
      }
    }
    problems.sort(Comparator.comparing(Problem::file).thenComparingLong(Problem::line).thenComparingLong(Problem::column)
        .thenComparing(p -> p.pointer().toString()).thenComparing(Problem::code).thenComparing(Problem::message));
    Map<String, FileSummary> summaries = new TreeMap<>();
    counts.forEach((file, c) -> summaries.put(file, new FileSummary(c[0], c[1], c[2])));
    return new Result(problems, summaries);
  }

  /** The job's graph: its output is every problem and, per file, one {@link Part#COUNT} of the records read. */
  static DataStream<Part> build(StreamExecutionEnvironment env, List<Path> files, String texts) {
    FileSource<Part> source = FileSource.forBulkFileFormat(new JsonLinesFormat(files), files.toArray(new Path[0])).build();
    boolean textsInFile = Texts.isFile(texts);
    DataStream<Part> parts = env.fromSource(source, WatermarkStrategy.noWatermarks(), "JSON Lines")
        .rebalance()
        .flatMap(new Parse(textsInFile)).returns(PART).name("parse");

    DataStream<Part> defs = parts.filter(p -> p.type == Part.DEF).name("index records");
    DataStream<Part> textProblems = null;
    if (textsInFile) {
      // Texts as a file: each joined by its path with the sources that name it, then travelling with the source.
      DataStream<Part> given = env.fromSource(FileSource.forBulkFileFormat(new TextsFormat(), new Path(texts)).build(),
              WatermarkStrategy.noWatermarks(), "texts")
          .rebalance().flatMap(new ParseText()).returns(PART).name("parse texts");
      DataStream<Part> attached = parts.filter(p -> p.type == Part.DOC).coGroup(given.filter(p -> p.type == Part.TEXT))
          .where(BY_PATH, Types.STRING).equalTo(BY_PATH, Types.STRING)
          .window(GlobalWindows.createWithEndOfStreamTrigger()).apply(new AttachText(), PART).name("join texts");
      defs = defs.union(attached.filter(p -> p.type == Part.SOURCE_TEXT));
      textProblems = given.filter(p -> p.type == Part.PROBLEM).union(attached.filter(p -> p.type == Part.PROBLEM));
    }
    DataStream<Part> refs = parts.filter(p -> p.type == Part.REF).name("references");
    DataStream<Part> chains = parts.filter(p -> p.type == Part.CHAIN).name("responders");
    DataStream<Part> reports = parts.filter(p -> p.type == Part.REPORT).name("reports");

    DataStream<Part> resolved = defs.coGroup(refs).where(BY_ID, Types.STRING).equalTo(BY_ID, Types.STRING)
        .window(GlobalWindows.createWithEndOfStreamTrigger()).apply(new Resolve(), PART).name("resolve references");
    DataStream<Part> index = defs.coGroup(chains).where(BY_FILE, Types.INT).equalTo(BY_FILE, Types.INT)
        .window(GlobalWindows.createWithEndOfStreamTrigger()).apply(new Index(texts, textsInFile), PART)
        .name("check index");
    DataStream<Part> parties = index.filter(p -> p.type == Part.PARTY).name("parties");
    DataStream<Part> bundles = reports.coGroup(resolved.filter(p -> p.type == Part.FOUND).union(parties))
        .where(BY_LINE, Types.LONG).equalTo(BY_REPORT, Types.LONG)
        .window(GlobalWindows.createWithEndOfStreamTrigger()).apply(new Resolve.Bundle(), PART).name("bundle reports");
    DataStream<Part> checked = bundles.keyBy(BY_SOURCE, Types.STRING).flatMap(new Check(texts, textsInFile)).returns(PART)
        .name("check reports");
    DataStream<Part> duplicates = parts.filter(p -> p.type == Part.REPORT_ID || p.type == Part.ACCOUNT)
        .keyBy(BY_KEY, Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
        .process(new Duplicates(), PART).name("repeated reports");
    DataStream<Part> unlike = parts.filter(p -> p.type == Part.KEYED)
        .keyBy(BY_KEY, Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
        .process(new UnlikeKinds(), PART).name("keys of unlike claims");
    DataStream<Part> counts = parts.filter(p -> p.type == Part.COUNT).name("counts");

    DataStream<Part> problems = parts.filter(p -> p.type == Part.PROBLEM).name("read problems")
        .union(resolved.filter(p -> p.type == Part.PROBLEM), index.filter(p -> p.type == Part.PROBLEM), checked,
            duplicates, unlike, counts);
    return textProblems == null ? problems : problems.union(textProblems);
  }

  // Keys put what tells records apart first and the file as a short number last: batch execution sorts by
  // key, and a long common prefix (a file's path) made every comparison walk it. Lambdas, with their key
  // types given where they are used, as Flink cannot read a lambda's result type.

  /** A record by its id, in its file. */
  private static final KeySelector<Part, String> BY_ID = part -> part.key + "\n" + part.fileIndex;
  private static final KeySelector<Part, Integer> BY_FILE = part -> part.fileIndex;
  /** A report by its own line. */
  private static final KeySelector<Part, Long> BY_LINE = part -> place(part.fileIndex, part.line);
  /** A record found for a report, by the report's line. */
  private static final KeySelector<Part, Long> BY_REPORT = part -> place(part.fileIndex, part.at);
  private static final KeySelector<Part, String> BY_SOURCE = part -> part.key2 + "\n" + part.fileIndex;
  /** A document by its path (texts are not per file). */
  private static final KeySelector<Part, String> BY_PATH = part -> part.key;
  /** What must not repeat: a report id, or a source's account of a negotiation. */
  private static final KeySelector<Part, String> BY_KEY = part -> part.key + "\n" + part.type + "\n" + part.fileIndex;

  /** A line of a file as one number: the line in the low 40 bits (a trillion lines), the file above. */
  static long place(int fileIndex, long line) {
    return ((long) fileIndex << 40) | line;
  }
}
