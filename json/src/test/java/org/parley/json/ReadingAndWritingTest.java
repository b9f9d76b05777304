package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.files.AtomicFile;
import org.parley.model.Dataset;
import org.parley.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;

class ReadingAndWritingTest {

  private final String fixture = ParleyJson.standard().write(Fixtures.dataset());

  @Test
  void readsFromEveryKindOfInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fixture.json");
    Files.writeString(file, fixture);

    assertThat(ParleyJson.standard().read(fixture)).isEqualTo(Fixtures.dataset());
    assertThat(ParleyJson.standard().read(fixture.getBytes(StandardCharsets.UTF_8))).isEqualTo(Fixtures.dataset());
    assertThat(ParleyJson.standard().read(new ByteArrayInputStream(fixture.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Fixtures.dataset());
    assertThat(ParleyJson.standard().read(new StringReader(fixture))).isEqualTo(Fixtures.dataset());
    assertThat(ParleyJson.standard().read(file)).isEqualTo(Fixtures.dataset());
  }

  @Test
  void refusesAByteOrderMarkFromEveryKindOfInput() {
    String withBom = "\uFEFF" + fixture;

    assertThat(catchThrowableOfType(ParleyJsonException.class, () -> ParleyJson.standard().read(withBom)).code())
        .isEqualTo(ReadCodes.BYTE_ORDER_MARK);
    assertThat(catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(new StringReader(withBom))).code()).isEqualTo(ReadCodes.BYTE_ORDER_MARK);
    assertThat(catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(withBom.getBytes(StandardCharsets.UTF_8))).code())
        .isEqualTo(ReadCodes.BYTE_ORDER_MARK);
  }

  @Test
  void writesAFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.json");
    Files.writeString(file, "old");

    ParleyJson.standard().write(Fixtures.dataset(), file);

    assertThat(Files.readString(file)).isEqualTo(fixture);
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }

  @Test
  void leavesTheOldFileWhenWritingFails(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.json");
    Files.writeString(file, "old");

    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write("half a docu".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }

  @Test
  void boundsNestingDepth() {
    ParleyJson shallow = ParleyJson.builder().limits(ReadLimits.builder().maxNestingDepth(3).build()).build();

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, () -> shallow.read(fixture));

    assertThat(e.code()).isEqualTo(ReadCodes.LIMIT_EXCEEDED);
    assertThat(e.problem().pointer()).hasToString("/actors/0/aliases");
    assertThat(e.problem().message()).isEqualTo("nesting 4 levels deep, deeper than the limit of 3 (ReadLimits.maxNestingDepth)");
  }

  @Test
  void boundsStringLength() {
    ParleyJson small = ParleyJson.builder().limits(ReadLimits.builder().maxStringLength(15).build()).build();

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, () -> small.read(fixture));

    assertThat(e.code()).isEqualTo(ReadCodes.LIMIT_EXCEEDED);
    assertThat(e.problem().pointer()).hasToString("/actors/0/aliases/0");
    assertThat(e.problem().message()).isEqualTo("a string longer than 15 characters, the limit (ReadLimits.maxStringLength)");
  }

  @Test
  void namesTheStringLimitNotTheLengthJacksonCountedSoFar() {
    String name = "x".repeat(15_000_000);
    String document = "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"" + name + "\"}]}";

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));

    assertThat(e.code()).isEqualTo(ReadCodes.LIMIT_EXCEEDED);
    assertThat(e.problem().pointer()).hasToString("/actors/0/name");
    assertThat(e.problem().message())
        .isEqualTo("a string longer than 1,000,000 characters, the limit (ReadLimits.maxStringLength)");
  }

  @Test
  void boundsDocumentLength() {
    ParleyJson small = ParleyJson.builder().limits(ReadLimits.builder().maxDocumentLength(1000).build()).build();

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> small.read(fixture.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.code()).isEqualTo(ReadCodes.LIMIT_EXCEEDED);
    assertThat(e.problem().message()).isEqualTo("the document is longer than 1,000 bytes, the limit (ReadLimits.maxDocumentLength)");
  }

  @Test
  void refusesNonPositiveLimits() {
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(0))
        .hasMessage("Invalid value for maxNestingDepth (must be positive): 0");
  }

  /** A user's own document type that embeds Parley records. */
  public static final class Envelope {
    public String note;
    public Dataset dataset;
    public org.parley.model.Report highlight;
  }

  @Test
  void letsAUsersOwnMapperEmbedParleyRecordsThroughServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Envelope envelope = new Envelope();
    envelope.note = "for the newsroom";
    envelope.dataset = Fixtures.dataset();
    envelope.highlight = Fixtures.report();

    String json = mapper.writeValueAsString(envelope);
    Envelope back = mapper.readValue(json, Envelope.class);

    assertThat(json).startsWith("{\"dataset\":{\"parley\":\"1.2\",\"actors\":[{").contains("\"note\":\"for the newsroom\"");
    assertThat(back.dataset).isEqualTo(Fixtures.dataset());
    assertThat(back.highlight).isEqualTo(Fixtures.report());
  }

  @Test
  void keepsItsStrictnessInsideAUsersMapper() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String actor = "{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\",\"extra\":1}";

    assertThatThrownBy(() -> mapper.readValue(actor, org.parley.model.Actor.class))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessage("1:43: error json.unknown-field /extra: unknown field \"extra\" in an actor; expected one of id, kind, name,"
            + " aliases, wikidataId, country, affiliation, demonyms, members, anonymous");
  }

  @Test
  void writesTerminalControlAndBidirectionalCharactersEscapedAndReadsThemBack() {
    org.parley.model.Demand demand = org.parley.model.Demand.builder().from(Fixtures.report().demands().get(0))
        .description("withdraw\u009b2J\u202e\u2028\u007f").build();
    Dataset dataset = Fixtures.withReport(r -> r.demands(List.of(demand)));

    String written = ParleyJson.standard().write(dataset);

    assertThat(written).contains("\"description\": \"withdraw\\u009b2J\\u202e\\u2028\\u007f\"");
    assertThat(written.chars().filter(c -> c >= 0x7F && c <= 0x9F || c == 0x202E || c == 0x2028)).isEmpty();
    assertThat(written).contains("Dolmabahçe");
    assertThat(ParleyJson.standard().read(written)).isEqualTo(dataset);
  }
}
