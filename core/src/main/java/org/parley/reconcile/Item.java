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

  public abstract ItemKind kind();

  /** What the item is about, for people and as a stable key: "title of actor:donald-trump". */
  public abstract String subject();

  public abstract Classification classification();

  /** The distinct values, most supported first. */
  public abstract List<Position> positions();

  /** For a conflict, why the values cannot all be true. */
  public abstract Optional<String> reason();

  /** How many sources mention the item. */
  @Value.Derived
  public int sourceCount() {
    return (int) positions().stream().flatMap(p -> p.support().stream()).map(Support::source).distinct().count();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Item}. */
  public static final class Builder extends ImmutableItem.Builder {}
}
