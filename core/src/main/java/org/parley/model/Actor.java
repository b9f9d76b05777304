package org.parley.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Someone who acts in or around a negotiation: a person, a state, an organization or a group. One
 * actor has one canonical name and every other spelling sources use as aliases (Zelensky /
 * Zelenskyy, Kyiv / Kiev, Türkiye / Turkey), so that spellings never split one actor in two.
 */
@Value.Immutable
public abstract class Actor {

  private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern ISO_ALPHA_3 = Pattern.compile("[A-Z]{3}");

  /** The actor's id. */
  public abstract ActorId id();

  /** What kind of actor this is. */
  public abstract ActorKind kind();

  /** The canonical name. */
  public abstract String name();

  /** Other names and spellings sources use. */
  public abstract List<String> aliases();

  /** The Wikidata item, such as {@code Q3874799}, when the encoder is sure of it. */
  public abstract Optional<String> wikidataId();

  /** The ISO 3166-1 alpha-3 code of the actor's country, such as {@code UKR}, as PLOVER records it. */
  public abstract Optional<String> country();

  /** The actor this one belongs to or acts for: a minister's state, an agency's government. */
  public abstract Optional<ActorId> affiliation();

  /** Whether {@code name} is the canonical name or one of the aliases, ignoring case. */
  public boolean isCalled(String name) {
    return name().equalsIgnoreCase(name) || aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(name(), "actor name");
    Checks.noneBlank(aliases(), "actor aliases");
    wikidataId().ifPresent(q -> {
      if (!WIKIDATA_ID.matcher(q).matches()) {
        throw new IllegalArgumentException(
            "Invalid value for actor wikidataId (Q followed by digits, as Q212): \"" + q + "\"");
      }
    });
    country().ifPresent(c -> {
      if (!ISO_ALPHA_3.matcher(c).matches()) {
        throw new IllegalArgumentException(
            "Invalid value for actor country (ISO 3166-1 alpha-3, three capital letters): \"" + c + "\"");
      }
    });
  }
}
