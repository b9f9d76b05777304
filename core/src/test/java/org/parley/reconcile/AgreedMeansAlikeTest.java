package org.parley.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.testing.AgreedItems;
import org.parley.testing.Twins;

/**
 * No item the reconciliation calls agreed joins claims that differ in kind, actors, direction or
 * timing, checked by {@link AgreedItems}, which is written apart from the reconciliation's rules, on
 * random datasets whose reports each have two twins that copy or change their claims ({@link Twins}).
 * The seed articles are checked in the examples' {@code SeedReconciliationTest}.
 */
class AgreedMeansAlikeTest {

  @Test
  void noAgreedItemOfTwoHundredTwinnedRandomDatasetsJoinsUnlikeClaims() {
    List<String> unlike = new ArrayList<>();
    long agreed = 0;
    for (long seed = 0; seed < 200; seed++) {
      Dataset dataset = Twins.of(seed);
      agreed += AgreedItems.agreed(dataset);
      AgreedItems.unlike(dataset).forEach(u -> unlike.add(u));
    }
    assertThat(agreed).as("agreed items checked").isGreaterThan(500);
    assertThat(unlike).isEmpty();
  }
}
