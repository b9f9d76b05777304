package org.parley.json.internal.format;

import java.util.List;
import org.parley.model.ActorKind;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.DateRole;
import org.parley.model.DurationQualifier;
import org.parley.model.DelegationRole;
import org.parley.model.Issue;
import org.parley.model.QuantityBasis;
import org.parley.model.RoundFormat;
import org.parley.model.WireEnum;

/**
 * The versions of the Parley format, oldest first, and the enumeration values each later version
 * added to a type that an earlier one had. New fields are marked in {@link Fields} ({@code since11()}); new types are
 * reachable only through new fields.
 */
public final class FormatVersions {

  /** Every version this reader understands, oldest first; the last is the one it writes. */
  public static final List<String> SUPPORTED = List.of("1.0", "1.1", "1.2");

  private FormatVersions() {}

  /** Whether {@code version} is older than {@code other}; both must be supported. */
  public static boolean older(String version, String other) {
    return SUPPORTED.indexOf(version) < SUPPORTED.indexOf(other);
  }

  /**
   * The version that added this constant, or null if format 1.0 had it: for the enumerations that an
   * older format had, the constants from the first that a later format added on (a type test per
   * value read, no look-up).
   */
  public static String since(WireEnum constant) {
    Enum<?> first = constant instanceof Issue ? Issue.HOSTAGES
        : constant instanceof ActorKind ? ActorKind.ARMED_GROUP
        : constant instanceof DelegationRole ? DelegationRole.FACILITATOR
        : constant instanceof QuantityBasis ? QuantityBasis.UNSPECIFIED
        : null;
    if (first != null) {
      return ((Enum<?>) constant).ordinal() >= first.ordinal() ? "1.1" : null;
    }
    Enum<?> first12 = constant instanceof AgreementStatus ? AgreementStatus.SOUGHT
        : constant instanceof DateRole ? DateRole.FINALIZED
        : constant instanceof DurationQualifier ? DurationQualifier.UP_TO
        : constant instanceof RoundFormat ? RoundFormat.MIXED
        : constant instanceof AgreementRole ? AgreementRole.MONITOR
        : null;
    return first12 != null && ((Enum<?>) constant).ordinal() >= first12.ordinal() ? "1.2" : null;
  }
}
