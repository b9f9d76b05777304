package org.parley.json;

import java.util.List;
import java.util.Map;
import org.parley.model.ActorKind;
import org.parley.model.DelegationRole;
import org.parley.model.Issue;
import org.parley.model.QuantityBasis;
import org.parley.model.WireEnum;

/**
 * The versions of the Parley format, oldest first, and the enumeration values each later version
 * added to a type that an earlier one had. New fields are marked in {@link Fields}; new types are
 * reachable only through new fields.
 */
final class FormatVersions {

  /** Every version this reader understands, oldest first; the last is the one it writes. */
  static final List<String> SUPPORTED = List.of("1.0", "1.1");

  /** For enumerations that format 1.0 had, the first constant that format 1.1 added. */
  private static final Map<Class<?>, Enum<?>> FIRST_OF_1_1 = Map.of(
      Issue.class, Issue.HOSTAGES,
      ActorKind.class, ActorKind.ARMED_GROUP,
      DelegationRole.class, DelegationRole.FACILITATOR,
      QuantityBasis.class, QuantityBasis.UNSPECIFIED);

  private FormatVersions() {}

  /** Whether {@code version} is older than {@code other}; both must be supported. */
  static boolean older(String version, String other) {
    return SUPPORTED.indexOf(version) < SUPPORTED.indexOf(other);
  }

  /** The version that added this constant, or null if format 1.0 had it. */
  static String since(WireEnum constant) {
    Enum<?> value = (Enum<?>) constant;
    Enum<?> first = FIRST_OF_1_1.get(value.getDeclaringClass());
    return first != null && value.ordinal() >= first.ordinal() ? "1.1" : null;
  }
}
