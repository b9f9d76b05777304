package org.parley.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.export.PloverExport;
import org.parley.json.Problem;
import org.parley.json.ReadLimits;
import org.parley.json.ValidationSummary;
import org.parley.testing.RandomDatasets;

class PloverValidatorTest {

  /** One fault a line (line 1 is valid, line 28 repeats its id), as {@code line:column severity code pointer}. */
  private static final List<String> FAULTS = List.of(
        "2:1 error json.missing-field",
        "3:1 error json.missing-field",
        "4:1 error json.missing-field",
        "5:1 error json.missing-field",
        "6:20 error plover.date /date",
        "7:20 error plover.date /date",
        "8:43 error plover.date-order /enddate",
        "9:40 error plover.time /time",
        "10:105 error plover.cameo-code /event/0",
        "11:105 error json.unknown-value /event/0",
        "12:104 error json.wrong-type /event",
        "13:104 error json.invalid-value /event",
        "14:192 error plover.mode-for-event /mode/0",
        "15:124 error json.unknown-value /mode/0",
        "16:124 error plover.auxiliary-in-mode /mode/0",
        "17:127 error json.unknown-value /context/0",
        "18:1 error plover.recipient-required",
        "19:50 error plover.entity-code /actor/0/code",
        "20:65 error plover.sector /actor/0/sector",
        "21:72 error plover.identifier /actor/0/identifier_id",
        "22:42 error plover.empty-entity /actor/0",
        "23:41 error json.wrong-type /actor",
        "24:126 error plover.quad-code /quad_code",
        "25:128 error plover.event-scale /event_scale",
        "26:232 error plover.text-offsets /text_info/end",
        "27:174 error plover.event-text-not-in-text /event_text/0",
        "28:7 error plover.duplicate-id /id",
        "29:114 error plover.older-field /eventText",
        "30:56 error plover.older-field /actor/0/actor_text",
        "31:112 error json.syntax /event",
        "32:33 error json.duplicate-key /date",
        "33:24 error json.syntax /date",
        "34:1 error json.empty",
        "35:138 error plover.language /cite_info/language",
        "36:164 error plover.location /event_loc/lat",
        "37:113 warning plover.repeated-value /event/1",
        "38:1 error json.wrong-type",
        "39:25 error json.wrong-type /has_event",
        "40:7 error json.invalid-value /id",
        "41:115 error json.trailing-content",
        "42:33 error plover.older-field /source",
        "43:144 error plover.text-offsets /text_info/end",
        "44:161 error json.unknown-value /context/0",
        "45:47 error json.invalid-utf8",
        "end");

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PloverValidatorTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static List<Problem> lines(PloverValidator validator, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    validator.validateLines(new ByteArrayInputStream(bytes), "events.jsonl", problems::add);
    return problems;
  }

  private static List<String> brief(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.severity().wireName() + " " + p.code() + " "
        + p.pointer()).map(String::strip).toList();
  }

  @Test
  void everyFaultIsLocatedWithItsCode() throws IOException {
    List<Problem> problems = lines(PloverValidator.standard(), resource("faults.jsonl"));
    assertThat(brief(problems)).containsExactlyElementsOf(FAULTS.subList(0, FAULTS.size() - 1));
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("events.jsonl"));
    assertThat(problems.get(0).toString()).isEqualTo("events.jsonl:2:1: error json.missing-field (document): the record"
        + " has no \"id\", which PLOVER requires (an identifier unique within the data set)");
    assertThat(problems).filteredOn(p -> p.code().equals(PloverCodes.MODE_FOR_EVENT)).singleElement()
        .extracting(Problem::message).isEqualTo("the mode \"release\" belongs to RETREAT, not to REQUEST, which has the"
            + " modes assist, change, yield, meet");
  }

  @Test
  void theFaultFileHasAFaultForEveryRule() throws Exception {
    Set<String> codes = new TreeSet<>();
    for (Field f : PloverCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    codes.remove(PloverCodes.TRAILING_COMMA);   // lenient only: lenientReadsKnownDeviationsAsWarnings
    codes.remove(PloverCodes.NOT_IMPORTABLE);   // the import's: PloverImportTest
    Set<String> found = lines(PloverValidator.standard(), resource("faults.jsonl")).stream().map(Problem::code)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).containsAll(codes);
    assertThat(FAULTS.size() - 1).isGreaterThanOrEqualTo(30);
  }

  @Test
  void lenientReadsKnownDeviationsAsWarnings() throws IOException {
    String[] all = new String(resource("faults.jsonl"), StandardCharsets.UTF_8).split("\n");
    String deviations = String.join("\n", all[28], all[29], all[30], all[41]) + "\n";
    List<Problem> strict = lines(PloverValidator.standard(), deviations.getBytes(StandardCharsets.UTF_8));
    List<Problem> lenient = lines(PloverValidator.standard().lenient(true), deviations.getBytes(StandardCharsets.UTF_8));
    assertThat(brief(strict)).containsExactly("1:114 error plover.older-field /eventText",
        "2:56 error plover.older-field /actor/0/actor_text", "3:112 error json.syntax /event",
        "4:33 error plover.older-field /source");
    assertThat(brief(lenient)).containsExactly("1:114 warning plover.older-field /eventText",
        "2:56 warning plover.older-field /actor/0/actor_text", "3:112 warning plover.trailing-comma /event",
        "4:33 warning plover.older-field /source");
  }

  @Test
  void anOlderNameIsCheckedAsTheFieldItNames() {
    String line = "{\"id\":\"a\",\"date\":\"2025-05-16\",\"source\":[{\"code\":\"XXX\"}],\"event\":[\"AGREE\"]}\n";
    assertThat(brief(lines(PloverValidator.standard().lenient(true), line.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("1:31 warning plover.older-field /source", "1:49 error plover.entity-code /source/0/code");
  }

  @Test
  void threadsChangeNeitherTheProblemsNorTheirOrder() throws IOException {
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    byte[] faults = resource("faults.jsonl");
    for (int i = 0; i < 60; i++) {
      many.write(faults);
    }
    byte[] bytes = many.toByteArray();
    List<Problem> one = lines(PloverValidator.standard(), bytes);
    List<Problem> three = lines(PloverValidator.standard().withThreads(3), bytes);
    assertThat(three).isEqualTo(one);
    // 60 copies: each copy's 43 errors and 1 warning, and every later copy repeats the 36 ids of the first
    assertThat(one).hasSize(60 * 44 + 59 * 36);
  }

  @Test
  void theSinkStopsTheRun() throws IOException {
    List<Problem> seen = new ArrayList<>();
    ValidationSummary summary = PloverValidator.standard().withThreads(2).validateLines(
        new ByteArrayInputStream(resource("faults.jsonl")), "f", p -> seen.add(p) && seen.size() < 3);
    assertThat(seen).hasSize(3);
    assertThat(summary.stopped()).isTrue();
    assertThat(summary.errors()).isEqualTo(3);
  }

  @Test
  void aDocumentIsAnArrayOfRecords() {
    String json = "[\n  {\"id\": \"a\", \"date\": \"2025-05-16\", \"actor\": [{\"code\": \"TUR\"}], \"event\": [\"CONSULT\"]},\n"
        + "  {\"id\": \"a\", \"date\": \"2025-05-16\", \"actor\": [{\"code\": \"TUR\"}], \"event\": [\"HOST\"]}\n]\n";
    List<Problem> problems = new ArrayList<>();
    ValidationSummary summary = PloverValidator.standard().validateDocument(json.getBytes(StandardCharsets.UTF_8),
        "events.json", problems::add);
    assertThat(brief(problems)).containsExactly("3:10 error plover.duplicate-id /1/id",
        "3:75 error json.unknown-value /1/event/0");
    assertThat(problems.get(0).message()).isEqualTo("the id \"a\" is also the id of the record on line 2; an id is"
        + " unique within the data set");
    assertThat(summary).isEqualTo(new ValidationSummary(2, 2, 0, false));
  }

  @Test
  void jsonLinesInADocumentSaysHowToReadThem() {
    String lines = "{\"id\":\"a\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"TUR\"}],\"event\":[\"CONSULT\"]}\n"
        + "{\"id\":\"b\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"TUR\"}],\"event\":[\"CONSULT\"]}\n";
    List<Problem> problems = new ArrayList<>();
    PloverValidator.standard().validateDocument(lines.getBytes(StandardCharsets.UTF_8), "events.json", problems::add);
    assertThat(brief(problems)).containsExactly("2:1 error json.trailing-content");
    assertThat(problems.get(0).message()).contains("name it .jsonl, or give --lines");
  }

  @Test
  void hostileInputGivesLocatedProblems() {
    ReadLimits limits = ReadLimits.builder().maxLineLength(200).build();
    String deep = "[".repeat(100) + "]".repeat(100);
    String longLine = "{\"id\":\"" + "x".repeat(300) + "\"}";
    String bigNumber = "{\"id\":\"n\",\"date\":\"2025-05-16\",\"actor\":[{\"code\":\"TUR\"}],\"event\":[\"AGREE\"],"
        + "\"quad_code\":" + "9".repeat(30) + "}";
    String input = String.join("\n", deep, longLine, bigNumber, "\u202e{}") + "\n";
    List<Problem> problems = lines(PloverValidator.standard().withLimits(limits),
        input.getBytes(StandardCharsets.UTF_8));
    assertThat(brief(problems)).containsExactly("1:33 error json.limit-exceeded " + "/0".repeat(32),
        "2:1 error json.limit-exceeded", "3:74 error json.limit-exceeded /quad_code", "4:2 error json.syntax");
    assertThat(problems.get(0).message()).isEqualTo("values are nested deeper than the limit of 32 levels");
  }

  @Test
  void parleysOwnPloverRecordsPass() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PloverExport.write(RandomDatasets.of(seed), out);
      List<Problem> problems = lines(PloverValidator.standard(), out.toByteArray());
      assertThat(problems).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void theCodebookMapsEveryFieldOfTheManualsRecord() {
    // The manual's table "PLOVER JSON", field by field.
    assertThat(org.parley.export.PloverVocabulary.recordFields()).containsExactly("id", "has_event", "date", "time",
        "enddate", "endtime", "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale",
        "mode", "context", "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment");
  }

  @Test
  void damagedRecordsGiveProblemsNeverAnException() throws IOException {
    String[] corpus = new String(resource("corpus.jsonl"), StandardCharsets.UTF_8).split("\n");
    java.util.Random random = new java.util.Random(29);
    byte[] specials = "{}[],:\"\\ 0-eE.tfn\u00e9\r\n".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 10000; i++) {
      byte[] bytes = corpus[random.nextInt(corpus.length)].getBytes(StandardCharsets.UTF_8);
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
          case 0 -> bytes[at] = specials[random.nextInt(specials.length)];
          case 1 -> bytes[at] = (byte) random.nextInt(256);
          case 2 -> bytes = java.util.Arrays.copyOf(bytes, at);
          default -> {
            byte[] longer = new byte[bytes.length + 1];
            System.arraycopy(bytes, 0, longer, 0, at);
            longer[at] = specials[random.nextInt(specials.length)];
            System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
            bytes = longer;
          }
        }
        if (bytes.length == 0) {
          break;
        }
      }
      byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
      line[bytes.length] = '\n';
      List<Problem> problems = lines(PloverValidator.standard().lenient(i % 2 == 0), line);
      long lineCount = new String(line, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
      assertThat(problems).allSatisfy(p -> assertThat(p.line()).isBetween(1L, lineCount));
      PloverImport.Result result = PloverImport.read(line, "damaged.jsonl", true, i % 2 == 0,
          org.parley.model.NegotiationId.of("negotiation:damaged"));
      assertThat(result.dataset().isPresent())
          .isEqualTo(result.problems().stream().noneMatch(p -> p.severity() == org.parley.validate.Severity.ERROR));
    }
  }
}
