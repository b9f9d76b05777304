package org.parley.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.NegotiationId;
import org.parley.model.SourceId;
import org.parley.validate.Printable;

/**
 * A reconciliation as a plain-text table for people (the dataset's strings escaped with {@link
 * Printable}, so no value can forge a line or control the terminal): a legend of the sources (S1, S2, ...), then one
 * line per item, conflicts first — classification, subject, each value with the sources that give it
 * (and the encoder's verdict where one was made), and for a conflict the reason.
 *
 * <pre>
 * CONFLICT       date            Friday [S3 S4] | 2025-05-16 [S1 accurate] | 2025-05-15 [S5 false]  ! no single day fits ...
 * </pre>
 */
public final class ReconciliationTable {

  private ReconciliationTable() {}

  /** The table, sources labelled S1, S2, ... in report order. */
  public static String render(Reconciliation reconciliation) {
    StringBuilder out = new StringBuilder();
    reconciliation.handTo(sink(out::append));
    return out.toString();
  }

  /** The table with sources labelled by {@code label}. */
  public static String render(Reconciliation reconciliation, Function<SourceId, String> label) {
    StringBuilder out = new StringBuilder();
    reconciliation.handTo(new Writer(out::append, label, 0));
    return out.toString();
  }

  /**
   * A sink that writes each reconciliation handed to it as {@link #render(Reconciliation)} renders it,
   * passing {@code out} the header and then one line per item as each comes, so that a session's
   * reconciliations are written without being held whole.
   */
  public static ReconciliationSink sink(Consumer<String> out) {
    return new Writer(out, null, 0);
  }

  /**
   * As {@link #sink(Consumer)}, with each item's line wrapped to {@code columns} characters (a
   * terminal's width), its continuation lines indented under the values; nothing is cut off. 0 does
   * not wrap.
   */
  public static ReconciliationSink sink(Consumer<String> out, int columns) {
    if (columns < 0) {
      throw new IllegalArgumentException("Invalid value for columns (0 for no wrapping, or a width): " + columns);
    }
    return new Writer(out, null, columns);
  }

  /** The table with each line wrapped to {@code columns} characters; see {@link #sink(Consumer, int)}. */
  public static String render(Reconciliation reconciliation, int columns) {
    StringBuilder out = new StringBuilder();
    reconciliation.handTo(sink(out::append, columns));
    return out.toString();
  }

  /** The narrowest width lines are wrapped to: narrower, a continuation would hold a few characters. */
  private static final int NARROWEST = 40;

  /**
   * {@code line} wrapped to {@code columns}, continuation lines indented by {@code indent} (or by 4
   * when that leaves too little room), broken at a space where one is near and never inside a
   * character.
   */
  static String wrap(String line, int columns, int indent) {
    int width = Math.max(columns, NARROWEST);
    if (line.codePointCount(0, line.length()) <= width) {
      return line;
    }
    int margin = indent <= width / 2 ? indent : 4;
    StringBuilder out = new StringBuilder();
    int at = 0;
    int room = width;
    while (line.codePointCount(at, line.length()) > room) {
      int cut = line.offsetByCodePoints(at, room);
      int space = line.lastIndexOf(' ', cut);
      if (space > at + room / 2) {
        cut = space;
      }
      out.append(line, at, cut).append('\n').append(" ".repeat(margin));
      at = cut;
      while (at < line.length() && line.charAt(at) == ' ') {
        at++;
      }
      room = width - margin;
    }
    return out.append(line, at, line.length()).toString();
  }

  /** Writes the table piece by piece: the header and legend at begin, a line per item. */
  private static final class Writer implements ReconciliationSink {
    private final Consumer<String> out;
    private final Function<SourceId, String> givenLabel;
    private final int columns;
    private Function<SourceId, String> label;
    private int width;

    Writer(Consumer<String> out, Function<SourceId, String> label, int columns) {
      this.out = out;
      this.givenLabel = label;
      this.columns = columns;
    }

    @Override
    public void begin(NegotiationId negotiation, List<SourceId> sources, List<Heading> items) {
      if (givenLabel == null) {
        Map<SourceId, String> labels = new LinkedHashMap<>();
        sources.forEach(s -> labels.put(s, "S" + (labels.size() + 1)));
        label = labels::get;
      } else {
        label = givenLabel;
      }
      StringBuilder head = new StringBuilder();
      head.append(String.format(Locale.ROOT, "Reconciliation of %s: %d sources, %d items (%d in conflict, %d unclear,"
              + " %d from one source only, %d agreed)%n", negotiation, sources.size(), items.size(),
          count(items, Classification.CONFLICT), count(items, Classification.UNCLEAR),
          count(items, Classification.SINGLE_SOURCE), count(items, Classification.AGREED)));
      sources.forEach(s -> head.append("  ").append(label.apply(s)).append(" = ").append(s).append('\n'));
      width = items.stream().mapToInt(i -> Printable.escape(i.subject()).length()).max().orElse(0);
      if (columns > 0) {
        // In a terminal the subjects' column takes a third of the width at most; a longer subject runs on.
        width = Math.min(width, Math.max(columns, NARROWEST) / 3);
        out.accept(head.toString().lines().map(l -> wrap(l, columns, 2) + "\n").collect(Collectors.joining()));
        return;
      }
      out.accept(head.toString());
    }

    @Override
    public void item(Item item) {
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "%-13s  %-" + width + "s  ", item.classification().wireName()
          .toUpperCase(Locale.ROOT), Printable.escape(item.subject())));
      line.append(item.positions().stream().map(p -> Printable.escape(p.value()) + " [" + p.support().stream()
              .map(s -> label.apply(s.source()) + s.assessment().map(a -> " " + a.verdict().wireName()).orElse(""))
              .collect(Collectors.joining(" ")) + "]")
          .collect(Collectors.joining(" | ")));
      item.reason().ifPresent(r -> line.append("  ! ").append(Printable.escape(r)));
      out.accept((columns == 0 ? line.toString() : wrap(line.toString(), columns, 15 + width + 2)) + "\n");
    }

    @Override
    public void end() {
      // nothing follows the last item
    }
  }

  private static long count(List<ReconciliationSink.Heading> items, Classification classification) {
    return items.stream().filter(i -> i.classification() == classification).count();
  }
}
