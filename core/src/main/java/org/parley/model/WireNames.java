package org.parley.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The wire names of {@link WireEnum} constants, computed once per enumeration. */
final class WireNames {

  private static final ClassValue<Map<Object, String>> NAMES = new ClassValue<>() {
    @Override
    protected Map<Object, String> computeValue(Class<?> type) {
      Map<Object, String> names = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        names.put(constant, ((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      return names;
    }
  };

  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> constants = new HashMap<>();
      NAMES.get(type).forEach((constant, name) -> constants.put(name, constant));
      return constants;
    }
  };

  private WireNames() {}

  static String of(WireEnum constant) {
    return NAMES.get(((Enum<?>) constant).getDeclaringClass()).get(constant);
  }

  /** The constant of {@code type} with this wire name, or null. */
  static <E extends Enum<E> & WireEnum> E find(Class<E> type, String wireName) {
    return type.cast(CONSTANTS.get(type).get(wireName));
  }
}
