package org.parley.flink;

import org.apache.flink.util.Collector;
import org.parley.validate.Codes;
import org.parley.validate.KeyedKinds;

/**
 * The claims one encoder's key files under one item, keyed by that item ({@link Part#KEYED}): every
 * claim of another kind than the first in line order, and in document order within a report, is told
 * where the first is, with the message of the single-process validator ({@link KeyedKinds}).
 */
final class UnlikeKinds extends LaterThanFirst {

  private static final long serialVersionUID = 1L;

  @Override
  void later(Part first, Part later, Collector<Part> out) {
    if (!later.key2.equals(first.key2)) {
      Part problem = Part.of(Part.PROBLEM, later, later.line);
      problem.key = Codes.KEY_JOINS_UNLIKE_KINDS;
      problem.key2 = later.message + "/key";
      problem.severity = "warning";
      problem.message = KeyedKinds.message(later.keys[0], later.key2, first.key2,
          "line " + first.line + " at " + first.message);
      out.collect(problem);
    }
  }
}
