package org.parley.json.internal;

import java.util.Optional;
import org.parley.model.JsonPointer;

/**
 * Where a value of a JSON Lines file's index stands on its own line. The records of the index
 * (actors, negotiations, agreements, sources) are checked together as the lists of one dataset, so a
 * violation among them names a place such as {@code /actors/3/id}; on the file that is the fourth
 * actor line, at {@code /actor/id}. Read off the pointer's tokens, in constant time.
 *
 * @param kind the dataset's list the record is in ({@code actors})
 * @param position the record's position in that list, counted from 0
 * @param inLine the same place within the record's line ({@code /actor/id})
 */
public record IndexPlace(String kind, int position, JsonPointer inLine) {

  /**
   * The place on its line of the index value at {@code inIndex}; empty when the pointer does not
   * name a value within a record of a list ({@code /actors}, {@code /reports/0}: reports are lines
   * of their own).
   */
  public static Optional<IndexPlace> of(JsonPointer inIndex) {
    if (inIndex.depth() < 2 || inIndex.upTo(2).index() < 0) {
      return Optional.empty();
    }
    String kind = inIndex.token(0);
    String line = switch (kind) {
      case "actors" -> "actor";
      case "negotiations" -> "negotiation";
      case "agreements" -> "agreement";
      case "sources" -> "source";
      default -> null;
    };
    if (line == null) {
      return Optional.empty();
    }
    JsonPointer record = inIndex.upTo(2);
    return Optional.of(new IndexPlace(kind, record.index(), inIndex.rebase(record, JsonPointer.root().child(line))));
  }
}
