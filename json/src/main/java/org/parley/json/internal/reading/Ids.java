package org.parley.json.internal.reading;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.TypedId;

/**
 * Ids as the reader makes them, one object for each id text met again: a dataset names each actor,
 * source and negotiation many times, and the rules look each of those up. A repeated id then costs
 * no new objects, and its hash, cached in its one string, is computed once. The same for the words
 * that repeat ({@link #word}). Holds at most {@link #MAX} of each, then starts afresh; not
 * thread-safe (one per parse, or per batch of lines).
 */
public final class Ids {

  static final int MAX = 1 << 16;

  private final Map<String, TypedId> seen = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();

  /** The id of this text and type: the one made before, or {@code make}'s, which may refuse the text. */
  <T extends TypedId> T of(String text, Class<T> type, Function<String, T> make) {
    TypedId known = seen.get(text);
    if (type.isInstance(known)) {
      return type.cast(known);
    }
    T made = make.apply(text);
    if (seen.size() >= MAX) {
      seen.clear();
    }
    seen.put(text, made);
    return made;
  }

  /**
   * One string for each text met again, for the values that repeat across records (a country code,
   * a language, an outlet, a city, a unit): a million actors of one country hold one "UKR".
   */
  String word(String text) {
    String known = words.get(text);
    if (known != null) {
      return known;
    }
    if (words.size() >= MAX) {
      words.clear();
    }
    words.put(text, text);
    return text;
  }
}
