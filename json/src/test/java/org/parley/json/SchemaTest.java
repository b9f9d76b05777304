package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.json.internal.format.Fields;
import org.parley.model.ActorKind;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Channel;
import org.parley.model.ClaimKind;
import org.parley.model.Completeness;
import org.parley.model.DateRole;
import org.parley.model.DelegationRole;
import org.parley.model.DurationQualifier;
import org.parley.model.Issue;
import org.parley.model.NegotiationRole;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PagePart;
import org.parley.model.ProcessEventKind;
import org.parley.model.QuantityBasis;
import org.parley.model.QuantityQualifier;
import org.parley.model.ResponseKind;
import org.parley.model.RevisionKind;
import org.parley.model.RoundFormat;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.StatementMode;
import org.parley.model.Verdict;
import org.parley.model.WireEnum;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema agrees with the reader: what Parley writes passes it, what it refuses fails it. */
class SchemaTest {

  private static final String SCHEMA_1_0_ID = "urn:parley:schema:parley-1.0";
  private static final String SCHEMA_1_1_ID = "urn:parley:schema:parley-1.1";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(ParleyJson.SCHEMA_ID, ParleyJson.schema(),
          SCHEMA_1_0_ID, ParleyJson.schema("1.0"), SCHEMA_1_1_ID, ParleyJson.schema("1.1"))));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ParleyJson.SCHEMA_ID));
  private static final Schema DOCUMENT_1_0 = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_1_0_ID));
  private static final Schema DOCUMENT_1_1 = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_1_1_ID));
  private static final Schema LINE = REGISTRY.getSchema(SchemaLocation.of(ParleyJson.SCHEMA_ID + "#/$defs/line"));
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(ParleyJson.schema());

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static boolean rejects(Schema schema, byte[] json) {
    try {
      return !errors(schema, new String(json, StandardCharsets.UTF_8)).isEmpty();
    } catch (RuntimeException unparseable) {
      return true;
    }
  }

  @Test
  void acceptsEveryDocumentParleyWrites() {
    ParleyJson compact = ParleyJson.builder().pretty(false).build();
    assertThat(errors(DOCUMENT, ParleyJson.standard().write(Fixtures.dataset()))).isEmpty();
    for (long seed = 0; seed < 2_000; seed++) {
      String json = compact.write(RandomDatasets.of(seed));
      assertThat(errors(DOCUMENT, json)).as("seed %d: %s", seed, json).isEmpty();
    }
  }

  @Test
  void acceptsEveryJsonLinesLineParleyWrites() throws IOException {
    for (long seed = 0; seed < 300; seed++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ParleyJson.standard().writeLines(RandomDatasets.of(seed), out);
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        assertThat(errors(LINE, line)).as("seed %d: %s", seed, line).isEmpty();
      }
    }
  }

  @Test
  void acceptsTheValidCorpus() {
    assertThat(errors(DOCUMENT_1_0,
        new String(BadInputTest.resource("valid/every-field-once.json"), StandardCharsets.UTF_8))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> rejectsEveryStructurallyInvalidDocumentOfTheBadCorpus() {
    return BadInputTest.cases().stream().filter(BadInputTest.Case::schemaRejects)
        .map(c -> DynamicTest.dynamicTest(c.file, () ->
            assertThat(rejects(schemaOfItsVersion(c.bytes()), c.bytes()))
                .as("the schema of its version rejects %s", c.file).isTrue()));
  }

  /** The schema of the version a corpus document declares; format 1.0 for one that declares none. */
  private static Schema schemaOfItsVersion(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8).replace(" ", "");
    return text.contains("\"parley\":\"1.2\"") ? DOCUMENT
        : text.contains("\"parley\":\"1.1\"") ? DOCUMENT_1_1 : DOCUMENT_1_0;
  }

  @Test
  void rejectsAJsonLinesLineWithTwoRecords() {
    assertThat(errors(LINE, "{\"actor\":{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\"},\"parley\":\"1.1\"}"))
        .isNotEmpty();
  }

  @Test
  void listsTheSameFieldsAsTheReaderForEveryType() {
    Map<String, Fields> types = Map.ofEntries(
        Map.entry("actor", Fields.ACTOR), Map.entry("negotiation", Fields.NEGOTIATION),
        Map.entry("source", Fields.SOURCE), Map.entry("document", Fields.DOCUMENT),
        Map.entry("report", Fields.REPORT), Map.entry("reportedDate", Fields.REPORTED),
        Map.entry("reportedVenue", Fields.REPORTED), Map.entry("reportedDuration", Fields.REPORTED),
        Map.entry("reportedFormat", Fields.REPORTED),
        Map.entry("venue", Fields.VENUE), Map.entry("duration", Fields.DURATION),
        Map.entry("evidence", Fields.EVIDENCE), Map.entry("assessment", Fields.ASSESSMENT),
        Map.entry("delegation", Fields.DELEGATION), Map.entry("member", Fields.MEMBER),
        Map.entry("demand", Fields.DEMAND), Map.entry("response", Fields.RESPONSE),
        Map.entry("outcome", Fields.OUTCOME), Map.entry("quantity", Fields.QUANTITY),
        Map.entry("statement", Fields.STATEMENT), Map.entry("attribution", Fields.ATTRIBUTION),
        Map.entry("title", Fields.TITLE), Map.entry("agreement", Fields.AGREEMENT),
        Map.entry("revision", Fields.REVISION), Map.entry("about", Fields.ABOUT), Map.entry("date", Fields.DATE),
        Map.entry("agreementClaim", Fields.AGREEMENT_CLAIM), Map.entry("participant", Fields.PARTICIPANT),
        Map.entry("provision", Fields.PROVISION), Map.entry("phase", Fields.PHASE), Map.entry("role", Fields.ROLE),
        Map.entry("event", Fields.EVENT), Map.entry("fact", Fields.FACT), Map.entry("link", Fields.LINK),
        Map.entry("act", Fields.ACT));
    // The reader takes a claim without evidence, and the validator refuses it (evidence.missing): the
    // schema of format 1.2, which checks a document in one step, requires at least one passage.
    Set<String> claims = Set.of("reportedDate", "reportedVenue", "reportedDuration", "reportedFormat", "delegation", "member", "demand",
        "response", "outcome", "statement", "title", "date", "agreementClaim", "provision", "role", "event", "fact",
        "act");
    types.forEach((name, fields) -> {
      JsonNode def = SCHEMA.get("$defs").get(name);
      List<String> required = new java.util.ArrayList<>(fields.requiredNames());
      if (claims.contains(name)) {
        required.add("evidence");
        assertThat(def.get("properties").get("evidence").get("minItems").asInt()).as("evidence of %s", name)
            .isEqualTo(1);
      }
      assertThat(names(def.get("properties"))).as("properties of %s", name).containsExactly(fields.names);
      assertThat(values(def.get("required"))).as("required of %s", name).isEqualTo(required);
    });
    assertThat(names(SCHEMA.get("properties"))).containsExactly(Fields.DATASET.names);
    assertThat(values(SCHEMA.get("required"))).isEqualTo(Fields.DATASET.requiredNames());
  }

  @Test
  void listsTheSameEnumerationValuesAsTheModel() {
    assertEnum("actor", "kind", ActorKind.class);
    assertEnum("source", "kind", SourceKind.class);
    assertEnum("delegation", "role", DelegationRole.class);
    assertEnum("issue", null, Issue.class);
    assertEnum("negotiation", "format", RoundFormat.class);
    assertEnum("agreement", "type", AgreementType.class);
    assertEnum("agreementClaim", "status", AgreementStatus.class);
    assertEnum("participant", "role", AgreementRole.class);
    assertEnum("date", "role", DateRole.class);
    assertEnum("quantity", "qualifier", QuantityQualifier.class);
    assertEnum("role", "role", NegotiationRole.class);
    assertEnum("event", "kind", ProcessEventKind.class);
    assertEnum("statement", "stance", Stance.class);
    assertEnum("about", "kind", ClaimKind.class);
    assertEnum("evidence", "part", PagePart.class);
    assertEnum("revision", "kind", RevisionKind.class);
    assertEnum("source", "completeness", Completeness.class);
    assertEnum("response", "kind", ResponseKind.class);
    assertEnum("outcome", "kind", OutcomeKind.class);
    assertEnum("outcome", "status", OutcomeStatus.class);
    assertEnum("statement", "mode", StatementMode.class);
    assertEnum("statement", "channel", Channel.class);
    assertEnum("assessment", "verdict", Verdict.class);
    assertEnum("duration", "qualifier", DurationQualifier.class);
    assertEnum("quantity", "basis", QuantityBasis.class);
  }

  private static <E extends Enum<E> & WireEnum> void assertEnum(String def, String property, Class<E> type) {
    JsonNode node = SCHEMA.get("$defs").get(def);
    JsonNode values = (property == null ? node : node.get("properties").get(property)).get("enum");
    assertThat(values(values)).as("%s.%s", def, property)
        .isEqualTo(Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).collect(Collectors.toList()));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }
}
