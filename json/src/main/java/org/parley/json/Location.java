package org.parley.json;

import java.util.Objects;
import org.parley.model.JsonPointer;

/**
 * Where a problem is: the file, the line and column of the value at fault, and its JSON Pointer
 * within the document or, in JSON Lines, within its line ({@code /report/demands/0/by}).
 *
 * @param file the file's name as the reader was given it; empty when the input had none (a stream,
 *     a string)
 * @param line the line, counted from 1; 0 when unknown
 * @param column the column, counted in Unicode code points from 1; 0 when unknown
 * @param pointer the JSON Pointer of the value at fault; the root (empty) for the whole document or line
 */
public record Location(String file, long line, long column, JsonPointer pointer) {

  /** Checks the parts. */
  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("Invalid location " + line + ":" + column + ": line and column are 0 or more");
    }
  }

  /** A place in an input without a file name. */
  public static Location of(long line, long column, JsonPointer pointer) {
    return new Location("", line, column, pointer);
  }

  /** This place in {@code file}. */
  public Location inFile(String name) {
    return new Location(name, line, column, pointer);
  }

  /**
   * {@code file:line:column}, leaving out what is unknown ({@code line:column} without a file,
   * {@code file} alone without a line).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(file.isEmpty() ? "" : ":").append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.toString();
  }
}
