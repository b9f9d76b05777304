package org.parley.validate;

import java.util.Map;
import java.util.Optional;
import org.parley.model.Source;
import org.parley.model.SourceId;

/**
 * Where the validator gets the text of a source's document, so that it can check evidence offsets
 * and hashes without core ever reading a file. A folder of documents, a database or a map in memory
 * can all be a {@code SourceTexts}; the json module and the command-line tool offer a folder.
 */
@FunctionalInterface
public interface SourceTexts {

  /** The text of this source's document, or empty when it is not available. */
  Optional<SourceText> find(Source source);

  /**
   * Why the text of a source that names a document is not available, when there is more to say than
   * that it was not supplied: a path outside the folder of texts, a link out of it. The validator adds
   * it to its warning. None by default.
   */
  default Optional<String> unavailable(Source source) {
    return Optional.empty();
  }

  /** No texts at all: evidence is not checked, and the validator warns that it was not. */
  static SourceTexts none() {
    return source -> Optional.empty();
  }

  /** The texts of these sources, by id. */
  static SourceTexts of(Map<SourceId, SourceText> texts) {
    Map<SourceId, SourceText> copy = Map.copyOf(texts);
    return source -> Optional.ofNullable(copy.get(source.id()));
  }
}
