package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A change a source published after the fact: an update, a correction or a retraction, with its date. *
 * <p>Required to build: {@link #kind()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Revision {

  /** What kind of change. */
  public abstract RevisionKind kind();

  /** When it was published, as precisely as the source says. */
  public abstract Optional<PartialDate> date();

  /** What changed, in the source's words or the encoder's: "An earlier version misstated the date". */
  public abstract Optional<String> note();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Revision}. */
  public static final class Builder extends ImmutableRevision.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "revision note"));
  }
}
