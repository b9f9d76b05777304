package org.parley.reconcile;

import java.util.List;
import org.parley.model.NegotiationId;
import org.parley.model.SourceId;

/**
 * Receives reconciliations one item at a time, so that a reconciliation of any size can be written
 * without being held whole ({@link Reconciler.Session#finish(ReconciliationSink)}): for each
 * negotiation, {@link #begin} with the headings of its items, then each {@link #item} in the same
 * order, then {@link #end}. {@link Reconciliation#handTo} feeds a reconciliation already built.
 */
public interface ReconciliationSink {

  /** What an item is and how it is classified, known before the item itself is built. */
  record Heading(ItemKind kind, String key, String subject, Classification classification) {

    /** The heading of {@code item}. */
    public static Heading of(Item item) {
      return new Heading(item.kind(), item.key(), item.subject(), item.classification());
    }
  }

  /**
   * A negotiation's reconciliation begins: its sources in report order and the headings of its items,
   * in the order the items will come (conflicts first, then single-source, then agreed).
   */
  void begin(NegotiationId negotiation, List<SourceId> sources, List<Heading> items);

  /** The next item. */
  void item(Item item);

  /** The negotiation's reconciliation is complete. */
  void end();
}
