package org.parley.flink;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.json.Location;
import org.parley.json.Problem;
import org.parley.json.ReadCodes;
import org.parley.model.JsonPointer;
import org.parley.validate.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * One line of a file of source texts, strictly: an object of exactly a string {@code path} (the
 * document's path as its source records it) and a string {@code text}, as a {@link Part#TEXT};
 * anything else is a located problem of that file.
 */
final class ParseText implements FlatMapFunction<Part, Part> {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Override
  public void flatMap(Part line, Collector<Part> out) {
    if (new String(line.bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      out.collect(problem(line, ReadCodes.EMPTY, JsonPointer.root(), "the line is blank; every line of a file of texts holds one object"));
      return;
    }
    String path = null;
    String text = null;
    try (JsonParser in = JSON.createParser(ObjectReadContext.empty(), line.bytes)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new Refused(ReadCodes.WRONG_TYPE, JsonPointer.root(), "a line of texts is an object {\"path\": …, \"text\": …}");
      }
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        JsonToken value = in.nextToken();
        if (!name.equals("path") && !name.equals("text")) {
          throw new Refused(ReadCodes.UNKNOWN_FIELD, JsonPointer.root().child(name), "unknown field \"" + name
              + "\" in a line of texts; expected path and text");
        }
        if (value != JsonToken.VALUE_STRING) {
          throw new Refused(ReadCodes.WRONG_TYPE, JsonPointer.root().child(name), "expected a string");
        }
        if (name.equals("path")) {
          path = in.getString();
        } else {
          text = in.getString();
        }
      }
      if (in.nextToken() != null) {
        throw new Refused(ReadCodes.TRAILING_CONTENT, JsonPointer.root(), "a line of texts holds one object and nothing after it");
      }
      if (path == null || text == null) {
        throw new Refused(ReadCodes.MISSING_FIELD, JsonPointer.root().child(path == null ? "path" : "text"),
            "a line of texts needs both path and text");
      }
    } catch (Refused e) {
      out.collect(problem(line, e.code, e.pointer, e.getMessage()));
      return;
    } catch (StreamReadException e) {
      out.collect(problem(line, ReadCodes.SYNTAX, JsonPointer.root(), e.getOriginalMessage()));
      return;
    }
    Part part = Part.of(Part.TEXT, line, line.line);
    part.key = path;
    part.message = text;
    out.collect(part);
  }

  private static Part problem(Part line, String code, JsonPointer pointer, String message) {
    return Problems.part(new Problem(Severity.ERROR, code, new Location(line.file, line.line, 0, pointer), message));
  }

  /** A line that is JSON but not a line of texts. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String code;
    final JsonPointer pointer;

    Refused(String code, JsonPointer pointer, String message) {
      super(message, null, false, false);
      this.code = code;
      this.pointer = pointer;
    }
  }
}
