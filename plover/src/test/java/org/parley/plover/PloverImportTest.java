package org.parley.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.export.PloverExport;
import org.parley.export.PloverVocabulary;
import org.parley.json.Problem;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Dataset;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.SourceId;
import org.parley.reconcile.Reconciler;
import org.parley.validate.Severity;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code parley import --from plover}: records to claims, and back to the same records. */
class PloverImportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final NegotiationId DOHA = NegotiationId.of("negotiation:doha-2025");

  private static PloverImport.Result corpus() throws IOException {
    return PloverImport.read(PloverValidatorTest.resource("corpus.jsonl"), "corpus.jsonl", true, false, DOHA);
  }

  private static List<ObjectNode> originals() throws IOException {
    List<ObjectNode> records = new ArrayList<>();
    for (String line : new String(PloverValidatorTest.resource("corpus.jsonl"), StandardCharsets.UTF_8).split("\n")) {
      records.add((ObjectNode) JSON.readTree(line));
    }
    return records;
  }

  @Test
  void theCorpusCoversEveryEventModeAndContext() throws IOException {
    Set<String> events = new LinkedHashSet<>();
    Set<String> modes = new LinkedHashSet<>();
    Set<String> contexts = new LinkedHashSet<>();
    for (ObjectNode r : originals()) {
      r.get("event").forEach(e -> events.add(e.asString()));
      if (r.has("mode")) {
        r.get("mode").forEach(m -> modes.add(r.get("event").get(0).asString() + " " + m.asString()));
      }
      r.get("context").forEach(c -> contexts.add(c.asString()));
    }
    assertThat(events).hasSize(16);
    assertThat(modes).hasSize(PloverVocabulary.events().stream().mapToInt(e -> e.modes().size()).sum());
    assertThat(contexts).hasSize(PloverVocabulary.CONTEXTS.size() + PloverVocabulary.AUXILIARY_MODES.size());
  }

  @Test
  void importedRecordsAreAValidDatasetWhoseEvidenceIsInTheTexts() throws IOException {
    PloverImport.Result result = corpus();
    assertThat(result.problems()).isEmpty();
    Dataset dataset = result.dataset().orElseThrow();
    assertThat(dataset.sources()).hasSize(3);
    assertThat(result.texts()).containsOnlyKeys("plover-1.txt", "plover-2.txt", "plover-3.txt");
    Map<SourceId, SourceText> texts = new HashMap<>();
    dataset.sources().forEach(s -> texts.put(s.id(), SourceText.of(result.texts().get(s.document().orElseThrow().path()))));
    ValidationResult validation = Validator.builder().texts(SourceTexts.of(texts)).build().validate(dataset);
    assertThat(validation.violations()).isEmpty();
    assertThat(dataset.actors()).extracting(a -> a.id().value()).containsExactly("actor:m23", "actor:kinshasa",
        "actor:qatari-mediators", "actor:monusco");
    assertThat(dataset.actors().get(0).wikidataId()).contains("Q3822966");
    assertThat(dataset.actors().get(3).country()).isEmpty();   // UNO is a group code, not a country
    int claims = dataset.reports().stream().mapToInt(r -> r.demands().size() + r.outcomes().size()
        + r.events().size() + r.acts().size()).sum();
    assertThat(claims).isEqualTo(originals().size());
    // an ASSAULT is an attack by its actor, dated its day
    Act attack = dataset.reports().stream().flatMap(r -> r.acts().stream()).filter(a -> a.kind() == ActKind.ATTACKED)
        .findFirst().orElseThrow();
    assertThat(attack.note().orElseThrow()).startsWith(PloverImport.NOTE + "{\"id\":\"drc-");
    // PLOVER's link joins related events, not reports of one: it is no key, so it files no claims together
    assertThat(dataset.reports()).allSatisfy(r -> assertThat(r.acts()).allMatch(a -> a.key().isEmpty()));
    assertThat(Reconciler.of(dataset).reconcile(dataset.negotiations().get(0), dataset.reports()).items())
        .isNotEmpty();
  }

  @Test
  void exportGivesBackEveryFieldItImported() throws IOException {
    Dataset dataset = corpus().dataset().orElseThrow();
    List<ObjectNode> exported = PloverExport.records(dataset);
    Map<String, JsonNode> byId = new HashMap<>();
    exported.forEach(r -> byId.put(r.get("id").asString(), r));
    List<ObjectNode> originals = originals();
    assertThat(exported).hasSize(originals.size());
    for (ObjectNode original : originals) {
      ObjectNode expected = original.deepCopy();
      expected.remove("text");   // the text is the source's document, written beside the dataset
      assertThat(byId.get(original.get("id").asString())).as(original.get("id").asString()).isEqualTo(expected);
    }
  }

  @Test
  void aRecordWithoutPassagesIsRefusedAndNothingIsImported() {
    String lines = "{\"id\":\"a\",\"date\":\"2025-07-01\",\"actor\":[{\"code\":\"COD\"}],\"event\":[\"AGREE\"],"
        + "\"event_text\":[\"agreed\"],\"text\":\"They agreed.\"}\n"
        + "{\"id\":\"b\",\"date\":\"2025-07-01\",\"actor\":[{\"code\":\"COD\"}],\"event\":[\"AGREE\"]}\n"
        + "{\"id\":\"c\",\"date\":\"2025-07-01\",\"actor\":[{\"code\":\"COD\"}],\"event\":[\"AGREE\"],"
        + "\"event_text\":[\"agreed\",\"signed\"],\"text_info\":{\"start\":5}}\n";
    PloverImport.Result result = PloverImport.read(lines.getBytes(StandardCharsets.UTF_8), "in.jsonl", true, false, DOHA);
    assertThat(result.dataset()).isEmpty();
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "in.jsonl:2:1: error plover.not-importable (document): the record gives no event_text: a Parley claim rests on"
            + " the source's words, so it cannot be imported (it is valid PLOVER)",
        "in.jsonl:3:1: error plover.not-importable /event_text/1: the record has no text and no text_info.start for this"
            + " passage, so it cannot be placed in its source");
  }

  @Test
  void invalidRecordsAreNotImported() {
    String line = "{\"id\":\"a\",\"date\":\"2025-07-01\",\"actor\":[{\"code\":\"COD\"}],\"event\":[\"13y\"]}\n";
    PloverImport.Result result = PloverImport.read(line.getBytes(StandardCharsets.UTF_8), "in.jsonl", true, false, DOHA);
    assertThat(result.dataset()).isEmpty();
    assertThat(result.problems()).extracting(Problem::code).containsExactly(PloverCodes.CAMEO_CODE);
    assertThat(result.problems()).allMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void aValueParleysModelRefusesRefusesItsRecordWithTheReason() {
    String line = "{\"id\":\"a\",\"date\":\"2025-07-01\",\"actor\":[{\"code\":\"COD\"}],\"event\":[\"AGREE\"],"
        + "\"event_text\":[\"agreed\"],\"text\":\"They agreed.\",\"cite_info\":{\"publication\":\"Wire\\u007f\"}}\n";
    PloverImport.Result result = PloverImport.read(line.getBytes(StandardCharsets.UTF_8), "in.jsonl", true, false, DOHA);
    assertThat(result.dataset()).isEmpty();
    assertThat(result.problems()).extracting(Problem::toString).containsExactly("in.jsonl:1:1: error"
        + " plover.not-importable (document): the record cannot be a Parley claim: Invalid value for source outlet (no"
        + " control, line-separator or bidirectional-formatting characters): character 4 is U+007F");
  }
}
