package org.parley.model;

import org.immutables.value.Value;

/**
 * An office or title a source gives a person outside any delegation ("Turkish Foreign Minister
 * Hakan Fidan", "Former U.S. President Donald Trump"), as written. Sources disagree on titles and
 * sometimes get them wrong; an {@link Assessment} records that without changing the text.
 *
 * <p>Required to build: {@link #person()}, {@link #title()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class PersonTitle implements Claim {

  /** The person. */
  public abstract ActorId person();

  /** The title, as the source writes it. */
  public abstract String title();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonTitle}. */
  public static final class Builder extends ImmutablePersonTitle.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    Checks.name(title(), "person title");
  }
}
