package org.parley.plover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.json.ReadCodes;
import org.parley.json.ReadLimits;
import org.parley.model.JsonPointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * A JSON value read with the byte offset where each value (and each object member's name) starts,
 * so that a rule can place what it finds by line and column. Reading keeps going past a repeated
 * name (the first value counts, the repeat is reported), and stops, with one located problem, at
 * malformed JSON or a limit.
 */
sealed interface JsonTree {

  /** The byte offset where the value starts. */
  long offset();

  /** An object; its members in order, the first of a repeated name kept. */
  record Obj(long offset, Map<String, Member> members) implements JsonTree {
    JsonTree get(String name) {
      Member m = members.get(name);
      return m == null ? null : m.value();
    }
  }

  /** An object's member: its name's offset and its value. */
  record Member(String name, long nameOffset, JsonTree value) {}

  record Arr(long offset, List<JsonTree> items) implements JsonTree {}

  record Str(long offset, String value) implements JsonTree {}

  /** A number, as written. */
  record Num(long offset, String text, boolean integral) implements JsonTree {
    java.math.BigDecimal decimal() {
      return new java.math.BigDecimal(text);
    }
  }

  record Bool(long offset, boolean value) implements JsonTree {}

  record Null(long offset) implements JsonTree {}

  /** What JSON calls the value's type, for messages. */
  static String kind(JsonTree v) {
    if (v instanceof Obj) {
      return "an object";
    } else if (v instanceof Arr) {
      return "an array";
    } else if (v instanceof Str) {
      return "a string";
    } else if (v instanceof Num) {
      return "a number";
    } else if (v instanceof Bool b) {
      return b.value() ? "true" : "false";
    }
    return "null";
  }

  /** A problem met while reading: the code, where (byte offset), the pointer and the message. */
  record Fault(String code, long offset, JsonPointer pointer, String message) {}

  /** Reads JSON bytes into located values with Jackson's streaming parser, bounded by {@link ReadLimits}. */
  final class Reader {
    private final JsonFactory factory;
    private final ReadLimits limits;

    Reader(ReadLimits limits, boolean trailingCommas) {
      this.limits = limits;
      tools.jackson.core.json.JsonFactoryBuilder builder = JsonFactory.builder()
          .streamReadConstraints(limits.streamReadConstraints())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .rootValueSeparator((String) null);
      if (trailingCommas) {
        builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
      }
      this.factory = builder.build();
    }

    /**
     * The one JSON value in the first {@code length} bytes of {@code bytes}, or null when it
     * cannot be read; every fault is handed to {@code faults} (repeated names too, which do not stop
     * reading).
     */
    JsonTree read(byte[] bytes, int length, Consumer<Fault> faults) {
      List<Fault> repeated = new ArrayList<>();
      JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length);
      try (parser) {
        try {
          JsonToken first = parser.nextToken();
          if (first == null) {
            faults.accept(new Fault(ReadCodes.EMPTY, 0, JsonPointer.root(), "the input holds no JSON value"));
            return null;
          }
          JsonTree value = value(parser, first, repeated);
          JsonToken after;
          try {
            after = parser.nextToken();
          } catch (JacksonException e) {
            after = JsonToken.NOT_AVAILABLE;
          }
          repeated.forEach(faults);
          if (after != null) {
            faults.accept(new Fault(ReadCodes.TRAILING_CONTENT, offset(parser), JsonPointer.root(),
                "unexpected content after the end of the JSON value; a line holds exactly one record"));
            return null;
          }
          return value;
        } catch (StreamConstraintsException e) {
          repeated.forEach(faults);
          faults.accept(new Fault(ReadCodes.LIMIT_EXCEEDED, offset(parser), pointer(parser), limitMessage(e)));
          return null;
        } catch (JacksonException e) {
          repeated.forEach(faults);
          faults.accept(new Fault(ReadCodes.SYNTAX, where(e, parser), pointer(parser),
              clean(e.getOriginalMessage())));
          return null;
        }
      }
    }

    /** The pointer of where the parser is, by its own path; the root if it cannot tell. */
    private static JsonPointer pointer(JsonParser parser) {
      try {
        return JsonPointer.parse(parser.streamReadContext().pathAsPointer().toString());
      } catch (RuntimeException e) {
        return JsonPointer.root();
      }
    }

    private String limitMessage(StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.startsWith("Document nesting depth")) {
        return "values are nested deeper than the limit of " + limits.maxNestingDepth() + " levels";
      }
      if (m.startsWith("String value length")) {
        return "a string is longer than the limit of " + limits.maxStringLength() + " characters";
      }
      if (m.startsWith("Number value length")) {
        return "a number has more digits than the limit of " + limits.maxNumberLength();
      }
      if (m.startsWith("Name length")) {
        return "a field name is longer than the limit of " + Math.min(limits.maxStringLength(), 1000) + " characters";
      }
      return "the input is longer than the limit of " + limits.maxDocumentLength() + " bytes";
    }

    /** Where reading stopped: the exception's place, or else the parser's. */
    private static long where(JacksonException e, JsonParser parser) {
      TokenStreamLocation at = e.getLocation();
      if (at == null || at.getByteOffset() < 0) {
        at = parser.currentLocation();
      }
      return at == null || at.getByteOffset() < 0 ? 0 : at.getByteOffset();
    }

    private static long offset(JsonParser parser) {
      return Math.max(parser.currentTokenLocation().getByteOffset(), 0);
    }

    /** Jackson's message without its source excerpt and location, which Parley gives itself. */
    private static String clean(String message) {
      if (message == null) {
        return "malformed JSON";
      }
      int cut = message.indexOf("\n at [");
      String text = cut < 0 ? message : message.substring(0, cut);
      return text.replaceAll("\\s+", " ").trim();
    }

    private JsonTree value(JsonParser parser, JsonToken token, List<Fault> repeated) {
      long at = parser.currentTokenLocation().getByteOffset();
      return switch (token) {
        case START_OBJECT -> {
          Map<String, Member> members = new LinkedHashMap<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            long nameAt = parser.currentTokenLocation().getByteOffset();
            if (members.containsKey(name)) {
              // At the name, the parser's path ends in it.
              repeated.add(new Fault(ReadCodes.DUPLICATE_KEY, nameAt, pointer(parser), "the field \"" + name
                  + "\" occurs twice in one object; the first is read"));
            }
            JsonTree v = value(parser, parser.nextToken(), repeated);
            members.putIfAbsent(name, new Member(name, nameAt, v));
          }
          yield new Obj(at, Collections.unmodifiableMap(members));
        }
        case START_ARRAY -> {
          List<JsonTree> items = new ArrayList<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(parser, t, repeated));
          }
          yield new Arr(at, List.copyOf(items));
        }
        case VALUE_STRING -> new Str(at, parser.getString());
        case VALUE_NUMBER_INT -> new Num(at, parser.getString(), true);
        case VALUE_NUMBER_FLOAT -> new Num(at, parser.getString(), false);
        case VALUE_TRUE -> new Bool(at, true);
        case VALUE_FALSE -> new Bool(at, false);
        case VALUE_NULL -> new Null(at);
        default -> throw new IllegalStateException("Unexpected JSON token " + token);
      };
    }
  }
}
