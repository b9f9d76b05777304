package org.parley.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

/**
 * Reconciling item by item ({@link Reconciler#itemKeys}, {@link Reconciler#item}), as an engine that
 * spreads the work does, gives exactly the items of {@link Reconciler#reconcile}, in its order once
 * sorted as it sorts them.
 */
class ReconcilerByItemTest {

  private static void assertSameByItem(Dataset dataset) {
    Reconciler reconciler = Reconciler.of(dataset);
    for (Negotiation negotiation : dataset.negotiations()) {
      List<Report> reports = dataset.reports();
      Reconciliation whole = reconciler.reconcile(negotiation, reports);
      Set<String> keys = new LinkedHashSet<>();
      reports.forEach(r -> keys.addAll(reconciler.itemKeys(negotiation, r)));
      List<Item> byItem = new ArrayList<>();
      keys.forEach(key -> byItem.add(reconciler.item(negotiation, reports, key).orElseThrow()));
      // reconcile sorts the items, first filed first among equals: a stable sort of the filing order
      byItem.sort(java.util.Comparator.comparing(Item::classification).thenComparing(Item::kind)
          .thenComparing(Item::subject));

      assertThat(byItem).isEqualTo(whole.items());
    }
  }

  @Test
  void givesTheItemsOfTheWholeReconciliationOnTheFixtureAndRandomDatasets() {
    assertSameByItem(Fixtures.dataset());
    for (long seed = 0; seed < 200; seed++) {
      assertSameByItem(RandomDatasets.of(seed));
    }
  }

  @Test
  void filesAReportUnderItsItemsInFilingOrderAndNothingForAnotherNegotiation() {
    Reconciler reconciler = Reconciler.of(Fixtures.dataset());
    Report report = Fixtures.report();
    List<String> keys = reconciler.itemKeys(Fixtures.negotiations().get(0), report);

    // In document order, statements last: date, venue, duration, delegations, demands, outcomes, titles.
    assertThat(keys).containsExactly("date/held", "venue", "duration", "head/actor:russia",
        "side/actor:vladimir-medinsky", "title/actor:vladimir-medinsky", "head/actor:ukraine", "side/actor:rustem-umerov",
        "title/actor:rustem-umerov", "side/actor:hakan-fidan", "title/actor:hakan-fidan",
        "demand/actor:russia/actor:ukraine/territory", "outcome/agreement/prisoners", "title/actor:donald-trump");
    assertThat(reconciler.reconcile(Fixtures.negotiations().get(0), List.of(report)).items())
        .extracting(Item::key).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(reconciler.itemKeys(Fixtures.negotiations().get(1), report)).isEmpty();
    assertThat(reconciler.item(Fixtures.negotiations().get(0), List.of(report), "no/such/item")).isEmpty();
  }
}
