package org.parley.json.internal.reading;

import java.util.function.BiFunction;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;
import org.parley.json.internal.format.FormatVersions;

/**
 * Which format version the input declares, and the check that each field and value it uses is in
 * that version. A document's header may come after its first records: until it does, the first use
 * of the newest version met is remembered (with its place) and reported once the header turns out to
 * be older.
 */
final class VersionGate {

  /** The version the input declares; null until its header has been read. */
  private String declared;
  /** The first use of a feature newer than the version, when it came before the header. */
  private ParleyJsonException newerFeature;
  private String newerFeatureSince;

  /**
   * Records the declared version; returns the problem of a feature read before the declaration that
   * needs a newer one (at the place of that feature), or null.
   */
  ParleyJsonException declare(String version) {
    declared = version;
    return newerFeature != null && FormatVersions.older(version, newerFeatureSince) ? newerFeature : null;
  }

  /**
   * The problem, made by {@code error} (code, message) at the current token, when the declared
   * version is older than {@code since}, which {@code what} needs; null when it is allowed or not yet
   * known.
   */
  ParleyJsonException require(String since, String what, BiFunction<String, String, ParleyJsonException> error) {
    if (declared == null) {
      // Remembered until the header comes: the first use of the newest version met so far.
      if (newerFeature == null || FormatVersions.older(newerFeatureSince, since)) {
        newerFeature = error.apply(ReadCodes.NEEDS_NEWER_VERSION, message(since, what, "document's"));
        newerFeatureSince = since;
      }
      return null;
    }
    return FormatVersions.older(declared, since)
        ? error.apply(ReadCodes.NEEDS_NEWER_VERSION, message(since, what, "\"parley\": \"" + declared + "\" of the"))
        : null;
  }

  private static String message(String since, String what, String header) {
    return what + " is new in Parley format " + since + ", which the " + header
        + " header does not allow; declare \"parley\": \"" + since + "\" to use it";
  }
}
