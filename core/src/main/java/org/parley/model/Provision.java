package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One provision of an agreement as a source describes it: what it is about, in which phase, on what
 * conditions, with which numbers. "In the first phase, lasting 42 days, Hamas will release 33
 * hostages" is a provision on hostages, phase 1 of 42 days, with the quantity 33 hostages.
 * Deadlines and the dates steps take effect are {@link DateClaim}s that name the provision by its key.
 *
 * <p>Required to build: {@link #issues()} (at least one); every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Provision implements Claim {

  /** The encoder's key for the provision, unique within its agreement: {@code hostage-release}. */
  public abstract Optional<String> key();

  /** What the provision is about; at least one issue. */
  public abstract List<Issue> issues();

  /** The provision in the source's terms; optional, as its issues already say what it is about. */
  public abstract Optional<String> description();

  /** The phase it belongs to, for a phased agreement. */
  public abstract Optional<Phase> phase();

  /** Conditions attached to it: "provided the ceasefire holds". */
  public abstract List<String> conditions();

  /** The numbers the source gives for it. */
  public abstract List<Quantity> quantities();

  /** Places the provision names, as written: "the Zangezur corridor", "the Rafah crossing"; since format 1.2. */
  public abstract List<String> regions();

  /**
   * How long what the claim speaks of lasts, if the source says: "a lease of up to 99 years"; a phase's own length is its {@link Phase#days()}; since format 1.2.
   */
  public abstract Optional<DurationEstimate> duration();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provision}. */
  public static final class Builder extends ImmutableProvision.Builder {}

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.notBlank(d, "provision description"));
    key().ifPresent(k -> Checks.key(k, "provision key"));
    Checks.noneBlank(conditions(), "provision conditions");
    Checks.noneBlank(regions(), "provision regions");
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    if (issues().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for provision issues: name at least one issue");
    }
  }
}
