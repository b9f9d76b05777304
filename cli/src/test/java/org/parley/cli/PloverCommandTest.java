package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.CliTest.parley;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley validate --format plover}: others' PLOVER records, checked as Parley's own are. */
class PloverCommandTest {

  private static final String GOOD = "{\"id\":\"a\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"RUS\",\"sector\":\"GOV\"}],"
      + "\"recipient\":[{\"code\":\"UKR\"}],\"event\":[\"REQUEST\"],\"mode\":[\"yield\"],\"context\":[\"military\"]}";

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void reportsEachFaultAtItsPlaceWithTheUsualSummaryAndExitCode(@TempDir Path dir) throws IOException {
    Path file = write(dir, "events.jsonl", GOOD + "\n" + GOOD.replace("\"REQUEST\"", "\"13y\"") + "\n"
        + GOOD.replace("\"id\":\"a\"", "\"id\":\"b\"").replace("\"yield\"", "\"release\"") + "\n");
    CliTest.Run run = parley("validate", "--format", "plover", file.toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.lines()).containsExactly(
        file + ":2:7: error plover.duplicate-id /id: the id \"a\" is also the id of the record on line 1; an id is unique"
            + " within the data set",
        file + ":2:109: error plover.cameo-code /event/0: \"13y\" is a CAMEO code, not a PLOVER event category; PLOVER's"
            + " are AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,"
            + " SANCTION, MOBILIZE, COERCE, ASSAULT (the manual's chapter \"CAMEO vs. PLOVER\" translates them)",
        file + ":3:128: error plover.mode-for-event /mode/0: the mode \"release\" belongs to RETREAT, not to REQUEST,"
            + " which has the modes assist, change, yield, meet",
        "1 file, 3 records: 3 errors, 0 warnings");
  }

  @Test
  void validRecordsPassAndTheReportCanBeJson(@TempDir Path dir) throws IOException {
    Path lines = write(dir, "events.jsonl", GOOD + "\n");
    Path array = write(dir, "events.json", "[\n" + GOOD + "\n]\n");
    CliTest.Run run = parley("validate", "--format", "plover", "--report", "json", lines.toString(), array.toString());
    assertThat(run.exit).isEqualTo(0);
    JsonNode report = JsonMapper.builder().build().readTree(run.out);
    assertThat(report.get("files").get(0).get("format").asString()).isEqualTo("plover-json-lines");
    assertThat(report.get("files").get(1).get("format").asString()).isEqualTo("plover-json");
    assertThat(report.get("summary").get("records").asLong()).isEqualTo(2);
    // --format json, as before, still chooses the report's format
    assertThat(parley("validate", "--format", "plover,json", lines.toString()).out).isEqualTo(run.out
        .replace("," + "{\"file\":\"" + array + "\",\"format\":\"plover-json\",\"problems\":[],\"records\":1}", "")
        .replace("\"files\":2", "\"files\":1").replace("\"records\":2", "\"records\":1"));
  }

  @Test
  void lenientIsForPloverRecordsAndUnknownFormatsAreRefused(@TempDir Path dir) throws IOException {
    Path file = write(dir, "events.jsonl", GOOD.replace("]}", ",]}") + "\n");
    assertThat(parley("validate", "--format", "plover", file.toString()).exit).isEqualTo(1);
    CliTest.Run lenient = parley("validate", "--format", "plover", "--lenient", file.toString());
    assertThat(lenient.exit).isEqualTo(0);
    assertThat(lenient.lines()).containsExactly(file + ":1:158: warning plover.trailing-comma /context: a trailing"
        + " comma before ], which JSON does not allow; read as if it were not there", "1 file, 1 record: 0 errors, 1 warning");
    CliTest.Run parleyLenient = parley("validate", "--lenient", file.toString());
    assertThat(parleyLenient.exit).isEqualTo(2);
    assertThat(parleyLenient.err).contains("--lenient applies to PLOVER records (--format plover) only");
    CliTest.Run unknown = parley("validate", "--format", "cameo", file.toString());
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err).contains("--format cameo: expected parley or plover");
  }

  @Test
  void importWritesTheDatasetAndItsTextsAndExportGivesTheRecordsBack(@TempDir Path dir) throws IOException {
    String text = "Russia asked Ukraine to pull its troops back, the ministry said.";
    String record = "{\"id\":\"r1\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"RUS\",\"sector\":\"GOV\","
        + "\"entity_text\":\"Russia\"}],\"recipient\":[{\"code\":\"UKR\",\"sector\":\"GOV\",\"entity_text\":\"Ukraine\"}],"
        + "\"event\":[\"REQUEST\"],\"event_text\":[\"asked Ukraine to pull its troops back\"],\"mode\":[\"yield\"],"
        + "\"context\":[\"military\"],\"text\":\"" + text + "\"}";
    Path in = write(dir, "events.jsonl", record + "\n");
    Path out = dir.resolve("out/events.parley.json");
    Files.createDirectories(out.getParent());
    CliTest.Run run = parley("import", "--from", "plover", in.toString(), "-o", out.toString());
    assertThat(run.exit).isEqualTo(0);
    assertThat(run.err).contains("imported 1 record from 1 source into " + out);
    assertThat(Files.readString(out.getParent().resolve("plover-1.txt"))).isEqualTo(text);
    assertThat(parley("validate", "--texts", out.getParent().toString(), out.toString()).exit).isEqualTo(0);
    JsonMapper json = JsonMapper.builder().build();
    JsonNode expected = json.readTree(record);
    ((tools.jackson.databind.node.ObjectNode) expected).remove("text");
    assertThat(json.readTree(parley("export", "--format", "plover", out.toString()).out)).isEqualTo(expected);
  }

  @Test
  void importWritesNothingWhenARecordIsInvalid(@TempDir Path dir) throws IOException {
    Path in = write(dir, "events.jsonl", GOOD.replace("\"REQUEST\"", "\"042\"") + "\n");
    Path out = dir.resolve("events.parley.json");
    CliTest.Run run = parley("import", "--from", "plover", in.toString(), "-o", out.toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("error plover.cameo-code /event/0", "parley import: 1 error; nothing was written");
    assertThat(Files.exists(out)).isFalse();
  }
}
