package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linear search finds exactly what {@code String.indexOf} finds. */
class SearchTest {

  @Test
  void findsWhatIndexOfFinds() {
    Random random = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      String text = word(random, 40);
      String pattern = word(random, 4);
      int from = random.nextInt(5);
      assertThat(Search.indexOf(text, pattern, from)).as("%s in %s from %d", pattern, text, from)
          .isEqualTo(text.indexOf(pattern, from));
    }
  }

  @Test
  void findsOverlappingOccurrences() {
    assertThat(Search.allIndexes("aaaa", "aa")).containsExactly(0, 1, 2);
    assertThat(Search.allIndexes("abcabcab", "cab")).containsExactly(2, 5);
    assertThat(Search.allIndexes("abc", "")).isEqualTo(List.of());
  }

  private static String word(Random random, int max) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      s.append("ab".charAt(random.nextInt(2)));
    }
    return s.toString();
  }
}
