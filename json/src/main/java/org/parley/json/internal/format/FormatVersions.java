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
    return constant instanceof Issue ? from(constant, Issue.HOSTAGES, "1.1")
        : constant instanceof ActorKind ? from(constant, ActorKind.ARMED_GROUP, "1.1")
        : constant instanceof DelegationRole ? from(constant, DelegationRole.FACILITATOR, "1.1")
        : constant instanceof QuantityBasis ? from(constant, QuantityBasis.UNSPECIFIED, "1.1")
        : constant instanceof AgreementStatus ? from(constant, AgreementStatus.SOUGHT, "1.2")
        : constant instanceof DateRole ? from(constant, DateRole.FINALIZED, "1.2")
        : constant instanceof DurationQualifier ? from(constant, DurationQualifier.UP_TO, "1.2")
        : constant instanceof RoundFormat ? from(constant, RoundFormat.MIXED, "1.2")
        : constant instanceof AgreementRole ? from(constant, AgreementRole.MONITOR, "1.2")
        : constant instanceof org.parley.model.ClaimKind ? from(constant, org.parley.model.ClaimKind.ACT, "1.2")
        : null;
  }

  /** {@code version} when {@code constant} comes at or after {@code first}, the first its version added; else null. */
  private static String from(WireEnum constant, Enum<?> first, String version) {
    return ((Enum<?>) constant).ordinal() >= first.ordinal() ? version : null;
  }
}
