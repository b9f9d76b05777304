package org.parley.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.CoGroupFunction;
import org.apache.flink.util.Collector;
import org.parley.validate.Codes;

/**
 * The join of references with the index, by id: each report that names the record gets the record's
 * first definition, if that comes before the report's line (the single-process validator checks a
 * report against the records before it, and a repeated id finds its first record); and the records
 * of an id after its first are reported as repeated.
 */
final class Resolve implements CoGroupFunction<Part, Part, Part> {

  private static final long serialVersionUID = 1L;
  /** What travels for a record whose existence is all a report's rules ask about. */
  static final byte[] NO_BYTES = new byte[0];

  @Override
  public void coGroup(Iterable<Part> defs, Iterable<Part> refs, Collector<Part> out) {
    List<Part> all = new ArrayList<>(1);
    List<Part> texts = new ArrayList<>(0);
    defs.forEach(part -> (part.type == Part.SOURCE_TEXT ? texts : all).add(part));
    if (all.isEmpty()) {
      return;
    }
    all.sort(java.util.Comparator.comparingLong(p -> p.line));
    Part first = all.get(0);
    // Uniqueness, keyed by the id: every record after the first is told which line came first.
    for (Part later : all.subList(1, all.size())) {
      Part problem = Part.of(Part.PROBLEM, later, later.line);
      problem.key = Codes.DUPLICATE_ID;
      problem.key2 = "/" + later.key.substring(0, later.key.indexOf(':')) + "/id";
      problem.severity = "error";
      problem.message = "id " + later.key + " is already used by line " + first.line + "; ids must be unique";
      out.collect(problem);
    }
    // The text of a source's document, when texts come as a file: the one its first record names.
    String text = null;
    for (Part t : texts) {
      if (t.line == first.line) {
        text = t.message;
      }
    }
    for (Part ref : refs) {
      if (first.line < ref.at) {
        Part found = Part.of(Part.FOUND, ref, first.line);
        found.at = ref.at;
        found.key = first.key;
        found.bytes = Texts.needsContent(first.key) ? first.bytes : NO_BYTES;
        found.version = first.version;
        found.message = text;
        out.collect(found);
      }
    }
  }

  /** The report with every record found for it and every party its responders act for. */
  static final class Bundle implements CoGroupFunction<Part, Part, Part> {

    private static final long serialVersionUID = 1L;

    @Override
    public void coGroup(Iterable<Part> reports, Iterable<Part> found, Collector<Part> out) {
      List<byte[]> records = new ArrayList<>();
      String text = null;
      List<String> ids = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (Part part : found) {
        records.add(part.bytes);
        ids.add(part.type == Part.PARTY ? part.key2 : part.key);
        if (part.message != null) {
          text = part.message;   // the text of the report's source, the one record found with a text
        }
        if (part.type == Part.PARTY) {
          keys.add(part.key);
          keys.add(part.key2);
        }
      }
      for (Part report : reports) {
        Part bundle = Part.of(Part.BUNDLE, report, report.line);
        bundle.key = report.key;
        bundle.key2 = report.key2;
        bundle.bytes = report.bytes;
        bundle.version = report.version;
        bundle.records = records.toArray(new byte[0][]);
        bundle.ids = ids.toArray(new String[0]);
        bundle.message = text;
        bundle.keys = keys.toArray(new String[0]);
        out.collect(bundle);
      }
    }
  }
}
