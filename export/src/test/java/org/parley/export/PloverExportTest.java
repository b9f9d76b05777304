package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Dataset;
import org.parley.model.EventTiming;
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

  private static final org.parley.model.PartialDate DAY = org.parley.model.PartialDate.of(2025, 5, 16);

  /** The fixture with its talks dated to the day ("on Friday" in May 2025 is no day). */
  private static Dataset dated() {
    return Fixtures.withReport(r -> r.date(org.parley.model.Reported.<org.parley.model.PartialDate>builder()
        .from(Fixtures.report().date().orElseThrow()).value(org.parley.model.PartialDate.parse("2025-05-16 (Friday)"))
        .build()));
  }

  @Test
  void mapsTheFixtureToPloverRecords() {
    List<ObjectNode> records = PloverExport.records(dated());

    assertThat(records).extracting(r -> r.get("id").asString() + " " + r.get("event").get(0).asString())
        .containsExactly(
            "report:fixture-article#talks CONSULT",
            "report:fixture-article#/demands/0 REQUEST",
            "report:fixture-article#/demands/0/response REJECT",
            "report:fixture-article#/outcomes/0 AGREE");
    ObjectNode talks = find(records, "report:fixture-article#talks");
    assertThat(talks.get("actor").toString()).isEqualTo(
        "[{\"code\":\"RUS\",\"sector\":\"GOV\",\"entity_text\":\"Russia\"},"
            + "{\"code\":\"UKR\",\"sector\":\"GOV\",\"entity_text\":\"Ukraine\"}]");
    assertThat(talks.get("mode").toString()).isEqualTo("[\"third-party\"]");
    assertThat(talks.get("context").toString()).isEqualTo("[\"diplomatic\"]");
    assertThat(talks.get("event_loc").toString()).isEqualTo(
        "{\"extracted_place\":\"Dolmabahçe Palace\",\"city\":\"Istanbul\"}");
    assertThat(talks.get("date").asString()).isEqualTo("2025-05-16");
    assertThat(records).allSatisfy(r -> assertThat(r.get("date").asString()).isEqualTo("2025-05-16"));

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
        .addEvents(ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).addActors(Fixtures.FIDAN).date(DAY)
                .addEvidence(Fixtures.evidence("Hakan Fidan hosted the meeting")).build(),
            ProcessEvent.builder().kind(ProcessEventKind.ABSENT).addActors(Fixtures.TRUMP).date(DAY)
                .addEvidence(Fixtures.evidence("Ukrainian President Donald Trump")).build(),
            ProcessEvent.builder().kind(ProcessEventKind.DECLINED).addActors(Fixtures.TRUMP).date(DAY)
                .addEvidence(Fixtures.evidence("Ukrainian President Donald Trump")).build())
        .build();
    Dataset dataset = Dataset.builder().from(dated()).reports(List.of(Report.builder().from(report)
        .date(dated().reports().get(0).date()).build())).build();

    PloverExport.Export export = PloverExport.export(dataset);
    List<ObjectNode> records = export.records();

    assertThat(find(records, "report:fixture-article#/events/0").get("event").toString()).isEqualTo("[\"CONSULT\"]");
    assertThat(records).noneMatch(r -> r.get("id").asString().endsWith("/events/1"));
    JsonNode declined = find(records, "report:fixture-article#/events/2");
    assertThat(declined.get("event").toString()).isEqualTo("[\"REJECT\"]");
    assertThat(declined.get("mode").toString()).isEqualTo("[\"meet\"]");
    assertThat(declined.get("actor").get(0).toString())
        .isEqualTo("{\"code\":\"USA\",\"entity_text\":\"Donald Trump\",\"identifier_id\":\"Q22686\"}");
  }

  @Test
  void codesActsByTheirKindAndLeavesOutWhatPloverCannotHold() {
    org.parley.model.Evidence e = Fixtures.evidence("Hakan Fidan hosted the meeting");
    Report report = Report.builder().from(dated().reports().get(0))
        .addActs(Act.builder().kind(ActKind.THREATENED).by(Fixtures.TRUMP).target(Fixtures.RUSSIA)
                .description("sanctions").condition("if no ceasefire is agreed").date(DAY).addEvidence(e).build(),
            Act.builder().kind(ActKind.IMPOSED_SANCTIONS).by(Fixtures.UKRAINE).target(Fixtures.RUSSIA)
                .timing(EventTiming.DURING).addEvidence(e).build(),
            Act.builder().kind(ActKind.SUSPENDED_ROLE).by(Fixtures.TURKEY).date(DAY).addEvidence(e).build(),
            Act.builder().kind(ActKind.RELEASED).by(Fixtures.RUSSIA).timing(EventTiming.BEFORE).addEvidence(e).build(),
            Act.builder().kind(ActKind.EASED_RESTRICTIONS).by(Fixtures.TURKEY).date(DAY).addEvidence(e).build())
        .build();

    PloverExport.Export export = PloverExport.export(Dataset.builder().from(dated()).reports(List.of(report)).build());
    List<ObjectNode> records = export.records();

    ObjectNode threat = find(records, "report:fixture-article#/acts/0");
    assertThat(threat.get("event").toString()).isEqualTo("[\"THREATEN\"]");
    assertThat(threat.has("mode")).isFalse();
    assertThat(threat.get("recipient").get(0).get("code").asString()).isEqualTo("RUS");
    assertThat(threat.get("comment").asString()).isEqualTo("sanctions if no ceasefire is agreed");
    // During the talks: their day.
    ObjectNode sanction = find(records, "report:fixture-article#/acts/1");
    assertThat(sanction.get("event").toString()).isEqualTo("[\"SANCTION\"]");
    assertThat(sanction.get("mode").toString()).isEqualTo("[\"discontinue\"]");
    assertThat(sanction.get("date").asString()).isEqualTo("2025-05-16");
    assertThat(find(records, "report:fixture-article#/acts/4").get("event").toString()).isEqualTo("[\"CONCEDE\"]");
    // A mediator's step back without a target, and a release before the talks with no day, are left out.
    assertThat(records).noneMatch(r -> r.get("id").asString().endsWith("/acts/2") || r.get("id").asString()
        .endsWith("/acts/3"));
    assertThat(export.leftOut()).containsEntry("a sanction without a target (PLOVER requires a recipient)", 1)
        .containsEntry("an act without a day of its own", 1);
  }

  @Test
  void writesOneRecordPerLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Map<String, Integer> leftOut = PloverExport.write(dated(), out);

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(5);
    assertThat(lines[4]).isEmpty();
    assertThat(lines[0]).startsWith("{\"id\":\"report:fixture-article#talks\",\"date\":\"2025-05-16\",");
    assertThat(leftOut).isEmpty();
  }

  @Test
  void leavesOutAndCountsEveryRecordWithoutADayAndNeverWritesANullDate() {
    // "on Friday" in May 2025 is no day: PLOVER requires one and Parley does not invent it.
    PloverExport.Export export = PloverExport.export(Fixtures.dataset());

    assertThat(export.records()).isEmpty();
    assertThat(export.leftOut()).containsExactly(Map.entry("the report gives no day for the talks", 4));
  }

  @Test
  void takesTheDayOfTheTalksFromADateClaimOfWhenTheyWereHeldAndAnEventsFromItsOwn() {
    Dataset dataset = Fixtures.withReport(r -> r
        .addDates(org.parley.model.DateClaim.builder().role(org.parley.model.DateRole.HELD)
            .date(org.parley.model.PartialDate.of(2025, 5, 16)).addEvidence(Fixtures.evidence("on Friday")).build())
        .addEvents(ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).addActors(Fixtures.FIDAN)
                .date(org.parley.model.PartialDate.of(2025, 5, 15))
                .addEvidence(Fixtures.evidence("Hakan Fidan hosted the meeting")).build(),
            ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).addActors(Fixtures.FIDAN)
                .addEvidence(Fixtures.evidence("Hakan Fidan hosted the meeting")).build()));

    PloverExport.Export export = PloverExport.export(dataset);

    assertThat(export.records()).extracting(r -> r.get("id").asString() + " " + r.get("date").asString())
        .containsExactly("report:fixture-article#talks 2025-05-16", "report:fixture-article#/demands/0 2025-05-16",
            "report:fixture-article#/demands/0/response 2025-05-16", "report:fixture-article#/outcomes/0 2025-05-16",
            "report:fixture-article#/events/0 2025-05-15");
    assertThat(export.leftOut()).containsExactly(Map.entry("a process event without a day of its own", 1));
  }
}
