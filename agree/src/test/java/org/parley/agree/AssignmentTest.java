package org.parley.agree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

  @Test
  void matchesForTheLargestTotalWhereTakingTheLargestFirstWouldStrandAClaim() {
    // Row 0 shares 38 code points with both columns' first claim, row 1 only with it: largest first
    // would give row 0 column 0 (38 in all); the best is row 0 column 1 and row 1 column 0 (57).
    assertThat(Assignment.maximal(new long[][] {{38, 19}, {38, 0}})).containsExactly(1, 0);
  }

  @Test
  void leavesRowsUnmatchedWhenThereAreFewerColumnsAndTakesTheBestOnes() {
    assertThat(Assignment.maximal(new long[][] {{5}, {9}, {1}})).containsExactly(-1, 0, -1);
    assertThat(Assignment.maximal(new long[][] {{1, 7, 3}})).containsExactly(1);
    assertThat(Assignment.maximal(new long[0][0])).isEmpty();
  }

  @Test
  void findsTheOptimumOfAThreeByThreeProblem() {
    long[][] w = {{7, 5, 11}, {5, 4, 1}, {9, 3, 2}};
    // 11 + 4 + 9 = 24 is the largest total.
    assertThat(Assignment.maximal(w)).containsExactly(2, 1, 0);
  }
}
