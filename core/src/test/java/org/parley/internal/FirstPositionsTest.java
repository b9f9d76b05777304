package org.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstPositionsTest {

  @Test
  void remembersTheFirstPositionOfEachKeyAndGrows() {
    FirstPositions positions = new FirstPositions(2);

    assertThat(positions.putIfAbsent("a", 0)).isZero();
    assertThat(positions.putIfAbsent("b", 1)).isEqualTo(1);
    assertThat(positions.putIfAbsent("a", 2)).isZero();
    for (int i = 3; i < 1000; i++) {
      assertThat(positions.putIfAbsent("k" + i, i)).isEqualTo(i);
    }
    assertThat(positions.get("a")).isZero();
    assertThat(positions.get("k999")).isEqualTo(999);
    assertThat(positions.get("missing")).isEqualTo(-1);
  }

  @Test
  void keepsKeysApartWhoseHashesCollide() {
    FirstPositions positions = new FirstPositions(4);
    // "Aa" and "BB" have the same String hash code, and so do their concatenations
    String[] keys = {"AaAa", "AaBB", "BBAa", "BBBB"};
    for (int i = 0; i < keys.length; i++) {
      assertThat(positions.putIfAbsent(keys[i], i)).isEqualTo(i);
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(positions.get(keys[i])).isEqualTo(i);
      assertThat(positions.putIfAbsent(keys[i], 99)).isEqualTo(i);
    }
  }

  @Test
  void agreesWithAHashMapOnRandomKeys() {
    Random random = new Random(7);
    FirstPositions positions = new FirstPositions(16);
    Map<Integer, Integer> first = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      int key = random.nextInt(50_000);
      first.putIfAbsent(key, i);

      assertThat(positions.putIfAbsent(key, i)).isEqualTo(first.get(key));
    }
    first.forEach((key, at) -> assertThat(positions.get(key)).isEqualTo(at));
  }
}
