package org.parley.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed enumeration of the model with a stable lowercase name on the wire ({@code
 * security_guarantees} for {@code SECURITY_GUARANTEES}). Renaming a constant changes the format, so
 * constants are only ever added.
 */
public interface WireEnum {

  /** The name of this constant in JSON: its Java name in lower case. */
  default String wireName() {
    return WireNames.of(this);
  }

  /**
   * Returns the constant of {@code type} whose wire name is {@code wireName}.
   *
   * @throws IllegalArgumentException naming the allowed values, if there is none
   */
  static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wireName) {
    E constant = WireNames.find(type, wireName);
    if (constant != null) {
      return constant;
    }
    throw new IllegalArgumentException(
        "Unknown " + type.getSimpleName() + " \"" + wireName + "\"; expected one of " + wireNames(type));
  }

  /** The wire names of all constants of {@code type}, comma-separated, in declaration order. */
  static <E extends Enum<E> & WireEnum> String wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireEnum::wireName)
        .collect(Collectors.joining(", "));
  }
}
