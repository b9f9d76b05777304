package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing the reports say something about — the date, a person's title, a demand of one side of
 * another on an issue — with every distinct value they give, how those relate, and why they conflict
 * when they do.
 */
@Value.Immutable
public abstract class Item {

  /** What sort of thing the item is. */
  public abstract ItemKind kind();

  /**
   * The item's stable key, made of kinds, ids, enumeration values and encoders' keys only, never
   * of display text, so it survives renaming an actor: {@code title/actor:donald-trump},
   * {@code demand/actor:russia/actor:ukraine/territory}, {@code outcome/key:temporary-ceasefire}.
   */
  public abstract String key();

  /** What the item is about, for people: "title of Donald Trump". */
  public abstract String subject();

  /** How the sources that mention the item relate. */
  public abstract Classification classification();

  /** The distinct values, most supported first. */
  public abstract List<Position> positions();

  /**
   * For a conflict, each reason the values cannot all be true; for an unclear item, each difference
   * the rules cannot decide (codes starting {@code unclear.}); empty otherwise.
   */
  public abstract List<Conflict> conflicts();

  /** For a conflict or an unclear item, what differs, for people: the conflicts' messages. */
  @Value.Derived
  public Optional<String> reason() {
    return conflicts().isEmpty() ? Optional.empty()
        : Optional.of(conflicts().stream().map(Conflict::message).collect(java.util.stream.Collectors.joining("; ")));
  }

  /** How many sources mention the item. */
  @Value.Derived
  public int sourceCount() {
    return (int) positions().stream().flatMap(p -> p.support().stream()).map(Support::source).distinct().count();
  }

  @Value.Check
  void check() {
    if (Classification.of(conflicts()) != classification()
        && !(conflicts().isEmpty() && classification() == Classification.SINGLE_SOURCE)) {
      throw new IllegalArgumentException("Invalid value for item conflicts: an item is a conflict exactly when one of"
          + " its conflicts is decided, unclear when all are undecided (unclear.*); " + key() + " is "
          + classification().wireName() + " with " + conflicts().stream().map(Conflict::code).toList());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Item}. */
  public static final class Builder extends ImmutableItem.Builder {}
}
