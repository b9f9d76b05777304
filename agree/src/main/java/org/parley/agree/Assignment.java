package org.parley.agree;

import java.util.Arrays;

/**
 * The assignment problem, solved exactly: the one-to-one matching of rows to columns with the largest
 * total weight (the Hungarian method with potentials, O(n³) for n the larger side). Aligning claims by
 * the code points their passages share needs it: matching the largest overlap first can take a claim
 * that fits two others only half, and leave both of them unmatched.
 */
final class Assignment {

  private Assignment() {}

  /**
   * For each row, the column it is matched with, or -1; the total weight of the matched pairs is as
   * large as can be. Weights must not be negative; a row may end up on a column of weight 0.
   */
  static int[] maximal(long[][] weight) {
    int rows = weight.length;
    int columns = rows == 0 ? 0 : weight[0].length;
    int n = Math.max(rows, columns);
    long top = 0;
    for (long[] row : weight) {
      for (long w : row) {
        top = Math.max(top, w);
      }
    }
    // Costs of a square problem: top - weight, and top for the padding.
    long[][] cost = new long[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        cost[i][j] = i <= rows && j <= columns ? top - weight[i - 1][j - 1] : top;
      }
    }
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] min = new long[n + 1];
      Arrays.fill(min, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long current = cost[i0][j] - u[i0] - v[j];
            if (current < min[j]) {
              min[j] = current;
              way[j] = j0;
            }
            if (min[j] < delta) {
              delta = min[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            min[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] match = new int[rows];
    Arrays.fill(match, -1);
    for (int j = 1; j <= n; j++) {
      if (p[j] >= 1 && p[j] <= rows && j <= columns) {
        match[p[j] - 1] = j - 1;
      }
    }
    return match;
  }
}
