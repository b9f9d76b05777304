package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.Problem;
import org.parley.json.ValidationSummary;
import org.parley.testing.RandomDatasets;
import org.parley.validate.SourceTexts;
import org.parley.validate.Validator;

/**
 * The Flink job finds exactly what {@code parley validate} (the single-process {@link
 * JsonLinesValidator}) finds in the same files: the same problems — file, line, severity, code,
 * pointer and message — and the same counts per file. Each job runs on a local MiniCluster with
 * parallelism 2.
 */
class ValidateJobTest {

  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  /** A problem without its column, which the job gives only for read errors. */
  private record Found(String file, long line, String severity, String code, String pointer, String message) {
    static Found of(Problem p) {
      return new Found(p.file(), p.line(), p.severity().wireName(), p.code(), p.pointer().toString(), p.message());
    }
  }

  private static final Comparator<Found> ORDER = Comparator.comparing(Found::file).thenComparingLong(Found::line)
      .thenComparing(Found::pointer).thenComparing(Found::code).thenComparing(Found::message);

  private record Expected(List<Found> problems, Map<String, ValidateJob.FileSummary> files) {}

  private static Expected sequential(List<Path> files, String texts) throws IOException {
    SourceTexts sourceTexts = texts == null ? SourceTexts.none() : DirectorySourceTexts.in(Path.of(texts));
    JsonLinesValidator validator = new JsonLinesValidator(ParleyJson.standard(),
        Validator.builder().texts(sourceTexts).build());
    List<Found> problems = new ArrayList<>();
    Map<String, ValidateJob.FileSummary> summaries = new TreeMap<>();
    for (Path file : files) {
      ValidationSummary summary = validator.validate(file, p -> problems.add(Found.of(p)));
      summaries.put(file.toString(), new ValidateJob.FileSummary(summary.records(), summary.errors(), summary.warnings()));
    }
    problems.sort(ORDER);
    return new Expected(problems, summaries);
  }

  private static ValidateJob.Result flink(List<Path> files, String texts) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    List<org.apache.flink.core.fs.Path> paths = files.stream()
        .map(f -> new org.apache.flink.core.fs.Path(f.toString())).toList();
    return ValidateJob.run(env, paths, texts);
  }

  private static void assertSame(List<Path> files, String texts) throws Exception {
    Expected expected = sequential(files, texts);
    ValidateJob.Result result = flink(files, texts);
    List<Found> found = new ArrayList<>(result.problems().stream().map(Found::of).toList());
    found.sort(ORDER);
    List<Found> missing = new ArrayList<>(expected.problems());
    found.forEach(missing::remove);
    List<Found> extra = new ArrayList<>(found);
    expected.problems().forEach(extra::remove);
    assertThat(missing).as("found by the validator, not by the job").isEmpty();
    assertThat(extra).as("found by the job, not by the validator").isEmpty();
    assertThat(found).containsExactlyElementsOf(expected.problems());
    assertThat(result.files()).containsExactlyInAnyOrderEntriesOf(expected.files());
  }

  @Test
  void findsNothingWrongInTheSeedDatasetButWhatTheValidatorFinds() throws Exception {
    Path seed = Files.copy(SEEDS.resolve("istanbul-2025.parley.jsonl"), dir.resolve("seed.jsonl"));

    ValidateJob.Result result = flink(List.of(seed), SEEDS.toString());

    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).containsExactly(Map.entry(seed.toString(), new ValidateJob.FileSummary(46, 0, 0)));
    assertSame(List.of(seed), SEEDS.toString());
  }

  @Test
  void namesAFileAsItWasGivenEvenRelative() throws Exception {
    Path relative = Path.of("..", "seeds", "istanbul-2025.parley.jsonl");

    ValidateJob.Result result = flink(List.of(relative), null);

    assertThat(result.files()).containsOnlyKeys("../seeds/istanbul-2025.parley.jsonl");
    assertThat(result.problems()).extracting(Problem::file).containsOnly("../seeds/istanbul-2025.parley.jsonl");
    assertSame(List.of(relative), null);
  }

  @Test
  void findsWhatTheValidatorFindsInAFaultyCopyOfTheSeedDataset() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(SEEDS.resolve("istanbul-2025.parley.jsonl")));
    String firstReport = lines.get(41);
    lines.set(42, lines.get(42).replaceFirst("\"start\":(\\d+)", "\"start\":1$1"));    // evidence off by far
    lines.set(43, lines.get(43).replace("actor:vladimir-medinsky", "actor:nobody"));   // an unknown actor
    lines.add(firstReport);                                                            // a report repeated
    lines.add(lines.get(2));                                                           // an actor repeated
    lines.add(5, lines.get(44));                                                       // a report before its index
    lines.add("{\"actor\":{\"id\":\"actor:cycle-a\",\"kind\":\"group\",\"name\":\"A\",\"affiliation\":\"actor:cycle-b\"}}");
    lines.add("{\"actor\":{\"id\":\"actor:cycle-b\",\"kind\":\"group\",\"name\":\"B\",\"affiliation\":\"actor:cycle-a\"}}");
    lines.add("{\"report\": not json}");
    lines.add("");
    lines.set(20, lines.get(20).replace("\"kind\":\"", "\"kind\":\"x"));              // an unknown value
    Path faulty = dir.resolve("faulty.jsonl");
    Files.write(faulty, lines);

    Expected expected = sequential(List.of(faulty), SEEDS.toString());
    assertThat(expected.problems()).extracting(Found::code).contains("id.duplicate", "reference.unknown-actor",
        "evidence.text-mismatch", "actor.affiliation-cycle", "report.duplicate-account", "json.syntax");
    assertSame(List.of(faulty), SEEDS.toString());
  }

  /** The seed articles as a JSON Lines file of texts, each under the path its source records. */
  private Path seedTexts(String... extraLines) throws IOException {
    StringBuilder text = new StringBuilder();
    tools.jackson.core.json.JsonFactory json = new tools.jackson.core.json.JsonFactory();
    try (java.util.stream.Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        java.io.StringWriter line = new java.io.StringWriter();
        try (tools.jackson.core.JsonGenerator out = json.createGenerator(tools.jackson.core.ObjectWriteContext.empty(),
            line)) {
          out.writeStartObject();
          out.writeStringProperty("path", "seeds/" + file.getFileName());
          out.writeStringProperty("text", Files.readString(file));
          out.writeEndObject();
        }
        text.append(line).append('\n');
      }
    }
    for (String extra : extraLines) {
      text.append(extra).append('\n');
    }
    return Files.writeString(dir.resolve("texts.jsonl"), text);
  }

  @Test
  void checksEvidenceAgainstTextsGivenAsAFileAsAgainstTheFolder() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(SEEDS.resolve("istanbul-2025.parley.jsonl")));
    lines.set(42, lines.get(42).replaceFirst("\"start\":(\\d+)", "\"start\":1$1"));     // evidence off
    lines.set(37, lines.get(37).replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + "0".repeat(64) + "\""));
    lines.add(lines.get(43).replace("report:", "report:again-"));                        // a later report
    Path faulty = dir.resolve("faulty.jsonl");
    Files.write(faulty, lines);
    Path texts = seedTexts();

    Expected expected = sequential(List.of(faulty), SEEDS.toString());
    ValidateJob.Result result = flink(List.of(faulty), texts.toString());

    assertThat(expected.problems()).extracting(Found::code)
        .contains("evidence.text-mismatch", "source.document-hash-mismatch").doesNotContain("evidence.unchecked");
    List<Found> found = new ArrayList<>(result.problems().stream().map(Found::of).toList());
    found.sort(ORDER);
    assertThat(found).containsExactlyElementsOf(expected.problems());
  }

  @Test
  void saysWhatIsWrongInAFileOfTexts() throws Exception {
    Path seed = Files.copy(SEEDS.resolve("istanbul-2025.parley.jsonl"), dir.resolve("seed.jsonl"));
    Path texts = seedTexts("{\"path\":\"seeds/000_996755ad325e6c74.txt\",\"text\":\"another\"}",
        "{\"path\":\"x\",\"text\":\"y\",\"note\":\"z\"}", "{\"path\":\"x\"}", "[1]", "{oops", "");

    ValidateJob.Result result = flink(List.of(seed), texts.toString());

    assertThat(result.problems()).extracting(p -> p.line() + " " + p.code() + " " + p.pointer() + ": " + p.message())
        .containsExactly(
            "6 id.duplicate /path: the path seeds/000_996755ad325e6c74.txt is already given by line 1; give each"
                + " document once",
            "7 json.unknown-field /note: unknown field \"note\" in a line of texts; expected path and text",
            "8 json.missing-field /text: a line of texts needs both path and text",
            "9 json.wrong-type : a line of texts is an object {\"path\": …, \"text\": …}",
            "10 json.syntax : Unexpected character ('o' (code 111)): was expecting double-quote to start property name",
            "11 json.empty : the line is blank; every line of a file of texts holds one object");
    assertThat(result.problems()).extracting(Problem::file).containsOnly(texts.toString());
  }

  private static String lines(org.parley.model.Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Several random datasets in one file (ids repeat across them), with faults injected by the seed. */
  private static String corpus(long seed, int datasets) throws IOException {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < datasets; i++) {
      String part = lines(RandomDatasets.of(seed * 100 + i));
      text.append(i == 0 ? part : part.substring(part.indexOf('\n') + 1));
    }
    List<String> all = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
    for (int fault = 0; fault < 4; fault++) {
      int at = 1 + random.nextInt(all.size() - 1);
      switch (random.nextInt(7)) {
        case 0 -> all.set(at, "");                                      // a blank line
        case 1 -> all.set(at, all.get(at).replace("\"", "'"));          // broken syntax
        case 2 -> all.add(at, all.get(random.nextInt(all.size())));     // a record repeated
        case 3 -> all.set(at, all.get(at).replace("\"kind\":\"", "\"kind\":\"x")); // an unknown value
        case 4 -> all.set(0, all.get(1));                               // no header
        case 5 -> all.add(1, all.get(all.size() - 2));                  // a late record first
        default -> all.set(at, all.get(at) + " {}");                    // trailing content
      }
    }
    return String.join("\n", all);
  }

  @Test
  void findsWhatTheValidatorFindsInTwoThousandRandomDatasetsSplitAcrossFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < 100; f++) {
      Path file = dir.resolve("corpus-" + f + ".jsonl");
      Files.writeString(file, corpus(f, 20));
      files.add(file);
    }
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    files.add(empty);

    Expected expected = sequential(files, null);
    assertThat(expected.problems()).hasSizeGreaterThan(1000);
    assertSame(files, null);
  }

  @Test
  void findsKeysThatFileClaimsOfDifferentKindsAcrossReportsAsTheValidatorDoes() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < 10; f++) {
      Path file = dir.resolve("twins-" + f + ".jsonl");
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        String part = lines(org.parley.testing.Twins.of(f * 100L + i));
        text.append(i == 0 ? part : part.substring(part.indexOf('\n') + 1));
      }
      Files.writeString(file, text);
      files.add(file);
    }

    Expected expected = sequential(files, null);
    List<Found> unlike = expected.problems().stream()
        .filter(p -> p.code().equals(org.parley.validate.Codes.KEY_JOINS_UNLIKE_KINDS)).toList();
    // Twins copy a report's keyed claims into two other reports, changing some of their kinds.
    assertThat(unlike).hasSizeGreaterThan(20);
    assertThat(unlike).anyMatch(p -> !p.message().contains("at line " + p.line() + " at "));
    assertSame(files, null);
  }
}
