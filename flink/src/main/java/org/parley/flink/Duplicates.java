package org.parley.flink;

import org.apache.flink.util.Collector;
import org.parley.validate.Codes;

/**
 * The checks across reports, keyed by what must not repeat: a report id used twice ({@link
 * Part#REPORT_ID}) and a second account by one source of one negotiation ({@link Part#ACCOUNT});
 * every report after the first in line order is told which line came first, with the messages of
 * the single-process validator.
 */
final class Duplicates extends LaterThanFirst {

  private static final long serialVersionUID = 1L;

  @Override
  void later(Part first, Part later, Collector<Part> out) {
    Part problem = Part.of(Part.PROBLEM, later, later.line);
    if (later.type == Part.REPORT_ID) {
      problem.key = Codes.DUPLICATE_ID;
      problem.key2 = "/report/id";
      problem.severity = "error";
      problem.message = "id " + later.key + " is already used by line " + first.line + "; ids must be unique";
    } else {
      String[] sourceAndNegotiation = later.key.split(" ", 2);
      problem.key = Codes.DUPLICATE_ACCOUNT;
      problem.key2 = "/report/source";
      problem.severity = "warning";
      problem.message = "report " + later.key2 + " is a second account by " + sourceAndNegotiation[0] + " of "
          + sourceAndNegotiation[1] + " (the first is line " + first.line + "); one report per source and"
          + " negotiation keeps sources apart";
    }
    out.collect(problem);
  }
}
