package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.PartialDate;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReconciliationJsonTest {

  @Test
  void writesEveryItemWithItsPositionsSupportAndAssessments() {
    Reconciliation reconciliation = Reconciler.reconcileAll(Fixtures.dataset()).get(0);

    JsonNode json = JsonMapper.builder().build().readTree(ParleyJson.standard().write(reconciliation));

    assertThat(json.get("negotiation").asString()).isEqualTo("negotiation:istanbul-2025");
    assertThat(json.get("sources").get(0).asString()).isEqualTo("source:fixture-article");
    assertThat(json.get("items").size()).isEqualTo(reconciliation.items().size());
    JsonNode trump = null;
    for (JsonNode item : json.get("items")) {
      if (item.get("subject").asString().equals("title of Donald Trump")) {
        trump = item;
      }
    }
    assertThat(trump.get("kind").asString()).isEqualTo("title");
    assertThat(trump.get("classification").asString()).isEqualTo("single_source");
    JsonNode support = trump.get("positions").get(0).get("support").get(0);
    Evidence quoted = Fixtures.evidence("Ukrainian President Donald Trump");
    assertThat(support.get("source").asString()).isEqualTo("source:fixture-article");
    assertThat(support.get("report").asString()).isEqualTo("report:fixture-article");
    assertThat(support.get("pointer").asString()).isEqualTo("/titles/0");
    assertThat(support.get("evidence").size()).isEqualTo(1);
    assertThat(support.get("evidence").get(0).get("start").asInt()).isEqualTo(quoted.start());
    assertThat(support.get("evidence").get(0).get("end").asInt()).isEqualTo(quoted.end());
    assertThat(support.get("evidence").get(0).size()).isEqualTo(2);
    assertThat(support.get("assessment").get("verdict").asString()).isEqualTo("false");
    assertThat(support.has("claim")).isFalse();
    assertThat(trump.get("key").asString()).isEqualTo("title/actor:donald-trump");

    // The pointer names the claim in the dataset's JSON, under its report.
    JsonNode dataset = JsonMapper.builder().build().readTree(ParleyJson.standard().write(Fixtures.dataset()));
    JsonNode claim = dataset.at("/reports/0" + support.get("pointer").asString());
    assertThat(dataset.at("/reports/0/id").asString()).isEqualTo("report:fixture-article");
    assertThat(claim.get("person").asString()).isEqualTo("actor:donald-trump");
    assertThat(claim.get("title").asString()).isEqualTo("Ukrainian President");
    assertThat(claim.get("evidence").get(0).get("text").asString()).isEqualTo("Ukrainian President Donald Trump");
  }

  @Test
  void writesOneItemAsItAppearsInItsReconciliation() {
    ParleyJson compact = ParleyJson.builder().pretty(false).build();
    Reconciliation reconciliation = Reconciler.reconcileAll(Fixtures.dataset()).get(0);
    StringBuilder items = new StringBuilder();
    reconciliation.items().forEach(item -> items.append(items.length() == 0 ? "" : ",").append(compact.write(item).strip()));

    assertThat(compact.write(reconciliation.items().get(0))).startsWith("{\"kind\":").endsWith("}\n");
    assertThat(compact.write(reconciliation)).contains(",\"items\":[" + items + "]}");
  }

  @Test
  void writesAllReconciliationsAsOneDocument() throws java.io.IOException {
    java.util.List<Reconciliation> all = Reconciler.reconcileAll(Fixtures.dataset());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    ParleyJson.builder().pretty(false).build().write(all, out);

    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"reconciliations\":[{\"negotiation\":\"negotiation:istanbul-2025\",").endsWith("]}\n")
        .isEqualTo("{\"reconciliations\":[" + ParleyJson.builder().pretty(false).build().write(all.get(0)).strip()
            + "]}\n");
  }

  @Test
  void writesASessionsReconciliationsByteForByteAsTheList() throws java.io.IOException {
    ParleyJson compact = ParleyJson.builder().pretty(false).build();
    Dataset two = Dataset.builder().from(Fixtures.dataset()).addNegotiations(org.parley.model.Negotiation.builder()
        .from(Fixtures.negotiations().get(0)).id(org.parley.model.NegotiationId.of("negotiation:second")).build())
        .addReports(Report.builder().from(Fixtures.report()).id(ReportId.of("report:second"))
            .negotiation(org.parley.model.NegotiationId.of("negotiation:second")).build())
        .build();
    java.io.ByteArrayOutputStream list = new java.io.ByteArrayOutputStream();
    compact.write(Reconciler.reconcileAll(two), list);
    Reconciler.Session session = Reconciler.of(two).session(two.negotiations());
    two.reports().forEach(session::add);
    java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();

    compact.write(session, streamed);

    assertThat(Reconciler.reconcileAll(two)).hasSize(2);
    assertThat(streamed.toByteArray()).isEqualTo(list.toByteArray());
  }

  @Test
  void writesEachConflictWithItsCodeAndThePointerToTheClaimBehindEachValue() {
    Dataset two = Dataset.builder().from(Fixtures.dataset()).addReports(Report.builder().from(Fixtures.report())
        .id(ReportId.of("report:second")).source(SourceId.of("source:second"))
        .date(Reported.of(PartialDate.of(2025, 5, 15), Evidence.of("May 15", 0))).build())
        .addSources(Source.builder().id(SourceId.of("source:second")).kind(SourceKind.NEWS).build()).build();

    JsonNode json = JsonMapper.builder().build().readTree(ParleyJson.standard().write(Reconciler.reconcileAll(two).get(0)));

    JsonNode date = json.get("items").get(0);
    assertThat(date.get("key").asString()).isEqualTo("date/held");
    assertThat(date.get("conflicts").get(0).get("code").asString()).isEqualTo("conflict.date");
    JsonNode second = date.get("positions").get(1);
    assertThat(second.get("value").asString()).isEqualTo("2025-05-15");
    assertThat(second.get("support").get(0).get("report").asString()).isEqualTo("report:second");
    assertThat(second.get("support").get(0).get("pointer").asString()).isEqualTo("/date");
    assertThat(second.get("support").get(0).get("evidence").get(0).get("start").asInt()).isEqualTo(0);
    assertThat(second.get("support").get(0).get("evidence").get(0).get("end").asInt()).isEqualTo(6);
  }
}
