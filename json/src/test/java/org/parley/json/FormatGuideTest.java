package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.ClaimType;
import org.parley.model.Dataset;
import org.parley.validate.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/format.md}, the format guide, says what the format is: its example dataset reads
 * strictly, validates against the story it encodes with no problem at all, passes the JSON Schema,
 * every example in the guide is that dataset's own value at the place it names, and every record
 * and claim kind has one.
 */
class FormatGuideTest {

  private static final Path ROOT = Path.of("..");
  private static final Path GUIDE = ROOT.resolve("docs").resolve("format.md");
  private static final Path DATASET = ROOT.resolve("docs").resolve("example").resolve("putrajaya-2025.parley.json");
  private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The examples of the guide, by the place in the dataset they name. */
  private static Map<String, JsonNode> examples() throws IOException {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    Matcher m = EXAMPLE.matcher(Files.readString(GUIDE));
    while (m.find()) {
      found.put(m.group(1), JSON.readTree(m.group(2)));
    }
    return found;
  }

  @Test
  void theExampleDatasetReadsStrictlyAndValidatesAgainstItsStoryWithoutAnyProblem() throws IOException {
    Dataset dataset = ParleyJson.standard().read(DATASET);

    assertThat(Validator.builder().texts(DirectorySourceTexts.in(ROOT)).build().validate(dataset).violations())
        .isEmpty();
    assertThat(dataset.reports()).hasSize(1);
  }

  @Test
  void theExampleDatasetPassesTheJsonSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(ParleyJson.SCHEMA_ID, ParleyJson.schema())));
    Schema schema = registry.getSchema(SchemaLocation.of(ParleyJson.SCHEMA_ID));

    assertThat(schema.validate(Files.readString(DATASET), InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyExampleIsTheDatasetsOwnValueAtThePlaceItNames() throws IOException {
    JsonNode dataset = JSON.readTree(DATASET.toFile());
    Map<String, JsonNode> examples = examples();

    assertThat(examples).hasSizeGreaterThan(15);
    examples.forEach((pointer, example) -> assertThat(example).as(pointer).isEqualTo(dataset.at(pointer)));
  }

  @Test
  void everyRecordAndClaimKindHasAnExample() throws IOException {
    List<String> wanted = new ArrayList<>(List.of("/actors/", "/negotiations/", "/agreements/", "/sources/"));
    for (ClaimType type : ClaimType.topLevel()) {
      wanted.add("/reports/0/" + type.field());
    }
    List<String> shown = new ArrayList<>(examples().keySet());
    JsonNode dataset = JSON.readTree(DATASET.toFile());

    for (String place : wanted) {
      assertThat(shown).as(place).anyMatch(p -> p.startsWith(place));
    }
    // nested claims: a member, a response, a provision and a participant are shown inside their claims
    assertThat(dataset.at("/reports/0/delegations/0/members/0").isObject()).isTrue();
    assertThat(dataset.at("/reports/0/demands/0/response").isObject()).isTrue();
    assertThat(dataset.at("/reports/0/agreements/0/provisions/0").isObject()).isTrue();
    assertThat(dataset.at("/reports/0/agreements/0/participants/0").isObject()).isTrue();
  }
}
