package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PloverExportTest {

  private static ObjectNode find(List<ObjectNode> records, String id) {
    return records.stream().filter(r -> r.get("id").asString().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void mapsTheFixtureToPloverRecords() {
    List<ObjectNode> records = PloverExport.records(Fixtures.dataset());

    assertThat(records).extracting(r -> r.get("id").asString() + " " + r.get("event").get(0).asString())
        .containsExactly(
            "report:fixture-article# CONSULT",
            "report:fixture-article#/demands/0 REQUEST",
            "report:fixture-article#/demands/0/response REJECT",
            "report:fixture-article#/outcomes/0 AGREE");
    ObjectNode talks = find(records, "report:fixture-article#");
    assertThat(talks.get("actor").toString()).isEqualTo(
        "[{\"code\":\"RUS\",\"sector\":\"GOV\",\"entity_text\":\"Russia\"},"
            + "{\"code\":\"UKR\",\"sector\":\"GOV\",\"entity_text\":\"Ukraine\"}]");
    assertThat(talks.get("mode").toString()).isEqualTo("[\"third-party\"]");
    assertThat(talks.get("context").toString()).isEqualTo("[\"diplomatic\"]");
    assertThat(talks.get("event_loc").toString()).isEqualTo(
        "{\"extracted_place\":\"Dolmabahçe Palace\",\"city\":\"Istanbul\"}");
    // "on Friday" in May 2025 has no day: PLOVER's date stays null, the source's date is kept beside it
    assertThat(talks.get("date").isNull()).isTrue();
    assertThat(talks.get("date_text").asString()).isEqualTo("2025-05 (Friday)");

    ObjectNode request = find(records, "report:fixture-article#/demands/0");
    assertThat(request.get("recipient").get(0).get("code").asString()).isEqualTo("UKR");
    assertThat(request.get("context").toString()).isEqualTo("[\"territory\"]");
    assertThat(request.has("mode")).isFalse();
    assertThat(request.get("event_text").get(0).asString())
        .isEqualTo("demanded that Ukraine withdraw from Donetsk and Luhansk as a condition for a ceasefire");
    assertThat(request.get("text_info").get("end").asInt() - request.get("text_info").get("start").asInt())
        .isEqualTo(86);
    assertThat(request.get("cite_info").get("codebook").asString()).isEqualTo(PloverExport.CODEBOOK);
    assertThat(request.get("cite_info").get("publication").asString()).isEqualTo("Fixture News");

    ObjectNode reject = find(records, "report:fixture-article#/demands/0/response");
    assertThat(reject.get("actor").get(0).toString())
        .isEqualTo("{\"code\":\"UKR\",\"sector\":\"GOV\",\"entity_text\":\"Rustem Umerov\"}");
    assertThat(reject.get("recipient").get(0).get("entity_text").asString()).isEqualTo("Russia");
  }

  @Test
  void codesMeetingsAsConsultAndLeavesWhatPloverHasNoCategoryForOut() {
    Report report = Report.builder().from(Fixtures.report())
        .addEvents(ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).addActors(Fixtures.FIDAN)
                .addEvidence(Fixtures.evidence("Hakan Fidan hosted the meeting")).build(),
            ProcessEvent.builder().kind(ProcessEventKind.ABSENT).addActors(Fixtures.TRUMP)
                .addEvidence(Fixtures.evidence("Ukrainian President Donald Trump")).build(),
            ProcessEvent.builder().kind(ProcessEventKind.DECLINED).addActors(Fixtures.TRUMP)
                .addEvidence(Fixtures.evidence("Ukrainian President Donald Trump")).build())
        .build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).reports(List.of(report)).build();

    List<ObjectNode> records = PloverExport.records(dataset);

    assertThat(find(records, "report:fixture-article#/events/0").get("event").toString()).isEqualTo("[\"CONSULT\"]");
    assertThat(records).noneMatch(r -> r.get("id").asString().endsWith("/events/1"));
    JsonNode declined = find(records, "report:fixture-article#/events/2");
    assertThat(declined.get("event").toString()).isEqualTo("[\"REJECT\"]");
    assertThat(declined.get("mode").toString()).isEqualTo("[\"meet\"]");
    assertThat(declined.get("actor").get(0).toString())
        .isEqualTo("{\"code\":\"USA\",\"entity_text\":\"Donald Trump\",\"identifier_id\":\"Q22686\"}");
  }

  @Test
  void writesOneRecordPerLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PloverExport.write(Fixtures.dataset(), out);

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(5);
    assertThat(lines[4]).isEmpty();
    assertThat(lines[0]).startsWith("{\"id\":\"report:fixture-article#\",\"date\":null,");
  }
}
