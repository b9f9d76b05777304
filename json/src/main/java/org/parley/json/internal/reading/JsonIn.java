package org.parley.json.internal.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.json.internal.format.FormatVersions;
import org.parley.model.JsonPointer;
import org.parley.model.WireEnum;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A cursor over a Jackson token stream that reads exactly the shapes of the Parley format and turns
 * every departure into a located {@link ParleyJsonException}; what it may go past is {@link Recovery}'s
 * to say, and which version allows a field or value {@link VersionGate}'s. Locations and pointers are computed
 * only when an error is raised, so the happy path allocates nothing for them.
 */
public final class JsonIn {

  final JsonParser parser;

  /** At most this many problems are collected from one input; reading stops at the next. */
  public static final int MAX_PROBLEMS = 1000;

  /** Whether problems are collected and reading goes on, and those met so far. */
  private final Recovery recovery;
  private final boolean collect;
  private final VersionGate versions = new VersionGate();

  /** Columns of the input in code points. */
  private final Columns columns;
  /** Where each value read starts, when a validator will need it; null otherwise. */
  private final ValueStarts starts;

  /** A cursor that stops at the first problem, for a user's mapper (columns as Jackson counts them). */
  public JsonIn(JsonParser parser) {
    this(parser, false, Columns.jackson(), null);
  }

  /**
   * A cursor that, with {@code collect}, records recoverable problems and goes on reading, and
   * records where each value starts in {@code starts} unless it is null.
   */
  public JsonIn(JsonParser parser, boolean collect, Columns columns, ValueStarts starts) {
    this.parser = parser;
    this.recovery = new Recovery(collect);
    this.collect = collect;
    this.columns = columns;
    this.starts = starts;
  }

  /** Records where the value whose first token the parser is on starts, when starts are recorded. */
  void started() {
    if (starts != null) {
      starts.record(parser);
    }
  }

  /** The column, in code points, of a place Jackson gives. */
  long column(TokenStreamLocation at) {
    return columns.column(at);
  }

  /** The problems recorded so far, in the order they were met. */
  List<ParleyJsonException> problems() {
    return recovery.problems();
  }

  private void report(ParleyJsonException problem) {
    recovery.report(problem);
  }

  /**
   * Records the version the input declares; fails if a feature read before the declaration needs a
   * newer one, at the place of that feature.
   */
  void declare(String version) {
    ParleyJsonException earlier = versions.declare(version);
    if (earlier != null) {
      report(earlier);
    }
  }

  /** Fails, at the current token, if the declared version is older than {@code since}, which {@code what} needs. */
  void requireVersion(String since, String what) {
    ParleyJsonException refused = versions.require(since, what, this::error);
    if (refused != null) {
      report(refused);
    }
  }

  JsonToken next() {
    return parser.nextToken();
  }

  /** The JSON Pointer of the current token's value (for a start token, of the value it opens). */
  JsonPointer pointer() {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return JsonPointer.parse(context.pathAsPointer().toString());
  }

  public ParleyJsonException error(String code, String problem) {
    return error(code, problem, null);
  }

  public ParleyJsonException error(String code, String problem, Throwable cause) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new ParleyJsonException(code, at.getLineNr(), column(at), pointer(), problem, cause);
  }

  /** Fails unless the current token is {@code expected}, which a value of {@code what} must be. */
  void expect(JsonToken expected, String what) {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw wrongType(what);
    }
  }

  ParleyJsonException wrongType(String what) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return error(ReadCodes.NULL, "null is not allowed here; expected " + what
          + " (leave an optional field out instead of writing null)");
    }
    return error(ReadCodes.WRONG_TYPE, "expected " + what + ", found " + describe(token));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  public String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    String text = parser.getString();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        checkSurrogates(text, i);
        break;
      }
    }
    return text;
  }

  /** Refuses a string with an unpaired surrogate (from an escape such as \\ud800): it is no text. */
  private void checkSurrogates(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(ReadCodes.INVALID_VALUE, String.format(
            "the string holds an unpaired surrogate \\u%04x at character %d; it is not Unicode text", (int) c, i));
      }
    }
  }

  /** A string turned into a model value; the model's refusal becomes an invalid-value error here. */
  public <T> T string(Function<String, T> convert) {
    String text = string();
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(ReadCodes.INVALID_VALUE, e.getMessage(), e);
    }
  }

  public <E extends Enum<E> & WireEnum> E enumValue(Class<E> type) {
    String text = string();
    E value;
    try {
      value = WireEnum.parse(type, text);
    } catch (IllegalArgumentException e) {
      throw error(ReadCodes.UNKNOWN_VALUE,
          "unknown value \"" + text + "\"; expected one of " + WireEnum.wireNames(type), e);
    }
    String since = FormatVersions.since(value);
    if (since != null) {
      requireVersion(since, "the value \"" + text + "\"");
    }
    return value;
  }

  /** A JSON boolean. */
  boolean bool() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  /** A whole number from 0 to {@code max}. */
  long count(long max) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(ReadCodes.WRONG_TYPE, "expected a whole number, found " + parser.getString());
    }
    expect(JsonToken.VALUE_NUMBER_INT, "a whole number");
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.BIG_INTEGER && parser.getBigIntegerValue().signum() < 0) {
      throw error(ReadCodes.INVALID_VALUE, "the number " + parser.getString() + " is negative; expected 0 or more");
    }
    if (type == JsonParser.NumberType.BIG_INTEGER
        || (type == JsonParser.NumberType.LONG && parser.getLongValue() > max)
        || (type == JsonParser.NumberType.INT && parser.getIntValue() > max)) {
      throw error(ReadCodes.INVALID_VALUE, "the number " + parser.getString() + " is larger than " + max);
    }
    long value = parser.getLongValue();
    if (value < 0) {
      throw error(ReadCodes.INVALID_VALUE, "the number " + value + " is negative; expected 0 or more");
    }
    return value;
  }

  /** A JSON array read element by element; an empty array gives an empty list. */
  <T> List<T> list(Supplier<T> element) {
    expect(JsonToken.START_ARRAY, "an array");
    // On the array's opening bracket the context is the array's own; its elements' tokens end in it.
    TokenStreamContext array = parser.streamReadContext();
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return Collections.emptyList();
    }
    List<T> items = new ArrayList<>();
    do {
      started();
      if (!collect) {
        items.add(element.get());
        continue;
      }
      try {
        items.add(element.get());
      } catch (ParleyJsonException e) {
        // The element is left out; the problem is recorded and reading goes on after it.
        report(e);
        skipToEndOfValue(array);
      } catch (Recovery.Abandoned e) {
        skipToEndOfValue(array);
      }
    } while (parser.nextToken() != JsonToken.END_ARRAY);
    return items;
  }

  /**
   * Moves to the last token of the value being read in {@code container} (an array's element or an
   * object's field value): its closing bracket or brace, or the value itself.
   */
  private void skipToEndOfValue(TokenStreamContext container) {
    while (!(parser.streamReadContext() == container && isValueEnd(parser.currentToken()))) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  private static boolean isValueEnd(JsonToken token) {
    return token != null && (token.isScalarValue() || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY);
  }

  /** Starts reading an object of the given type; the current token must open it. */
  ObjectIn object(Fields fields) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object (" + fields.withArticle() + ")");   // the message built only when needed
    }
    return new ObjectIn(fields);
  }

  /** Reading of one JSON object: known fields, each at most once, required ones present. */
  final class ObjectIn {
    private final Fields fields;
    private final TokenStreamContext object;
    private long seen;
    private boolean broken;

    ObjectIn(Fields fields) {
      this.fields = fields;
      this.object = parser.streamReadContext();
    }

    /**
     * Reads every field with {@code read}. When problems are collected, a field whose value has a
     * problem that leaves the JSON intact is recorded and skipped, the others are still read, and
     * the object is left out at {@link #build}.
     */
    void fields(java.util.function.Consumer<FieldName> read) {
      for (FieldName f; (f = nextField()) != null; ) {
        if (!collect) {
          read.accept(f);
          continue;
        }
        try {
          read.accept(f);
        } catch (ParleyJsonException e) {
          report(e);
          broken = true;
          skipToEndOfValue(object);
        } catch (Recovery.Abandoned e) {
          broken = true;
          skipToEndOfValue(object);
        }
      }
    }

    /** The next field, with the parser on its value; null at the end of the object. */
    FieldName nextField() {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return null;
      }
      String name = parser.currentName();
      int index = fields.indexOf(name);
      if (index < 0) {
        report(error(ReadCodes.UNKNOWN_FIELD,
            "unknown field \"" + name + "\" in " + fields.withArticle() + "; expected one of " + fields.allowed()));
        return skipValueAndGoOn();
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        report(error(ReadCodes.DUPLICATE_KEY, "the field \"" + name + "\" occurs twice in one " + fields.type));
        return skipValueAndGoOn();
      }
      seen |= bit;
      if (fields.since[index] != null) {
        requireVersion(fields.since[index], "the field \"" + name + "\" of " + fields.withArticle());
      }
      parser.nextToken();
      started();
      return fields.fields[index];
    }

    /** Skips the value of a field that was reported, and returns the next field. */
    private FieldName skipValueAndGoOn() {
      parser.nextToken();
      parser.skipChildren();
      return nextField();
    }

    /** Whether {@code field} of the type has been read. */
    boolean has(FieldName field) {
      int index = fields.indexOf(field);
      return index >= 0 && (seen & (1L << index)) != 0;
    }

    /**
     * Once the object has ended: refuses it unless it has {@code field} or {@code other}, as a field
     * it requires ({@code json.missing-field}); does nothing for an object already broken.
     */
    void requireOneOf(FieldName field, FieldName other, String why) {
      if (!broken && !has(field) && !has(other)) {
        throw error(ReadCodes.MISSING_FIELD, fields.withArticle() + " needs the field \"" + field.wire + "\" or \""
            + other.wire + "\" (" + why + ")");
      }
    }

    /** Builds the value once the object has ended, checking required fields first. */
    <T> T build(Supplier<T> build) {
      if (broken) {
        throw new Recovery.Abandoned();
      }
      for (int i = 0; i < fields.names.length; i++) {
        if (fields.required[i] && (seen & (1L << i)) == 0) {
          throw error(ReadCodes.MISSING_FIELD, fields.withArticle() + " needs the field \"" + fields.names[i]
              + "\" (required: " + String.join(", ", fields.requiredNames()) + ")");
        }
      }
      try {
        return build.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw error(ReadCodes.INVALID_VALUE, e.getMessage(), e);
      }
    }
  }
}
