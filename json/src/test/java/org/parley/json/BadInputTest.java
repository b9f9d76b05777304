package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus: every file under {@code bad/} is refused with the code and JSON Pointer
 * that {@code bad/expected.tsv} gives for it, as bytes, as a stream and (where it is text) as a
 * string, never with any exception but {@link ParleyJsonException}.
 */
class BadInputTest {

  /** One line of {@code bad/expected.tsv}. */
  static final class Case {
    final String file;
    final String code;
    final String pointer;
    final String schema;

    Case(String line) {
      String[] fields = line.split("\t", -1);
      this.file = fields[0];
      this.code = fields[1];
      this.pointer = fields[2];
      this.schema = fields[3];
    }

    byte[] bytes() {
      return resource("bad/" + file);
    }

    boolean schemaRejects() {
      return schema.equals("rejects");
    }
  }

  static List<Case> cases() {
    String manifest = new String(resource("bad/expected.tsv"), StandardCharsets.UTF_8);
    return manifest.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(Case::new).collect(Collectors.toList());
  }

  static byte[] resource(String name) {
    try (InputStream in = BadInputTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusHoldsAtLeastSixtyDocuments() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
  }

  @TestFactory
  Stream<DynamicTest> refusesEachBadDocumentWithItsCodeAndPointer() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file, () -> {
      ParleyJsonException fromBytes = catchThrowableOfType(ParleyJsonException.class,
          () -> ParleyJson.standard().read(c.bytes()));
      assertThat(fromBytes).as("%s is refused", c.file).isNotNull();
      assertThat(fromBytes.code()).as("code of %s: %s", c.file, fromBytes.getMessage()).isEqualTo(c.code);
      assertThat(fromBytes.problem().pointer()).as("pointer of %s: %s", c.file, fromBytes.getMessage()).hasToString(c.pointer);

      ParleyJsonException fromStream = catchThrowableOfType(ParleyJsonException.class,
          () -> ParleyJson.standard().read(new java.io.ByteArrayInputStream(c.bytes())));
      assertThat(fromStream.code()).isEqualTo(c.code);
      assertThat(fromStream.problem().pointer()).hasToString(c.pointer);
    }));
  }

  @Test
  void namesLineColumnPointerAndAllowedValuesForAnUnknownEnumValue() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(resource("bad/issue-terrain.json")));

    assertThat(e.problem().line()).isEqualTo(107);
    assertThat(e.problem().column()).isEqualTo(20);
    assertThat(e.getMessage()).isEqualTo("107:20: error json.unknown-value /reports/0/demands/0/issue: unknown value \"terrain\";"
        + " expected one of territory, ceasefire, prisoners, sanctions, recognition, security_guarantees,"
        + " military_limits, accountability, leaders_meeting, other,"
            + " hostages, humanitarian_access, displacement_and_return, remains, monitoring_and_verification,"
            + " civilian_protection, withdrawal, disarmament_demobilization, border_demarcation,"
            + " transit_and_connectivity, normalization, economic_cooperation, nuclear_program, power_sharing,"
            + " elections, constitutional_reform, transitional_justice");
  }

  @Test
  void namesTheRequiredFieldsWhenOneIsMissing() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(resource("bad/demand-missing-addressee.json")));

    assertThat(e.problem().message()).isEqualTo("a demand needs the field \"addressee\" (required: by, addressee, issue)");
  }

  @Test
  void namesTheAllowedFieldsWhenOneIsUnknown() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(resource("bad/misspelled-addressee.json")));

    assertThat(e.problem().message()).isEqualTo("unknown field \"adressee\" in a demand; expected one of key, by, addressee, issue,"
        + " otherIssues, description, regions, conditions, duration, response, evidence, assessment, note");
  }

  @Test
  void passesOnTheModelsOwnMessageForAValueItRefuses() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(resource("bad/date-month-13.json")));

    assertThat(e.problem().message()).isEqualTo("Invalid value for month (valid values 1 - 12): 13");
  }

  @Test
  void saysWhyNullIsRefused() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(resource("bad/optional-null.json")));

    assertThat(e.problem().message()).isEqualTo(
        "null is not allowed here; expected a string (leave an optional field out instead of writing null)");
  }

  @Test
  void readsTheValidCorpus() {
    assertThat(ParleyJson.standard().read(resource("valid/every-field-once.json")).reports()).hasSize(1);
  }
}
