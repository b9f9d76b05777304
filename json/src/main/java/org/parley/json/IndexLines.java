package org.parley.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.json.internal.IndexPlace;
import org.parley.json.internal.reading.ValueStarts;
import org.parley.model.JsonPointer;
import org.parley.validate.Violation;

/**
 * Where the index records of a JSON Lines file stand: the line of each actor, negotiation, agreement
 * and source, by kind and position in the dataset's lists, and the value starts of each (within a
 * limit), so that a violation the index's checks place at {@code /actors/3/id} is handed on at that
 * record's line and column, at {@code /actor/id}. One per validation, on the thread that takes the
 * lines in order.
 */
final class IndexLines {

  /**
   * The most value starts of index records kept for columns (four bytes each, records of one shape
   * sharing their pointers): some 150,000 actors' worth, more than real indexes have; past it, the
   * violations of later index records are placed by line alone, so a huge index costs no more.
   */
  static final long STARTS_LIMIT = 1L << 20;

  /** A growable list of longs: the lines of one kind of index record, eight bytes each. */
  private static final class Lines {
    private long[] lines = new long[64];
    private int size;

    void add(long line) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size + (size >> 1));
      }
      lines[size++] = line;
    }

    int size() {
      return size;
    }

    long get(int index) {
      return lines[index];
    }
  }

  private final String file;
  /** The line of each index record, by kind ("actors") and position in the session's index. */
  private final Map<String, Lines> lineOf = new HashMap<>();
  /** The value starts of each index record, by kind and position; null past the limit. */
  private final Map<String, List<ValueStarts.Flat>> startsOf = new HashMap<>();
  private final Map<List<String>, String[]> shapes = new HashMap<>();
  private long startsKept;

  IndexLines(String file) {
    this.file = file;
  }

  /** Notes the line of an index record of {@code kind} ("actors"), and its value starts while within the limit. */
  void add(String kind, long line, ValueStarts starts) {
    lineOf.computeIfAbsent(kind, k -> new Lines()).add(line);
    ValueStarts.Flat flat = startsKept < STARTS_LIMIT ? starts.flatten(shapes) : null;
    if (flat != null) {
      startsKept += flat.size();
    }
    startsOf.computeIfAbsent(kind, k -> new ArrayList<>()).add(flat);
  }

  /** How a message names the index value at {@code pointer}: "line n" when the file has that record. */
  String name(JsonPointer pointer) {
    Optional<IndexPlace> place = placed(pointer);
    return place.isPresent() ? "line " + lineOf(place.get()) : pointer.toString();
  }

  /**
   * {@code /actors/3/id} of the index becomes line n, {@code /actor/id}, with the column of that
   * value: the kind and the position are read off the pointer, so placing a violation takes
   * constant time whatever the size of the index.
   */
  Problem placeOnLine(Violation v) {
    Optional<IndexPlace> place = placed(v.path());
    if (place.isEmpty()) {
      return Problem.of(v, new Location(file, 0, 0, v.path()));
    }
    IndexPlace p = place.get();
    ValueStarts.Flat starts = startsOf.get(p.kind()).get(p.position());
    return Problem.of(v, new Location(file, lineOf(p), starts == null ? 0 : starts.column(p.inLine()), p.inLine()));
  }

  /** The place on its line of the index value at {@code pointer}, when the file has that record. */
  private Optional<IndexPlace> placed(JsonPointer pointer) {
    return IndexPlace.of(pointer).filter(p -> lineOf.containsKey(p.kind()) && p.position() < lineOf.get(p.kind()).size());
  }

  private long lineOf(IndexPlace place) {
    return lineOf.get(place.kind()).get(place.position());
  }
}
