package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.ParleyJson;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Dataset;
import org.parley.model.Document;
import org.parley.model.Evidence;
import org.parley.model.PersonTitle;
import org.parley.model.Statement;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Demand;
import org.parley.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands run in-process on real files: the seed dataset, the bad-input corpus, JSON Lines. */
class CliTest {

  static final Path SEEDS = Path.of("..", "seeds");
  static final String SEED_DATASET = SEEDS.resolve("istanbul-2025.parley.json").toString();
  static final Path BAD = Path.of("..", "json", "src", "test", "resources", "bad");

  /** What one run printed and returned. */
  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    List<String> lines() {
      return out.lines().collect(Collectors.toList());
    }
  }

  static Run withInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run parley(String... args) {
    return withInput("", args);
  }

  private static String bad(String name) {
    return BAD.resolve(name).toString();
  }

  @Test
  void validatesTheSeedDatasetAgainstTheArticles() {
    Run run = parley("validate", "--texts", SEEDS.toString(), SEED_DATASET);

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.out).isEqualTo("1 file, 46 records: 0 errors, 0 warnings\n");
  }

  @Test
  void saysWhenEvidenceWasNotCheckedForWantOfTexts() {
    Run run = parley("validate", SEED_DATASET);

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.lines()).hasSize(6);
    assertThat(run.lines().get(0)).isEqualTo(SEED_DATASET + ":382:17: warning evidence.unchecked /reports/0/source:"
        + " no text of source:newsaz-bekish-opinion was supplied, so the 37 evidence passage(s) of this report were"
        + " not checked against it");
    assertThat(run.lines().get(5)).isEqualTo("1 file, 46 records: 0 errors, 5 warnings");
  }

  @Test
  void reportsEachBadFileOnItsLine() {
    Run run = parley("validate", bad("issue-terrain.json"), bad("truncated-in-string.json"),
        bad("duplicate-name.json"), bad("byte-order-mark.json"));

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).containsExactly(
        bad("issue-terrain.json") + ":107:20: error json.unknown-value /reports/0/demands/0/issue: unknown value"
            + " \"terrain\"; expected one of territory, ceasefire, prisoners, sanctions, recognition,"
            + " security_guarantees, military_limits, accountability, leaders_meeting, other, hostages,"
            + " humanitarian_access, displacement_and_return, remains, monitoring_and_verification,"
            + " civilian_protection, withdrawal, disarmament_demobilization, border_demarcation,"
            + " transit_and_connectivity, normalization, economic_cooperation, nuclear_program, power_sharing,"
            + " elections, constitutional_reform, transitional_justice",
        bad("truncated-in-string.json") + ":1:15: error json.syntax /parley: Unexpected end-of-input in VALUE_STRING",
        bad("duplicate-name.json") + ":7:25: error json.duplicate-key /actors/0/name: the field \"name\" occurs twice"
            + " in one actor",
        bad("byte-order-mark.json") + ":1:1: error json.byte-order-mark (document): the input starts with a"
            + " byte-order mark, which JSON forbids; save it as UTF-8 without BOM",
        "4 files, 0 records: 4 errors, 0 warnings");
  }

  /** A problem line as parley validate prints it: file, line, column, severity, code, pointer, message. */
  private static final java.util.regex.Pattern PROBLEM = java.util.regex.Pattern.compile(
      "(.+):(\\d+):(\\d+): (error|warning) ([a-z0-9.-]+) (\\(document\\)|/\\S*): (.+)");

  @Test
  void placesEveryReadErrorOfTheBadCorpusAtFileLineAndColumn() throws IOException {
    List<String> files;
    try (java.util.stream.Stream<Path> all = Files.list(BAD)) {
      files = all.map(Path::toString).sorted().collect(Collectors.toList());
    }
    List<String> args = new java.util.ArrayList<>(List.of("validate", "--max-per-code", "0"));
    args.addAll(files);

    Run run = parley(args.toArray(String[]::new));

    List<String> lines = run.lines();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(files.size() + " files, 0 records: " + (lines.size() - 1)
        + " errors, 0 warnings");
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> {
      java.util.regex.Matcher m = PROBLEM.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(files).contains(m.group(1));
      assertThat(Long.parseLong(m.group(2))).as(line).isPositive();
      assertThat(Long.parseLong(m.group(3))).as(line).isPositive();
    });
    assertThat(lines.stream().map(l -> l.substring(0, Math.max(0, l.indexOf(':')))).distinct())
        .hasSize(files.size() + 1);
  }

  @Test
  void placesEveryProblemOfAJsonLinesFileWithDuplicatesAndDanglingReferencesAtItsValue(@TempDir Path dir)
      throws IOException {
    Report dangling = Report.builder().from(Fixtures.report()).id(ReportId.of("report:dangling"))
        .source(SourceId.of("source:nowhere")).build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addActors(org.parley.model.Actor.builder().id(Fixtures.TRUMP).kind(org.parley.model.ActorKind.PERSON)
            .name("Trump — again").affiliation(org.parley.model.ActorId.of("actor:nobody")).build())
        .addReports(Fixtures.report(), dangling).build();
    Path file = dir.resolve("talks.jsonl");
    ParleyJson.standard().writeLines(dataset, file);
    List<String> text = Files.readAllLines(file);

    Run run = parley("validate", file.toString());

    List<String> lines = run.lines();
    assertThat(lines.subList(0, lines.size() - 1)).extracting(l -> {
      java.util.regex.Matcher m = PROBLEM.matcher(l);
      return m.matches() ? m.group(1).equals(file.toString()) + " " + m.group(2) + " " + m.group(5) + " " + m.group(6)
          : l;
    }).containsExactly(
        "true 14 evidence.unchecked /report/source",
        "true 15 id.duplicate /report/id",
        "true 15 report.duplicate-account /report/source",
        "true 15 evidence.unchecked /report/source",
        "true 16 reference.unknown-source /report/source",
        "true 10 id.duplicate /actor/id",
        "true 10 reference.unknown-actor /actor/affiliation");
    assertThat(lines.get(1)).endsWith("id report:fixture-article is already used by line 14; ids must be unique");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("1 file, 15 records: 4 errors, 3 warnings");
    JsonMapper mapper = JsonMapper.builder().build();
    for (String line : lines.subList(0, lines.size() - 1)) {
      java.util.regex.Matcher m = PROBLEM.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      String printed = text.get(Integer.parseInt(m.group(2)) - 1);
      JsonNode value = mapper.readTree(printed).at(m.group(6));
      assertThat(value.isMissingNode()).as("%s names a value of its line", line).isFalse();
      String from = printed.substring(printed.offsetByCodePoints(0, Integer.parseInt(m.group(3)) - 1));
      assertThat(from).as("the column of %s", line).startsWith(mapper.writeValueAsString(value));
    }
  }

  @Test
  void placesValidationErrorsOfADocumentAtTheirLineAndColumn(@TempDir Path dir) throws IOException {
    Demand demand = Fixtures.report().demands().get(0);
    Dataset broken = Fixtures.withReport(r -> r.demands(List.of(Demand.builder().from(demand)
        .addressee(demand.by()).build())));
    Path file = dir.resolve("broken.json");
    ParleyJson.standard().write(broken, file);

    Run run = parley("validate", file.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines().get(0)).isEqualTo(file + ":230:24: error demand.self-addressed"
        + " /reports/0/demands/0/addressee: the demand is addressed to actor:russia, who makes it; the addressee is"
        + " the actor asked to act or concede");
  }

  @Test
  void printsTheSameOnAnyNumberOfThreadsAndRefusesFewerThanOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fixture.jsonl");
    ParleyJson.standard().writeLines(Fixtures.dataset(), file);
    String text = Files.readString(file);
    Files.writeString(file, text.replace("\"kind\":\"organization\"", "\"kind\":\"company\"") + text.substring(
        text.indexOf('\n') + 1) + "\n{\"report\":{\"id\":\"report:x\"}}\n");

    Run one = parley("validate", "--threads", "1", file.toString());
    Run three = parley("validate", "--threads", "3", file.toString());
    Run none = parley("validate", "--threads", "0", file.toString());

    assertThat(one.exit).isEqualTo(1);
    assertThat(one.lines()).hasSize(19).last().isEqualTo("1 file, 26 records: 15 errors, 3 warnings");
    assertThat(three.out).isEqualTo(one.out);
    assertThat(three.exit).isEqualTo(1);
    assertThat(none.exit).isEqualTo(2);
    assertThat(none.err).isEqualTo("parley validate: --threads must be at least 1\n");
  }

  @Test
  void validatesJsonLinesLineByLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fixture.jsonl");
    ParleyJson.standard().writeLines(Fixtures.dataset(), file);
    String text = Files.readString(file).replace("\"kind\":\"organization\"", "\"kind\":\"company\"");
    Files.writeString(file, text + "{\"report\":{\"id\":\"report:x\"}}\n");

    Run run = parley("validate", file.toString());
    // the column of the dangling actor's value on line 13, counted in code points as Parley counts columns
    String line13 = text.split("\n")[12];
    int column = line13.codePointCount(0, line13.indexOf("\"actor:reuters\"")) + 1;
    String line12 = text.split("\n")[11];
    int citesColumn = line12.codePointCount(0, line12.indexOf("\"actor:reuters\"")) + 1;

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).containsExactly(
        file + ":9:39: error json.unknown-value /actor/kind: unknown value \"company\"; expected one of person,"
            + " state, organization, group, armed_group, state_force, international_organization, ngo, media",
        file + ":13:" + column + ": error reference.unknown-actor /report/statements/0/attribution/0/actor: no actor with id"
            + " actor:reuters in /actors",
        file + ":13:51: warning evidence.unchecked /report/source: no text of source:fixture-article was supplied, so"
            + " the 14 evidence passage(s) of this report were not checked against it",
        file + ":14:27: error json.missing-field /report: a report needs the field \"source\" (required: id, source,"
            + " negotiation)",
        file + ":12:" + citesColumn + ": error reference.unknown-actor /source/cites/0: no actor with id actor:reuters"
            + " in /actors",
        "1 file, 13 records: 4 errors, 1 warning");
  }

  @Test
  void readsStandardInput() {
    Run run = withInput(ParleyJson.standard().write(Fixtures.dataset()), "validate", "-");

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.out).endsWith("1 file, 12 records: 0 errors, 1 warning\n");
    assertThat(run.out).startsWith("<stdin>:");
  }

  @Test
  void givesTheSameAsJson() {
    Run run = parley("validate", "--format", "json", bad("issue-terrain.json"), SEED_DATASET);
    JsonNode json = JsonMapper.builder().build().readTree(run.out);

    assertThat(run.exit).isEqualTo(1);
    assertThat(json.get("files").size()).isEqualTo(2);
    JsonNode first = json.get("files").get(0);
    assertThat(first.get("file").asString()).isEqualTo(bad("issue-terrain.json"));
    assertThat(first.get("format").asString()).isEqualTo("json");
    assertThat(first.get("records").asLong()).isEqualTo(0);
    JsonNode problem = first.get("problems").get(0);
    assertThat(problem.get("line").asLong()).isEqualTo(107);
    assertThat(problem.get("column").asLong()).isEqualTo(20);
    assertThat(problem.get("pointer").asString()).isEqualTo("/reports/0/demands/0/issue");
    assertThat(problem.get("severity").asString()).isEqualTo("error");
    assertThat(problem.get("code").asString()).isEqualTo("json.unknown-value");
    assertThat(json.get("files").get(1).get("records").asLong()).isEqualTo(46);
    JsonNode summary = json.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(2);
    assertThat(summary.get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("warnings").asInt()).isEqualTo(5);
    assertThat(summary.get("stopped").asBoolean()).isFalse();
  }

  @Test
  void stopsAtMaxErrors() {
    Run run = parley("validate", "--max-errors", "1", bad("issue-terrain.json"), bad("duplicate-name.json"));

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(1)).isEqualTo("1 file, 0 records: 1 error, 0 warnings (stopped at --max-errors)");
  }

  @Test
  void exitsWithTwoOnAMissingFileButReportsTheOthers() {
    Run run = parley("validate", "no-such-file.json", SEED_DATASET);

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("parley validate: no-such-file.json: no such file: no-such-file.json\n");
    assertThat(run.out).endsWith("2 files (1 could not be read), 46 records: 0 errors, 5 warnings\n");
  }

  @Test
  void exitsWithTwoWhenTheTextsFolderIsMissing() {
    Run run = parley("validate", "--texts", "no-such-folder", SEED_DATASET);

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("parley validate: --texts no-such-folder: no such directory\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void exitsWithTwoOnWrongUsage() {
    assertThat(parley("validate").exit).isEqualTo(2);
    assertThat(parley("validate", "--no-such-option", SEED_DATASET).exit).isEqualTo(2);
    assertThat(parley().exit).isEqualTo(2);
    assertThat(parley().err).startsWith("a command is required: validate, reconcile, export, report, coverage, anchor, agree or schema");
  }

  @Test
  void usageErrorsPrintArgumentsEscaped() {
    Run run = parley("validate", "--no-such\u001b[2J\nforged", SEED_DATASET);
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("Unknown option: '--no-such\\u001b[2J\\nforged'\n");
    assertThat(run.err).doesNotContain("\u001b").contains("Usage: parley validate ");
  }

  @Test
  void offersHelpAndVersionOnEveryCommand() {
    for (String command : List.of("validate", "reconcile", "schema")) {
      Run help = parley(command, "--help");
      assertThat(help.exit).isEqualTo(0);
      assertThat(help.out).startsWith("Usage: parley " + command);
      Run version = parley(command, "--version");
      assertThat(version.exit).isEqualTo(0);
      assertThat(version.out).matches("parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }
    assertThat(parley("--version").out).startsWith("parley ");
  }

  @Test
  void printsTheShippedSchema() {
    Run run = parley("schema");

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.out).isEqualTo(ParleyJson.schema());
  }

  @Test
  void writesANamedOutputFileAtomicallyAndNothingElse(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.txt");
    Path schema = dir.resolve("schema.json");

    Run validate = parley("validate", "-o", report.toString(), "--texts", SEEDS.toString(), SEED_DATASET);
    Run printed = parley("schema", "--output", schema.toString());

    assertThat(validate.out).isEmpty();
    assertThat(Files.readString(report)).isEqualTo("1 file, 46 records: 0 errors, 0 warnings\n");
    assertThat(printed.out).isEmpty();
    assertThat(Files.readString(schema)).isEqualTo(ParleyJson.schema());
    assertThat(Files.list(dir).count()).isEqualTo(2);
  }

  @Test
  void reconcilesTheSeedDatasetAsATable() {
    Run run = parley("reconcile", SEED_DATASET);

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.lines().get(0)).isEqualTo("Reconciliation of negotiation:istanbul-2025: 5 sources, 71 items"
        + " (10 in conflict, 4 unclear, 39 from one source only, 18 agreed)");
    assertThat(run.lines().get(6)).startsWith("CONFLICT       date ").contains("2025-05-15 [S5 false]");
  }

  @Test
  void wrapsTheTableToTheWidthAskedForAndRefusesANegativeOne() {
    Run wrapped = parley("reconcile", "--width", "80", SEED_DATASET);
    Run negative = parley("reconcile", "--width", "-1", SEED_DATASET);

    assertThat(wrapped.exit).isEqualTo(0);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
    assertThat(negative.exit).isEqualTo(2);
    assertThat(negative.err).isEqualTo("parley reconcile: --width must be 0 (never wrap) or a number of columns\n");
  }

  @Test
  void reconcilesAsJson() {
    JsonNode json = JsonMapper.builder().build().readTree(parley("reconcile", "--format", "json", SEED_DATASET).out);

    JsonNode reconciliation = json.get("reconciliations").get(0);
    assertThat(reconciliation.get("negotiation").asString()).isEqualTo("negotiation:istanbul-2025");
    assertThat(reconciliation.get("sources").size()).isEqualTo(5);
    assertThat(reconciliation.get("items").get(0).get("subject").asString()).isEqualTo("date");
    assertThat(reconciliation.get("items").get(0).get("classification").asString()).isEqualTo("conflict");
  }

  @Test
  void reconcilesReportsThatComeBeforeTheirActorsExactlyAsThePooledDataset(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(SEEDS.resolve("istanbul-2025.parley.jsonl"));
    String header = lines.get(0) + "\n";
    String reports = lines.stream().filter(l -> l.startsWith("{\"report\"")).map(l -> l + "\n")
        .collect(Collectors.joining());
    String index = lines.stream().skip(1).filter(l -> !l.startsWith("{\"report\"")).map(l -> l + "\n")
        .collect(Collectors.joining());
    Path reportsFile = Files.writeString(dir.resolve("reports.jsonl"), header + reports);
    Path indexFile = Files.writeString(dir.resolve("index.jsonl"), header + index);
    Path reversed = Files.writeString(dir.resolve("reversed.jsonl"), header + reports + index);
    String tmp = System.getProperty("java.io.tmpdir");
    long spooledBefore = Files.list(Path.of(tmp)).filter(f -> f.getFileName().toString().startsWith("parley-stdin-"))
        .count();

    Run pooled = parley("reconcile", "--format", "json", SEED_DATASET);
    Run twoFiles = parley("reconcile", "--format", "json", reportsFile.toString(), indexFile.toString());
    Run oneFile = parley("reconcile", "--format", "json", reversed.toString());
    Run stdin = withInput(header + reports + index, "reconcile", "--format", "json", "--lines", "-");
    Run table = parley("reconcile", reversed.toString());
    Run withoutIndex = parley("reconcile", reportsFile.toString());

    assertThat(reports.lines().count()).isEqualTo(5);
    assertThat(pooled.exit).isZero();
    assertThat(pooled.out).startsWith("{\"reconciliations\":[{\"negotiation\":\"negotiation:istanbul-2025\"");
    for (Run run : List.of(twoFiles, oneFile, stdin)) {
      assertThat(run.exit).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out).isEqualTo(pooled.out);
    }
    assertThat(table.out).isEqualTo(parley("reconcile", SEED_DATASET).out);
    assertThat(withoutIndex.exit).isZero();
    assertThat(withoutIndex.out).isEqualTo("No negotiation has reports.\n");
    assertThat(Files.list(Path.of(tmp)).filter(f -> f.getFileName().toString().startsWith("parley-stdin-")).count())
        .isEqualTo(spooledBefore);
  }

  @Test
  void reconcilesARepeatedReportOnceAndRefusesAnUnreadableLineWithoutOutput(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEEDS.resolve("istanbul-2025.parley.jsonl"));
    Path twice = Files.writeString(dir.resolve("twice.jsonl"), seed + seed.lines().skip(1)
        .filter(l -> l.startsWith("{\"report\"")).map(l -> l + "\n").collect(Collectors.joining()));
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), seed + "{\"report\": nope}\n");
    Path out = dir.resolve("out.json");

    Run repeated = parley("reconcile", "--format", "json", twice.toString());
    Run refused = parley("reconcile", "--format", "json", "-o", out.toString(), broken.toString());

    assertThat(repeated.out).isEqualTo(parley("reconcile", "--format", "json", SEED_DATASET).out);
    assertThat(refused.exit).isEqualTo(1);
    assertThat(refused.out).isEmpty();
    assertThat(refused.err).startsWith(broken + ":" + (seed.lines().count() + 1) + ":");
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesToReconcileUnreadableInput() {
    Run run = parley("reconcile", bad("issue-terrain.json"));

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).startsWith(bad("issue-terrain.json") + ":107:20: error json.unknown-value");
  }

  @Test
  void reconcilesAgreementsOfAJsonLinesFileByTheirNames(@TempDir Path dir) throws IOException {
    AgreementId deal = AgreementId.of("agreement:gaza-deal");
    Dataset base = Fixtures.dataset();
    Report first = Report.builder().from(Fixtures.report())
        .addAgreements(AgreementClaim.builder().agreement(deal).status(AgreementStatus.AGREED)
            .addAllEvidence(Fixtures.report().demands().get(0).evidence()).build()).build();
    Report second = Report.builder().from(first).id(ReportId.of("report:second")).source(SourceId.of("source:second"))
        .agreements(List.of(AgreementClaim.builder().agreement(deal).status(AgreementStatus.PROPOSED)
            .addAllEvidence(Fixtures.report().demands().get(0).evidence()).build())).build();
    Dataset dataset = Dataset.builder().from(base)
        .addAgreements(Agreement.builder().id(deal).name("Gaza ceasefire deal").type(AgreementType.CEASEFIRE).build())
        .addSources(Source.builder().id(SourceId.of("source:second")).kind(SourceKind.NEWS).build())
        .reports(List.of(first, second)).build();
    Path file = dir.resolve("deal.jsonl");
    ParleyJson.standard().writeLines(dataset, file);

    Run run = parley("reconcile", file.toString());

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.lines()).anyMatch(line -> line.startsWith("CONFLICT") && line.contains("status of Gaza ceasefire deal")
        && line.endsWith("! status agreed vs proposed"));
  }

  @Test
  void saysWhichFolderIsMissingWhenTheOutputCannotBeWritten(@TempDir Path dir) {
    Path output = dir.resolve("missing").resolve("report.txt");

    Run run = parley("validate", "-o", output.toString(), SEED_DATASET);

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("parley: " + output + ": cannot write it: the folder " + output.getParent()
        + " does not exist\n");
    assertThat(output.getParent()).doesNotExist();
  }

  @Test
  void neverCallsAFileThatCouldNotBeReadFreeOfErrors(@TempDir Path dir) {
    String missing = dir.resolve("missing.json").toString();

    Run alone = parley("validate", missing);
    Run withAnother = parley("validate", missing, SEED_DATASET);

    assertThat(alone.exit).isEqualTo(2);
    assertThat(alone.out).isEqualTo("1 file could not be read; nothing was validated\n");
    assertThat(alone.err).isEqualTo("parley validate: " + missing + ": no such file: " + missing + "\n");
    assertThat(withAnother.exit).isEqualTo(2);
    assertThat(withAnother.lines().get(withAnother.lines().size() - 1))
        .isEqualTo("2 files (1 could not be read), 46 records: 0 errors, 5 warnings");
  }

  @Test
  void offersHelpPerCommandAndShellCompletion() {
    Run help = parley("help", "validate");
    Run completion = parley("generate-completion");

    assertThat(help.exit).isEqualTo(0);
    assertThat(help.out).startsWith("Usage: parley validate ");
    assertThat(completion.exit).isEqualTo(0);
    assertThat(completion.out).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_parley");
  }

  /** The fixture dataset with every passage moved one code point off and a wrong document hash. */
  private static Dataset unanchored() {
    Dataset base = Fixtures.dataset();
    Source source = base.sources().get(0);
    Report report = base.reports().get(0);
    Report shifted = Report.builder().from(report)
        .statements(report.statements().stream().map(s -> Statement.builder().from(s)
            .evidence(s.evidence().stream().map(e -> Evidence.of(e.text(), e.start() + 1)).toList()).build()).toList())
        .build();
    return Dataset.builder().from(base)
        .sources(List.of(Source.builder().from(source).document(Document.of("fixture.txt", "0".repeat(64))).build()))
        .reports(List.of(shifted)).build();
  }

  @Test
  void anchorsPassagesAndDocumentHashesFromTheArticles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE);
    Path file = dir.resolve("talks.json");
    ParleyJson.standard().write(unanchored(), file);
    int statements = (int) Fixtures.report().statements().stream().mapToLong(s -> s.evidence().size()).sum();

    Run before = parley("validate", "--texts", dir.toString(), file.toString());
    Run run = parley("anchor", "--texts", dir.toString(), "--in-place", file.toString());
    Run after = parley("validate", "--texts", dir.toString(), file.toString());

    assertThat(before.exit).isEqualTo(1);
    assertThat(run.exit).isEqualTo(0);
    assertThat(run.err).matches("anchored \\d+ passages \\(" + statements
        + " moved, \\d+ already in place\\); 0 left as they were\n");
    assertThat(after.out).isEqualTo("1 file, 12 records: 0 errors, 0 warnings\n");
    assertThat(ParleyJson.standard().read(file)).isEqualTo(Fixtures.dataset());
  }

  @Test
  void takesADocumentByItsPathAloneWarnsThatItsHashIsMissingAndAnchorRecordsIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE);
    Path file = dir.resolve("talks.json");
    Dataset base = Fixtures.dataset();
    Source source = base.sources().get(0);
    ParleyJson.standard().write(Dataset.builder().from(base)
        .sources(List.of(Source.builder().from(source).document(Document.of("fixture.txt")).build())).build(), file);
    String hash = org.parley.validate.SourceText.of(Fixtures.ARTICLE).sha256();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"path\": \"fixture.txt\"")
        .doesNotContain("sha256");

    Run before = parley("validate", "--texts", dir.toString(), file.toString());
    Run run = parley("anchor", "--texts", dir.toString(), "--in-place", file.toString());
    Run after = parley("validate", "--texts", dir.toString(), file.toString());

    assertThat(before.exit).isEqualTo(0);
    assertThat(before.lines()).containsExactly(file + ":113:19: warning source.document-unhashed /sources/0/document: the"
        + " document fixture.txt of source:fixture-article records no SHA-256, so no one can tell later whether they"
        + " hold the text its evidence was checked against; `parley anchor` records it (" + hash + ")",
        "1 file, 12 records: 0 errors, 1 warning");
    assertThat(run.exit).isEqualTo(0);
    assertThat(after.out).isEqualTo("1 file, 12 records: 0 errors, 0 warnings\n");
    assertThat(ParleyJson.standard().read(file).sources().get(0).document().orElseThrow().sha256()).contains(hash);
  }

  @Test
  void listsAPassageThatOccursTwiceWithBothOffsetsAndLeavesIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE + " Istanbul");
    Path file = dir.resolve("talks.jsonl");
    Dataset base = Fixtures.dataset();
    Report report = base.reports().get(0);
    Dataset twice = Dataset.builder().from(base).reports(List.of(Report.builder().from(report)
        .addTitles(PersonTitle.builder().person(Fixtures.TRUMP).title("Istanbul").addEvidence(Evidence.of("Istanbul", 1))
            .build()).build())).build();
    ParleyJson.standard().writeLines(twice, file);
    List<Integer> offsets = org.parley.validate.SourceText.of(Fixtures.ARTICLE + " Istanbul").findAll("Istanbul");

    Run run = parley("anchor", "--texts", dir.toString(), file.toString());

    assertThat(offsets).hasSizeGreaterThan(1);
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err.lines().toList()).contains(file + ": /report/titles/" + report.titles().size()
        + "/evidence/0: \"Istanbul\" occurs " + offsets.size() + " times, at code point offsets " + offsets
        + "; left at offset 1");
    assertThat(run.out).startsWith("{\"parley\":\"1.2\"}\n");
  }

  @Test
  void reportsEveryProblemOfADocumentInOneRun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("three.json");
    Files.writeString(file, "{\"parley\":\"1.1\",\"actors\":[\n{\"id\":\"actor:a\",\"kind\":\"country\",\"name\":\"A\"},\n"
        + "{\"id\":\"actor:b\",\"kind\":\"state\",\"name\":\"B\",\"nickname\":\"Bee\"},\n"
        + "{\"id\":\"actor:c\",\"kind\":\"state\"}]}\n");

    Run run = parley("validate", file.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).containsExactly(
        file + ":2:24: error json.unknown-value /actors/0/kind: unknown value \"country\"; expected one of person,"
            + " state, organization, group, armed_group, state_force, international_organization, ngo, media",
        file + ":3:43: error json.unknown-field /actors/1/nickname: unknown field \"nickname\" in an actor; expected"
            + " one of id, kind, name, aliases, wikidataId, country, affiliation, demonyms, members, anonymous",
        file + ":4:31: error json.missing-field /actors/2: an actor needs the field \"name\" (required: id, kind, name)",
        "1 file, 0 records: 3 errors, 0 warnings");
  }

  @Test
  void takesSeveralFilesAsValidateDoesAndFindsWhatItFindsInTheirPool(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(SEEDS.resolve("istanbul-2025.parley.jsonl"));
    Path index = dir.resolve("index.jsonl");
    Path reports = dir.resolve("reports.jsonl");
    Files.write(index, lines.stream().filter(l -> !l.startsWith("{\"report\"")).toList());
    Files.write(reports, java.util.stream.Stream.concat(lines.stream().limit(1),
        lines.stream().filter(l -> l.startsWith("{\"report\""))).toList());

    Run split = parley("coverage", "--texts", SEEDS.toString(), index.toString(), reports.toString());

    assertThat(split.exit).isEqualTo(0);
    assertThat(split.out).isEqualTo(parley("coverage", "--texts", SEEDS.toString(), SEED_DATASET).out);
  }

  @Test
  void showsWhatOfEachArticleIsNotYetEncodedAndChecksAMinimum() {
    Run run = parley("coverage", "--texts", SEEDS.toString(), SEED_DATASET);
    Run strict = parley("coverage", "--texts", SEEDS.toString(), "--min", "90", SEED_DATASET);
    JsonNode json = JsonMapper.builder().build().readTree(
        parley("coverage", "--format", "json", "--texts", SEEDS.toString(), SEED_DATASET).out);

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.lines().get(0)).isEqualTo("source:newsaz-bekish-opinion: 40 of 44 sentences covered (90 %); 0"
        + " quotation(s) not covered by a direct quote");
    assertThat(run.lines().get(1)).isEqualTo("  sentence [152, 255) The article expresses the personal opinion of the"
        + " author and may not coincide with the view of News.Az.");
    // 90 % is more than two articles reach (87 % and 85 %); 80 % every article does
    assertThat(parley("coverage", "--texts", SEEDS.toString(), "--min", "80", SEED_DATASET).exit).isEqualTo(0);
    assertThat(strict.exit).isEqualTo(1);
    assertThat(json.get("sources").get(4).get("covered").asInt()).isEqualTo(48);
    assertThat(json.get("sources").get(4).get("sentences").asInt()).isEqualTo(56);
  }

  @Test
  void printsNoRawControlCharacterFromTheDataset(@TempDir Path dir) throws IOException {
    Dataset base = Fixtures.dataset();
    Report report = Fixtures.report();
    Dataset hostile = Dataset.builder().from(base).reports(List.of(Report.builder().from(report)
        .demands(List.of(Demand.builder().from(report.demands().get(0))
            .description("withdraw\u001b[2J\nerror forged.line 1:1\u202e").build())).build())).build();
    Path file = dir.resolve("hostile.json");
    ParleyJson.standard().write(hostile, file);
    Path named = dir.resolve("named.json");
    Files.writeString(named, "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"actor:a\",\"kind\":\"state\","
        + "\"name\":\"A\\u001b[2J\"}]}");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"actor:a\",\"kind\":\"state\","
        + "\"name\":\"A\",\"evil\\u001b[2J\\nforged\":1}]}");

    Run reconcile = parley("reconcile", file.toString());
    Run validate = parley("validate", broken.toString());
    Run name = parley("validate", named.toString());

    assertThat(reconcile.out).contains("withdraw\\u001b[2J\\nerror forged.line 1:1\\u202e");
    assertThat(validate.out).contains("/actors/0/evil\\u001b[2J\\nforged: unknown field");
    assertThat(name.lines().get(0)).isEqualTo(named + ":1:77: error json.invalid-value /actors/0: Invalid value for"
        + " actor name (no control, line-separator or bidirectional-formatting characters): character 1 is U+001B");
    for (String out : List.of(reconcile.out, validate.out, name.out)) {
      assertThat(out.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
      assertThat(out).doesNotContain("\u202e");
    }
    assertThat(validate.lines()).hasSize(2);
  }

  @Test
  void anEmptyJsonLinesFileAndAMissingHeaderAreErrorsAndTheRecordIsStillRead(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path headless = Files.writeString(dir.resolve("headless.jsonl"),
        "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\",\"affiliation\":\"actor:b\"}}\n");

    Run first = parley("validate", empty.toString());
    Run second = parley("validate", headless.toString());

    assertThat(first.exit).isEqualTo(1);
    assertThat(first.lines()).containsExactly(empty + ":1:1: error json.missing-version (document): the file is empty;"
        + " a JSON Lines file starts with the header line {\"parley\":\"1.2\"}", "1 file, 0 records: 1 error, 0 warnings");
    assertThat(second.lines()).containsExactly(
        headless + ":1:1: error json.missing-version (document): the first line must state the format version,"
            + " {\"parley\":\"1.2\"}; this line is read as a record of format 1.2",
        headless + ":1:66: error reference.unknown-actor /actor/affiliation: no actor with id actor:b in /actors",
        "1 file, 1 record: 2 errors, 0 warnings");
  }

  @Test
  void refusesToWriteOverADeviceOrOverItsOwnInput(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("talks.json");
    ParleyJson.standard().write(Fixtures.dataset(), input);
    String before = Files.readString(input);

    Run device = parley("schema", "-o", "/dev/null");
    Run self = parley("validate", "-o", input.toString(), input.toString());

    assertThat(device.exit).isEqualTo(2);
    assertThat(device.err).isEqualTo("parley: /dev/null: not a regular file; parley writes its output only to regular"
        + " files (leave out -o to write to standard output)\n");
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    assertThat(self.exit).isEqualTo(2);
    assertThat(self.err).isEqualTo("parley: " + input + ": is also an input; write the output to another file\n");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void readsNoMoreOfAnEndlessInputThanTheDocumentLimit() {
    Run run = parley("validate", "/dev/zero");

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).containsExactly("/dev/zero:1:1: error json.invalid-utf8 (document): the input looks like"
        + " UTF-16 or UTF-32; Parley JSON is UTF-8", "1 file, 0 records: 1 error, 0 warnings");
  }

  @Test
  void showsAtMostMaxPerCodeProblemsOfOneCodeAndCountsTheRest(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("blank.jsonl"), "{\"parley\":\"1.1\"}\n" + "\n".repeat(250));
    String blank = ": error json.empty (document): the line is blank; every line of a JSON Lines file holds one JSON object";

    Run collapsed = parley("validate", file.toString());
    Run two = parley("validate", "--max-per-code", "2", "--format", "json", file.toString());
    Run all = parley("validate", "--max-per-code", "0", file.toString());
    Run negative = parley("validate", "--max-per-code", "-1", file.toString());

    assertThat(collapsed.exit).isEqualTo(1);
    assertThat(collapsed.lines()).hasSize(102);
    assertThat(collapsed.lines().get(0)).isEqualTo(file + ":2:1" + blank);
    assertThat(collapsed.lines().get(99)).isEqualTo(file + ":101:1" + blank);
    assertThat(collapsed.lines().subList(100, 102)).containsExactly(
        file + ": 150 more json.empty problems not shown (--max-per-code; 0 shows all)",
        "1 file, 250 records: 250 errors, 0 warnings");
    JsonNode entry = JsonMapper.builder().build().readTree(two.out).get("files").get(0);
    assertThat(entry.get("problems").size()).isEqualTo(2);
    assertThat(entry.get("suppressed").get("json.empty").asLong()).isEqualTo(248);
    assertThat(all.lines()).hasSize(251);
    assertThat(all.out).doesNotContain("not shown");
    assertThat(negative.exit).isEqualTo(2);
    assertThat(negative.err).isEqualTo("parley validate: --max-per-code must be 0 (show all) or more\n");
  }

  @Test
  void countsTheLinesItReadBeforeStoppingAtMaxErrors(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("blank.jsonl"), "{\"parley\":\"1.1\"}\n" + "\n".repeat(250));

    Run run = parley("validate", "--max-errors", "3", file.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).hasSize(4);
    assertThat(run.lines().get(3)).isEqualTo("1 file, 3 records: 3 errors, 0 warnings (stopped at --max-errors)");
  }

  @Test
  void escapesTheDatasetsStringsInWhatItReportsOnStandardError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("escape.jsonl"), "{\"parley\":\"1.1\"}\n"
        + "{\"actor\":{\"id\":\"actor:a\\u001b[2J\",\"kind\":\"state\",\"name\":\"A\"}}\n");

    Run run = parley("reconcile", file.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).isEqualTo(file + ":2:16: error json.invalid-value /actor/id: Invalid actor id \"actor:a\\u001b[2J\":"
        + " expected \"actor:\" followed by lowercase letters and digits separated by '.', '_' or '-', at most 128"
        + " characters in all (for example actor:example-1)\n");
  }

  @Test
  void writesNoCellASpreadsheetWouldRunUnlessAskedForRawCells(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("formula.parley.json");
    Files.writeString(file, "{\"parley\":\"1.2\",\"actors\":[{\"id\":\"actor:a\",\"kind\":\"person\","
        + "\"name\":\"=HYPERLINK(\\\"http://evil.example/\\\",\\\"ok\\\")\"}]}");

    Run safe = parley("export", "--format", "csv", file.toString(), "-o", dir.resolve("safe").toString());
    Run raw = parley("export", "--format", "csv", "--raw-cells", file.toString(), "-o", dir.resolve("raw").toString());

    assertThat(safe.exit).isEqualTo(0);
    assertThat(raw.exit).isEqualTo(0);
    assertThat(Files.readAllLines(dir.resolve("safe").resolve("actors.csv")).get(1))
        .startsWith("actor:a,person,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"ok\"\")\",");
    assertThat(Files.readAllLines(dir.resolve("raw").resolve("actors.csv")).get(1))
        .startsWith("actor:a,person,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"ok\"\")\",");
  }

  @Test
  void exportsTheSeedDatasetAsCsvTablesAndPloverRecords(@TempDir Path dir) throws IOException {
    Run csv = parley("export", "--format", "csv", SEED_DATASET, "-o", dir.resolve("tables").toString());
    Run plover = parley("export", "--format", "plover", SEED_DATASET);

    assertThat(csv.exit).isEqualTo(0);
    assertThat(csv.out).isEmpty();
    assertThat(csv.err.lines().toList()).hasSize(6).allMatch(l -> l.startsWith("wrote "));
    try (var files = Files.list(dir.resolve("tables"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("actors.csv",
          "agreements.csv", "claims.csv", "evidence.csv", "reconciliation.csv", "sources.csv");
    }
    assertThat(Files.readAllLines(dir.resolve("tables").resolve("claims.csv")).get(0))
        .startsWith("claim,parent,report,negotiation,source,source_kind,claim_type,key,actor_id,");
    assertThat(plover.exit).isEqualTo(0);
    assertThat(plover.lines().get(0)).startsWith(
        "{\"id\":\"report:newsaz-bekish-opinion#talks\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"RUS\",");
    assertThat(plover.lines().get(0)).contains("\"event\":[\"CONSULT\"],");
    assertThat(plover.lines()).hasSize(10).noneMatch(l -> l.contains("\"date\":null"));
    assertThat(plover.err).isEqualTo("left out 11 record(s): a process event without a day of its own (PLOVER requires"
        + " a day)\nleft out 17 record(s): the report gives no day for the talks (PLOVER requires a day)\n");
    assertThat(Files.readString(SEEDS.resolve("exports").resolve("istanbul-2025.plover.jsonl")))
        .isEqualTo(plover.out);
    Run pax = parley("export", "--format", "pax", SEED_DATASET);
    assertThat(pax.exit).isEqualTo(0);
    assertThat(pax.out).isEqualTo("agreement,report,source,status,status_by,links,Con,Agt,Dat,Status,Agtp,Stage,Part,ThrdPart,"
        + "Loc1ISO,Loc2ISO\r\n");
    // -o DIR for one file: named after the input, as in seeds/exports
    assertThat(parley("export", "--format", "plover", SEED_DATASET, "-o", dir.toString()).exit).isEqualTo(0);
    assertThat(parley("export", "--format", "pax", SEED_DATASET, "-o", dir.toString()).exit).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("istanbul-2025.plover.jsonl"))).isEqualTo(plover.out);
    assertThat(Files.readString(dir.resolve("istanbul-2025.pax.csv"))).isEqualTo(pax.out);
  }

  @Test
  void comparesTwoCodersEncodingsOfOneArticle(@TempDir Path dir) throws IOException {
    String second = Path.of("..", "examples", "src", "main", "resources", "org", "parley", "examples",
        "second-coder-002.parley.json").toString();

    Run text = parley("agree", "--texts", SEEDS.toString(), SEED_DATASET, second);
    Run json = parley("agree", "--format", "json", "--texts", SEEDS.toString(), SEED_DATASET, second);
    Run one = parley("agree", SEED_DATASET);
    Path other = dir.resolve("other.json");
    ParleyJson.standard().write(Fixtures.dataset(), other);
    Run nothingShared = parley("agree", SEED_DATASET, other.toString());

    assertThat(text.exit).isEqualTo(0);
    assertThat(text.lines().subList(0, 2)).containsExactly("Agreement of 2 coders: A = " + SEED_DATASET + ", B = "
        + second, "Claims: A 32, B 31; aligned across all coders 29");
    assertThat(text.lines()).contains(
        "source:peace-hopes-fizzle                statement       0.499     0.978   0.568  0.719",
        "issue           nominal        4      0.500   0.417   0.429",
        "  alpha of amount n/a: one value only: there was no choice to disagree on",
        "Differences (17)",
        "  demand issue: A territory | B withdrawal (report:peace-hopes-fizzle#/demands/0,"
            + " report:second-coder-002#/demands/0)");
    assertThat(json.exit).isEqualTo(0);
    tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out);
    assertThat(root.get("coders").size()).isEqualTo(2);
    assertThat(root.get("fields").get(3).get("field").asString()).isEqualTo("issue");
    assertThat(root.get("fields").get(3).get("alpha").asDouble()).isCloseTo(0.417, org.assertj.core.data.Offset.offset(0.001));
    assertThat(root.get("fields").get(7).get("alpha").isNull()).isTrue();
    assertThat(root.get("fields").get(7).get("alphaUndefined").asString())
        .isEqualTo("one value only: there was no choice to disagree on");
    assertThat(root.get("differences").size()).isEqualTo(17);
    assertThat(one.exit).isEqualTo(2);
    assertThat(nothingShared.exit).isEqualTo(0);
    assertThat(nothingShared.lines()).containsExactly("Agreement of 2 coders: A = " + SEED_DATASET + ", B = " + other,
        "Claims: A 0, B 0; aligned across all coders 0", "",
        "No claim to compare: no article is encoded by every coder with a claim (sources are matched by their"
            + " document's SHA-256, else by id).");
  }

  @Test
  void exportsAJsonLinesFileReportByReportAsTheWholeDatasetIsExported(@TempDir Path dir) throws IOException {
    Path lines = SEEDS.resolve("istanbul-2025.parley.jsonl");
    List<String> all = Files.readAllLines(lines);
    // An actor that comes after the reports: the file cannot be streamed, and is exported whole.
    String late = all.stream().filter(l -> l.startsWith("{\"actor\"")).findFirst().orElseThrow()
        .replace("\"actor:russia\"", "\"actor:late\"");
    Path lateActor = Files.writeString(dir.resolve("late.jsonl"), String.join("\n", all) + "\n" + late + "\n");
    // A report that names a source the file does not have.
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), all.stream()
        .map(l -> l.replace("\"source\":\"source:peace-hopes-fizzle\",\"negotiation\"",
            "\"source\":\"source:missing\",\"negotiation\""))
        .collect(Collectors.joining("\n")) + "\n");

    Run streamed = parley("export", "--format", "csv", lines.toString(), "-o", dir.resolve("streamed").toString());
    Run whole = parley("export", "--format", "csv", lateActor.toString(), "-o", dir.resolve("whole").toString());
    Run invalid = parley("export", "--format", "csv", broken.toString(), "-o", dir.resolve("invalid").toString());

    assertThat(streamed.exit).isEqualTo(0);
    assertThat(streamed.err.lines().toList()).hasSize(6).allMatch(l -> l.startsWith("wrote "));
    assertThat(whole.exit).isEqualTo(0);
    for (String name : List.of("claims.csv", "evidence.csv", "sources.csv", "agreements.csv", "reconciliation.csv")) {
      assertThat(Files.readString(dir.resolve("streamed").resolve(name))).as(name)
          .isEqualTo(Files.readString(SEEDS.resolve("exports").resolve(name)))
          .isEqualTo(Files.readString(dir.resolve("whole").resolve(name)));
    }
    assertThat(Files.readString(dir.resolve("streamed").resolve("actors.csv")))
        .isEqualTo(Files.readString(SEEDS.resolve("exports").resolve("actors.csv")));
    assertThat(Files.readString(dir.resolve("whole").resolve("actors.csv"))).contains("\r\nactor:late,state,Russia,");
    try (var files = Files.list(dir.resolve("streamed"))) {
      assertThat(files).hasSize(6);
    }
    // The other formats stream too, and give what the whole dataset gives.
    for (String format : List.of("plover", "pax")) {
      Run fromLines = parley("export", "--format", format, lines.toString());
      Run fromDocument = parley("export", "--format", format, SEED_DATASET);
      assertThat(fromLines.exit).isEqualTo(0);
      assertThat(fromLines.out).as(format).isEqualTo(fromDocument.out).isNotEmpty();
      assertThat(fromLines.err).isEqualTo(fromDocument.err);
    }
    assertThat(parley("export", "--format", "parquet", lines.toString(), "-o", dir.resolve("pq-lines").toString()).exit)
        .isEqualTo(0);
    assertThat(parley("export", "--format", "parquet", SEED_DATASET, "-o", dir.resolve("pq-doc").toString()).exit)
        .isEqualTo(0);
    for (String table : List.of("claims", "evidence", "actors", "sources", "agreements", "reconciliation")) {
      assertThat(Files.readAllBytes(dir.resolve("pq-lines").resolve(table + ".parquet"))).as(table)
          .isEqualTo(Files.readAllBytes(dir.resolve("pq-doc").resolve(table + ".parquet")));
    }
    assertThat(invalid.exit).isEqualTo(1);
    assertThat(invalid.err).matches("(?s)" + java.util.regex.Pattern.quote(broken.toString())
        + ":\\d+:\\d+: error reference.unknown-source /report/source: no source with id source:missing in /sources\n.*"
        + "parley export: the dataset has \\d+ error\\(s\\) and was not exported; parley validate shows where they are\n");
    assertThat(dir.resolve("invalid")).doesNotExist();
  }

  @Test
  void exportsTheSeedDatasetForSqlAsParquetFilesAndADuckDbDatabase(@TempDir Path dir) throws Exception {
    Run parquet = parley("export", "--format", "parquet", SEED_DATASET, "-o", dir.resolve("parquet").toString());
    Run duckdb = parley("export", "--format", "duckdb", SEED_DATASET, "-o", dir.toString());
    Run noFile = parley("export", "--format", "duckdb", SEED_DATASET);
    Run noFolder = parley("export", "--format", "parquet", SEED_DATASET);

    assertThat(parquet.exit).isEqualTo(0);
    assertThat(parquet.out).isEmpty();
    assertThat(parquet.err.lines().toList()).containsExactly("wrote " + dir.resolve("parquet").resolve("claims.parquet"),
        "wrote " + dir.resolve("parquet").resolve("evidence.parquet"), "wrote " + dir.resolve("parquet").resolve("actors.parquet"),
        "wrote " + dir.resolve("parquet").resolve("sources.parquet"),
        "wrote " + dir.resolve("parquet").resolve("agreements.parquet"),
        "wrote " + dir.resolve("parquet").resolve("reconciliation.parquet"));
    assertThat(duckdb.exit).isEqualTo(0);
    assertThat(duckdb.err).isEqualTo("wrote " + dir.resolve("istanbul-2025.duckdb") + "\n");
    List<org.parley.export.Table> tables = org.parley.export.Tables.of(ParleyJson.standard().read(Path.of(SEED_DATASET)));
    try (java.sql.Connection db = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
        java.sql.Statement s = db.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM read_parquet('"
            + dir.resolve("parquet").resolve("claims.parquet") + "')), (SELECT count(*) FROM read_parquet('"
            + dir.resolve("parquet").resolve("evidence.parquet") + "'))")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(tables.get(0).rows().size());
      assertThat(rs.getLong(2)).isEqualTo(tables.get(1).rows().size());
    }
    assertThat(noFile.exit).isEqualTo(2);
    assertThat(noFile.err).isEqualTo("parley export: --format duckdb writes a database file: name it with -o"
        + " FILE.duckdb\n");
    assertThat(noFolder.exit).isEqualTo(2);
    assertThat(noFolder.err).isEqualTo("parley export: --format parquet writes several files: name their folder with"
        + " -o DIR\n");
  }

  @Test
  void refusesToExportWithoutAFolderForCsvOrAnInvalidDataset(@TempDir Path dir) throws IOException {
    Dataset broken = Dataset.builder().from(Fixtures.dataset()).reports(List.of(Report.builder()
        .from(Fixtures.report()).source(SourceId.of("source:missing")).build())).build();
    Path file = dir.resolve("broken.json");
    ParleyJson.standard().write(broken, file);

    Run noFolder = parley("export", "--format", "csv", SEED_DATASET);
    Run invalid = parley("export", "--format", "plover", file.toString());

    assertThat(noFolder.exit).isEqualTo(2);
    assertThat(noFolder.err).isEqualTo("parley export: --format csv writes several files: name their folder with -o DIR\n");
    assertThat(invalid.exit).isEqualTo(1);
    assertThat(invalid.out).isEmpty();
    assertThat(invalid.lines()).isEmpty();
    assertThat(invalid.err).isEqualTo("error reference.unknown-source /reports/0/source: no source with id"
        + " source:missing in /sources\nparley export: the dataset has 1 error(s) and was not exported; parley validate"
        + " shows where they are\n");
  }

  @Test
  void writesTheSeedReportAsOneSelfContainedPage(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("target").resolve("report.html");

    Run run = parley("report", "--texts", SEEDS.toString(), SEED_DATASET, "-o", page.toString());
    Run noTexts = parley("report", "--texts", dir.resolve("missing").toString(), SEED_DATASET);

    assertThat(run.exit).isEqualTo(0);
    assertThat(run.out).isEmpty();
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<mark class=\"t-date\" data-p=\"p1\"")
        .doesNotContain("http://", "https://", "src=");
    assertThat(noTexts.exit).isEqualTo(2);
    assertThat(noTexts.err).isEqualTo("parley report: --texts " + dir.resolve("missing") + ": no such directory\n");
  }
}
