package org.parley.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values kept once each, numbered in the order they came. */
final class Interned<T> {
  private final Map<T, Integer> numbers = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  int of(T value) {
    Integer number = numbers.get(value);
    if (number == null) {
      number = values.size();
      numbers.put(value, number);
      values.add(value);
    }
    return number;
  }

  T get(int number) {
    return values.get(number);
  }
}
