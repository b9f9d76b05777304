package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where talks took place, as a source names it: "Dolmabahçe Palace", Istanbul. *
 * <p>Required to build: {@link #name()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Venue {

  /** The place as the source writes it, spelling included. */
  public abstract String name();

  /** The city, if the source names it. */
  public abstract Optional<String> city();

  /** A venue in a city. */
  public static Venue of(String name, String city) {
    return builder().name(name).city(city).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Venue}. */
  public static final class Builder extends ImmutableVenue.Builder {}

  @Value.Check
  void check() {
    Checks.name(name(), "venue name");
    city().ifPresent(c -> Checks.notBlank(c, "venue city"));
  }
}
