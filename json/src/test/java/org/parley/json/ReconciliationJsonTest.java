package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    assertThat(support.get("report").asString()).isEqualTo("report:fixture-article");
    assertThat(support.get("evidence").get(0).get("text").asString()).isEqualTo("Ukrainian President Donald Trump");
    assertThat(support.get("assessment").get("verdict").asString()).isEqualTo("false");
  }
}
