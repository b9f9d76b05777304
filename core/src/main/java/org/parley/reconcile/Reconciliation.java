package org.parley.reconcile;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.parley.model.NegotiationId;
import org.parley.model.SourceId;

/**
 * What the reports of one negotiation agree on and where they conflict: one {@link Item} per thing
 * they report, conflicts first. Sources are never merged: every value keeps the sources that give it.
 */
@Value.Immutable
public abstract class Reconciliation {

  public abstract NegotiationId negotiation();

  /** The sources of the reconciled reports, in report order. */
  public abstract List<SourceId> sources();

  /** Every item: conflicts first, then single-source, then agreed; by kind and subject within. */
  public abstract List<Item> items();

  /** The items in conflict. */
  public List<Item> conflicts() {
    return items().stream().filter(i -> i.classification() == Classification.CONFLICT).collect(Collectors.toList());
  }

  /** Hands this reconciliation to {@code sink}: begin, each item, end. */
  public void handTo(ReconciliationSink sink) {
    sink.begin(negotiation(), sources(), items().stream().map(ReconciliationSink.Heading::of).toList());
    items().forEach(sink::item);
    sink.end();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reconciliation}. */
  public static final class Builder extends ImmutableReconciliation.Builder {}
}
