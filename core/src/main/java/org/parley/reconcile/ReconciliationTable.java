package org.parley.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.SourceId;
import org.parley.validate.Printable;

/**
 * A reconciliation as a plain-text table for people (the dataset's strings escaped with {@link
 * Printable}, so no value can forge a line or control the terminal): a legend of the sources (S1, S2, ...), then one
 * line per item, conflicts first — classification, subject, each value with the sources that give it
 * (and the encoder's verdict where one was made), and for a conflict the reason.
 *
 * <pre>
 * CONFLICT       date            2025-05 (Friday) [S3 S4] | 2025-05-16 [S1 accurate] | 2025-05-15 [S5 false]  ! no single day fits ...
 * </pre>
 */
public final class ReconciliationTable {

  private ReconciliationTable() {}

  /** The table, sources labelled S1, S2, ... in report order. */
  public static String render(Reconciliation reconciliation) {
    Map<SourceId, String> labels = new LinkedHashMap<>();
    reconciliation.sources().forEach(s -> labels.put(s, "S" + (labels.size() + 1)));
    return render(reconciliation, labels::get);
  }

  /** The table with sources labelled by {@code label}. */
  public static String render(Reconciliation reconciliation, Function<SourceId, String> label) {
    StringBuilder out = new StringBuilder();
    List<Item> items = reconciliation.items();
    out.append(String.format(Locale.ROOT, "Reconciliation of %s: %d sources, %d items (%d in conflict, %d from one"
            + " source only, %d agreed)%n", reconciliation.negotiation(), reconciliation.sources().size(),
        items.size(), count(items, Classification.CONFLICT), count(items, Classification.SINGLE_SOURCE),
        count(items, Classification.AGREED)));
    reconciliation.sources().forEach(s -> out.append("  ").append(label.apply(s)).append(" = ").append(s)
        .append('\n'));
    int width = items.stream().mapToInt(i -> Printable.escape(i.subject()).length()).max().orElse(0);
    for (Item item : items) {
      out.append(String.format(Locale.ROOT, "%-13s  %-" + width + "s  ", item.classification().wireName()
          .toUpperCase(Locale.ROOT), Printable.escape(item.subject())));
      out.append(item.positions().stream().map(p -> Printable.escape(p.value()) + " [" + p.support().stream()
              .map(s -> label.apply(s.source()) + s.assessment().map(a -> " " + a.verdict().wireName()).orElse(""))
              .collect(Collectors.joining(" ")) + "]")
          .collect(Collectors.joining(" | ")));
      item.reason().ifPresent(r -> out.append("  ! ").append(Printable.escape(r)));
      out.append('\n');
    }
    return out.toString();
  }

  private static long count(List<Item> items, Classification classification) {
    return items.stream().filter(i -> i.classification() == classification).count();
  }
}
