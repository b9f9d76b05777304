package org.parley.json.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.JsonDocumentValidator;
import org.parley.json.JsonLinesValidator;
import org.parley.json.Location;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;
import org.parley.json.Problem;
import org.parley.json.ReadCodes;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.JsonPointer;
import org.parley.testing.Fixtures;
import org.parley.validate.Severity;
import org.parley.validate.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Where problems are placed: recorded during the one parse, in code points, with the file's name. */
class LocationTest {

  private static final Validator VALIDATOR = Validator.builder().texts(Fixtures.texts()).build();

  /** The text of {@code line} (from 1) from {@code column} (in code points, from 1) on. */
  private static String at(String text, long line, long column) {
    String l = text.split("\n", -1)[(int) line - 1];
    return l.substring(l.offsetByCodePoints(0, (int) column - 1));
  }

  private static ValueStarts startsOf(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ValueStarts starts = new ValueStarts(bytes);
    try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), bytes)) {
      JsonIn in = new JsonIn(parser, true, Columns.of(bytes), starts);
      for (parser.nextToken(); parser.currentToken() != null; parser.nextToken()) {
        if (parser.currentToken().isScalarValue() || parser.currentToken().isStructStart()) {
          in.started();
        }
      }
    }
    return starts;
  }

  @Test
  void findsAValueOrItsNearestEnclosingOneInCodePoints() {
    // "Türkiye’s" is 9 code points and 12 bytes; "é" 1 and 2; 🔗 1 code point, 4 bytes
    ValueStarts starts = startsOf("{\"a\":\"Türkiye’s\",\n\"b\":{\"c\":\"é🔗\",\"d\":1,\"e/f\":[true,{\"g\":null}]}}");

    assertThat(starts.find(JsonPointer.parse(""))).containsExactly(1, 1);
    assertThat(starts.find(JsonPointer.parse("/a"))).containsExactly(1, 6);
    assertThat(starts.find(JsonPointer.parse("/b/c"))).containsExactly(2, 10);
    assertThat(starts.find(JsonPointer.parse("/b/d"))).containsExactly(2, 19);
    assertThat(starts.find(JsonPointer.parse("/b/e~1f/1/g"))).containsExactly(2, 38);
    assertThat(starts.find(JsonPointer.parse("/b/e~1f/1"))).containsExactly(2, 33);
    assertThat(starts.find(JsonPointer.parse("/b/e~1f/0"))).containsExactly(2, 28);
    assertThat(starts.find(JsonPointer.parse("/b/missing"))).containsExactly(2, 5);
    assertThat(starts.find(JsonPointer.parse("/b/e~1f/7"))).containsExactly(2, 27);
    assertThat(starts.find(JsonPointer.parse("/b/e~1f/01"))).containsExactly(2, 27);
  }

  @Test
  void countsReadErrorColumnsInCodePointsFromBytesStringsStreamsAndReaders() throws IOException {
    String json = "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"actor:x\",\"name\":\"Ééééé 🔗\",\"kind\":\"zzz\"}]}";
    ParleyJson reader = ParleyJson.standard();

    List<ParleyJsonException> errors = List.of(
        catchThrowableOfType(ParleyJsonException.class, () -> reader.read(json.getBytes(StandardCharsets.UTF_8))),
        catchThrowableOfType(ParleyJsonException.class, () -> reader.read(json)),
        catchThrowableOfType(ParleyJsonException.class,
            () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))),
        catchThrowableOfType(ParleyJsonException.class, () -> reader.read(new StringReader(json))));

    for (ParleyJsonException e : errors) {
      assertThat(e.problems()).containsExactly(new Problem(Severity.ERROR, ReadCodes.UNKNOWN_VALUE,
          Location.of(1, 67, JsonPointer.parse("/actors/0/kind")), e.problem().message()));
      assertThat(at(json, 1, 67)).startsWith("\"zzz\"");
    }
  }

  @Test
  void namesTheFileAReadErrorIsIn(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("talks.json"), "{\"parley\":\"1.1\",\"actors\":[{\"id\":7}]}");

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, () -> ParleyJson.standard().read(file));

    assertThat(e.problem().location()).isEqualTo(new Location(file.toString(), 1, 33, JsonPointer.parse("/actors/0/id")));
    assertThat(e).hasMessage(file + ":1:33: error json.wrong-type /actors/0/id: expected a string, found a number");
  }

  @Test
  void placesEveryViolationOfADocumentAtItsValueWithoutASecondParse() {
    String json = new String(ParleyJson.standard().writeBytes(Dataset.builder().from(Fixtures.dataset())
        .addActors(Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Trump — again").build())
        .build()), StandardCharsets.UTF_8).replace("\"Trump — again\"", "\"Trump — again\", \"affiliation\": \"actor:nobody\"");
    List<Problem> found = new ArrayList<>();

    new JsonDocumentValidator(ParleyJson.standard(), VALIDATOR)
        .validate(json.getBytes(StandardCharsets.UTF_8), "talks.json", Long.MAX_VALUE, found::add);

    assertThat(found).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "id.duplicate /actors/8/id", "reference.unknown-actor /actors/8/affiliation");
    assertThat(found).allMatch(p -> p.file().equals("talks.json"));
    assertThat(at(json, found.get(0).line(), found.get(0).column())).startsWith("\"actor:donald-trump\"");
    assertThat(at(json, found.get(1).line(), found.get(1).column())).isEqualTo("\"actor:nobody\"");
  }

  @Test
  void placesEveryProblemOfAJsonLinesFileAtItsLineColumnAndAPointerInTheLine(@TempDir Path dir) throws IOException {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .addActors(Actor.builder().id(Fixtures.TRUMP).kind(ActorKind.PERSON).name("Trump — again")
            .affiliation(org.parley.model.ActorId.of("actor:nobody")).build())
        .addReports(Fixtures.report()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, out);
    String text = out.toString(StandardCharsets.UTF_8).replace("\"kind\":\"organization\"", "\"kind\":\"company\"");
    Path file = Files.writeString(dir.resolve("talks.jsonl"), text);
    List<Problem> found = new ArrayList<>();

    new JsonLinesValidator(ParleyJson.standard(), VALIDATOR).validate(file, found::add);

    assertThat(found).extracting(p -> p.line() + " " + p.code() + " " + p.pointer() + " " + p.message()).containsExactly(
        "9 json.unknown-value /actor/kind unknown value \"company\"; expected one of person, state, organization,"
            + " group, armed_group, state_force, international_organization, ngo, media",
        "14 reference.unknown-actor /report/statements/0/attribution/0/actor no actor with id actor:reuters in"
            + " /actors",
        "15 id.duplicate /report/id id report:fixture-article is already used by line 14; ids must be unique",
        "15 report.duplicate-account /report/source report report:fixture-article is a second account by"
            + " source:fixture-article of negotiation:istanbul-2025 (the first is line 14); one report per source and"
            + " negotiation keeps sources apart",
        "15 reference.unknown-actor /report/statements/0/attribution/0/actor no actor with id actor:reuters in"
            + " /actors",
        "10 id.duplicate /actor/id id actor:donald-trump is already used by line 8; ids must be unique",
        "10 reference.unknown-actor /actor/affiliation no actor with id actor:nobody in /actors",
        "13 reference.unknown-actor /source/cites/0 no actor with id actor:reuters in /actors");
    assertThat(found).allMatch(p -> p.file().equals(file.toString()) && p.column() > 0);
    assertThat(found).extracting(p -> at(text, p.line(), p.column()).substring(0, 12)).containsExactly(
        "\"company\",\"n", "\"actor:reute", "\"report:fixt", "\"source:fixt", "\"actor:reute", "\"actor:donal",
        "\"actor:nobod", "\"actor:reute");
  }

  @Test
  void printsAProblemInOneFormLeavingOutWhatIsUnknown() {
    Problem problem = new Problem(Severity.WARNING, "id.duplicate", new Location("a.jsonl", 12, 3, JsonPointer.parse("/actor/id")), "m");

    assertThat(problem).hasToString("a.jsonl:12:3: warning id.duplicate /actor/id: m");
    assertThat(problem.inFile("")).hasToString("12:3: warning id.duplicate /actor/id: m");
    assertThat(new Problem(Severity.ERROR, "json.limit-exceeded", new Location("b.json", 0, 0, JsonPointer.parse("")), "m"))
        .hasToString("b.json: error json.limit-exceeded (document): m");
    assertThat(new Problem(Severity.ERROR, "json.syntax", Location.of(4, 0, JsonPointer.parse("/a")), "m"))
        .hasToString("4: error json.syntax /a: m");
    assertThat(problem).isEqualTo(new Problem(Severity.WARNING, "id.duplicate", new Location("a.jsonl", 12, 3,
        JsonPointer.parse("/actor/id")), "m"));
  }
}
