package org.parley.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.CoGroupFunction;
import org.apache.flink.util.Collector;
import org.parley.validate.Codes;

/**
 * Texts given as a file, joined with the sources by the document's path: each source record that
 * names the path gets its text ({@link Part#SOURCE_TEXT}), to travel with the source to the checks.
 * A path given twice keeps its first line, and the later ones are problems of the file of texts.
 */
final class AttachText implements CoGroupFunction<Part, Part, Part> {

  private static final long serialVersionUID = 1L;

  @Override
  public void coGroup(Iterable<Part> documents, Iterable<Part> texts, Collector<Part> out) {
    List<Part> given = new ArrayList<>(1);
    texts.forEach(given::add);
    if (given.isEmpty()) {
      return;
    }
    given.sort(Comparator.comparing((Part p) -> p.file).thenComparingLong(p -> p.line));
    Part first = given.get(0);
    for (Part later : given.subList(1, given.size())) {
      Part problem = Part.of(Part.PROBLEM, later, later.line);
      problem.key = Codes.DUPLICATE_ID;
      problem.key2 = "/path";
      problem.severity = "error";
      problem.message = "the path " + later.key + " is already given by " + (later.file.equals(first.file) ? ""
          : first.file + " ") + "line " + first.line + "; give each document once";
      out.collect(problem);
    }
    for (Part document : documents) {
      Part text = Part.of(Part.SOURCE_TEXT, document, document.line);
      text.key = document.key2;
      text.message = first.message;
      out.collect(text);
    }
  }
}
