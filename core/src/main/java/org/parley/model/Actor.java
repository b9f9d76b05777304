package org.parley.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Someone who acts in or around a negotiation: a person, a state, an armed group, an international
 * organization, a group of others, or an unnamed speaker. One
 * actor has one canonical name and every other spelling sources use as aliases (Zelensky /
 * Zelenskyy, Kyiv / Kiev, Türkiye / Turkey), so that spellings never split one actor in two.
 *
 * <p>Required to build: {@link #id()}, {@link #kind()}, {@link #name()}; every other attribute is optional or has a default.
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

  /**
   * The words for people and things of this actor's country, as sources write them: "Iranian",
   * "Ukrainian", "U.S." (a state's). Reconciliation reads titles with them: "Iranian Foreign
   * Minister" and "Iran's foreign minister" name one office.
   */
  public abstract List<String> demonyms();

  /** The actors a group stands for, when it lists them: "the joint facilitators" are Qatar, Egypt and the US. */
  public abstract List<ActorId> members();

  /**
   * Whether the source leaves this actor unnamed ("a senior official", "insiders", "observers"):
   * the {@link #name()} then says how the source describes them, and the kind what they are. Kept,
   * never dropped: anonymity tells a researcher how much a claim can bear. False unless set.
   */
  @Value.Default
  public boolean anonymous() {
    return false;
  }

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
    Checks.name(name(), "actor name");
    Checks.noneBlank(aliases(), "actor aliases");
    Checks.names(aliases(), "actor aliases");
    Checks.noneBlank(demonyms(), "actor demonyms");
    Checks.names(demonyms(), "actor demonyms");
    if (members().contains(id())) {
      throw new IllegalArgumentException("Invalid value for actor members: " + id() + " lists itself as a member");
    }
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
