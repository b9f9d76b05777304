package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;
import org.parley.validate.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of format 1.2 refuses what Parley refuses field by field, and accepts what it
 * accepts: every field of documents that between them use every field of the format is changed in
 * turn (removed, emptied, blanked, given an uppercase or a too-short value, made zero, negative or a
 * fraction), and the reader (with the validator's one field-level rule, that a claim has evidence)
 * and the schema must give the same answer for each. Where a schema cannot say what the reader
 * checks, the case is listed below with why.
 */
class SchemaAgreesWithReaderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(Map.of(ParleyJson.SCHEMA_ID, ParleyJson.schema())))
      .getSchema(SchemaLocation.of(ParleyJson.SCHEMA_ID));
  private static final Path EXAMPLE = Path.of("..", "docs", "example", "putrajaya-2025.parley.json");

  /** Why a range's upper end is the reader's alone. */
  private static final String RANGE = "a range's max must exceed its amount: JSON Schema cannot compare two values";

  /**
   * Changes the schema cannot judge as the reader does, by the shape of the place ({@code *} for an
   * index) and the change, with why.
   */
  private static final Map<String, String> BEYOND_A_SCHEMA = Map.of(
      "/reports/*/outcomes/*/quantities/*/max 0", RANGE,
      "/reports/*/agreements/*/provisions/*/quantities/*/max 0", RANGE,
      "/reports/*/facts/*/quantity/max 0", RANGE,
      "/reports/*/facts/*/quantities/*/max 0", RANGE);

  /** One change to one place of a document. */
  private record Change(String shape, String pointer, String what, JsonNode document) {}

  @Test
  void theSchemaAndTheReaderGiveTheSameAnswerForEveryChangeToEveryField() throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    documents.add(JSON.readTree(Files.readString(EXAMPLE)));
    documents.add(JSON.readTree(ParleyJson.standard().write(Fixtures.dataset())));
    for (long seed = 0; seed < 40; seed++) {
      documents.add(JSON.readTree(ParleyJson.standard().write(RandomDatasets.of(seed))));
    }
    Map<String, Change> changes = new LinkedHashMap<>();
    for (JsonNode document : documents) {
      changes(document, document, "", "", c -> changes.putIfAbsent(c.shape() + " " + c.what(), c));
    }

    List<String> disagree = new ArrayList<>();
    Set<String> shapes = new LinkedHashSet<>();
    for (Map.Entry<String, Change> e : changes.entrySet()) {
      Change c = e.getValue();
      shapes.add(c.shape());
      String json = JSON.writeValueAsString(c.document());
      boolean parley = refusedByParley(json);
      boolean schema = !SCHEMA.validate(json, InputFormat.JSON).isEmpty();
      if (parley != schema && !BEYOND_A_SCHEMA.containsKey(e.getKey())) {
        disagree.add(e.getKey() + " (at " + c.pointer() + "): Parley " + (parley ? "refuses" : "accepts")
            + ", the schema " + (schema ? "refuses" : "accepts"));
      }
    }

    assertThat(shapes).as("the places changed").hasSizeGreaterThan(250);
    assertThat(changes).as("the changes made").hasSizeGreaterThan(1_000);
    assertThat(disagree).isEmpty();
  }

  /** Whether Parley refuses the document: the reader refuses it, or the validator finds a claim without evidence. */
  private static boolean refusedByParley(String json) {
    Dataset dataset;
    try {
      dataset = ParleyJson.standard().read(json.getBytes(StandardCharsets.UTF_8));
    } catch (ParleyJsonException refused) {
      return true;
    }
    return Validator.builder().build().validate(dataset).errors().stream()
        .anyMatch(v -> v.code().equals("evidence.missing"));
  }

  /** Every change to every place under {@code node}, which is at {@code pointer} in {@code root}. */
  private static void changes(JsonNode root, JsonNode node, String pointer, String shape, Consumer<Change> out) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        String at = pointer + "/" + name;
        String shapeAt = shape + "/" + name;
        if (!pointer.isEmpty() || !name.equals("parley")) {
          out.accept(new Change(shapeAt, at, "removed", edit(root, pointer, p -> ((ObjectNode) p).remove(name))));
        }
        changes(root, node.get(name), at, shapeAt, out);
      }
    } else if (node.isArray()) {
      if (!node.isEmpty()) {
        out.accept(new Change(shape, pointer, "emptied", replace(root, pointer, JSON.createArrayNode())));
      }
      for (int i = 0; i < node.size(); i++) {
        changes(root, node.get(i), pointer + "/" + i, shape + "/*", out);
      }
    } else if (node.isString() && !pointer.equals("/parley")) {
      for (String value : List.of("", " ", "Not A Key!", "x")) {
        out.accept(new Change(shape, pointer, "\"" + value + "\"", replace(root, pointer,
            JsonNodeFactory.instance.stringNode(value))));
      }
    } else if (node.isIntegralNumber()) {
      out.accept(new Change(shape, pointer, "0", replace(root, pointer, JsonNodeFactory.instance.numberNode(0))));
      out.accept(new Change(shape, pointer, "-1", replace(root, pointer, JsonNodeFactory.instance.numberNode(-1))));
      out.accept(new Change(shape, pointer, "2.5", replace(root, pointer, JsonNodeFactory.instance.numberNode(2.5))));
    }
  }

  private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    String parent = pointer.substring(0, slash);
    String last = pointer.substring(slash + 1);
    return edit(root, parent, p -> {
      if (p instanceof ObjectNode o) {
        o.set(last, value);
      } else {
        ((ArrayNode) p).set(Integer.parseInt(last), value);
      }
    });
  }

  /** A copy of {@code root} with {@code action} done to the node at {@code pointer}. */
  private static JsonNode edit(JsonNode root, String pointer, Consumer<JsonNode> action) {
    JsonNode copy = root.deepCopy();
    action.accept(pointer.isEmpty() ? copy : copy.at(pointer));
    return copy;
  }
}
