package org.parley.flink;

import java.io.StringWriter;
import org.parley.json.Location;
import org.parley.json.Problem;
import org.parley.model.JsonPointer;
import org.parley.json.TerminalSafeEscapes;
import org.parley.validate.Severity;
import org.parley.validate.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Problems as parts, and as the JSON Lines the job writes. */
final class Problems {

  private static final JsonFactory JSON = JsonFactory.builder().characterEscapes(TerminalSafeEscapes.INSTANCE).build();

  private Problems() {}

  static Part part(Problem problem) {
    Part part = Part.of(Part.PROBLEM, problem.file(), problem.line());
    part.column = problem.column();
    part.key = problem.code();
    part.key2 = problem.pointer().toString();
    part.severity = problem.severity().wireName();
    part.message = problem.message();
    return part;
  }

  /** A violation found in the record at {@code line} of {@code file}, at {@code pointer} within that line. */
  static Part part(Violation violation, String file, long line, JsonPointer pointer) {
    return part(Problem.of(violation, new Location(file, line, 0, pointer)));
  }

  /** The problem back as Parley's type. */
  static Problem problem(Part part) {
    return new Problem(Severity.fromWireName(part.severity), part.key,
        new Location(part.file, part.line, part.column, JsonPointer.parse(part.key2)), part.message);
  }

  /**
   * One line of the job's output: {@code {"file":…,"line":…,"column":…,"pointer":…,"severity":…,
   * "code":…,"message":…}}, the column only where it is known (read errors).
   */
  static String json(Part part) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      out.writeStartObject();
      out.writeStringProperty("file", part.file);
      out.writeNumberProperty("line", part.line);
      if (part.column > 0) {
        out.writeNumberProperty("column", part.column);
      }
      out.writeStringProperty("pointer", part.key2);
      out.writeStringProperty("severity", part.severity);
      out.writeStringProperty("code", part.key);
      out.writeStringProperty("message", part.message);
      out.writeEndObject();
    }
    return text.toString();
  }

  /** One file's line of the summary: {@code {"file":…,"records":…,"errors":…,"warnings":…}}. */
  static String summary(String file, ValidateJob.FileSummary counts) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      out.writeStartObject();
      out.writeStringProperty("file", file);
      out.writeNumberProperty("records", counts.records());
      out.writeNumberProperty("errors", counts.errors());
      out.writeNumberProperty("warnings", counts.warnings());
      out.writeEndObject();
    }
    return text.toString();
  }
}
