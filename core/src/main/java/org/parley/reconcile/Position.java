package org.parley.reconcile;

import java.util.List;
import org.immutables.value.Value;

/** One value that sources give for an item ("2025-05-15"), with every source that gives it. */
@Value.Immutable
public abstract class Position {

  /** The value, written for people. */
  public abstract String value();

  /** The sources that give it, in report order. */
  public abstract List<Support> support();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  public static final class Builder extends ImmutablePosition.Builder {}
}
