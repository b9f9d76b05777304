package org.parley.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.Collector;

/**
 * The parts that share a key, in line order and then in their order within a line ({@link Part#at}):
 * each one after the first is handed on with the first, for a check that only the first may pass.
 */
abstract class LaterThanFirst extends ProcessWindowFunction<Part, Part, String, GlobalWindow> {

  private static final long serialVersionUID = 1L;

  @Override
  public final void process(String key, Context context, Iterable<Part> parts, Collector<Part> out) {
    List<Part> all = new ArrayList<>();
    parts.forEach(all::add);
    if (all.size() < 2) {
      return;
    }
    all.sort(Comparator.comparingLong((Part p) -> p.line).thenComparingLong(p -> p.at));
    Part first = all.get(0);
    for (Part later : all.subList(1, all.size())) {
      later(first, later, out);
    }
  }

  /** Checks {@code later} against {@code first}, handing on any problem. */
  abstract void later(Part first, Part later, Collector<Part> out);
}
