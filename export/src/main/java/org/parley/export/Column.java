package org.parley.export;

import java.util.List;
import java.util.Objects;

/**
 * One column of an exported table: its name in the header row, the type of its cells and what it
 * means. The codebook ({@code docs/codebook.md}) is written from these, so it cannot drift from the
 * files.
 *
 * @param name the header of the column
 * @param type what a cell holds, as {@link Type}; an empty cell always means absent
 * @param description what the column means, for the codebook
 * @param values the values an enumerated column takes, in the order of the codebook; empty otherwise
 */
public record Column(String name, Type type, String description, List<String> values) {

  /** What a column's cells hold; every cell may also be empty, which means absent. */
  public enum Type {
    /** Text, as the dataset or the source has it. */
    TEXT("text"),
    /** A whole number, without separators. */
    INTEGER("integer"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** An ISO 8601 calendar date of the precision the source gives: {@code 2025}, {@code 2025-05} or {@code 2025-05-16}. */
    DATE("ISO 8601 date"),
    /** One of the values listed for the column. */
    ENUM("one of the values listed"),
    /** Several of the values or ids the codebook says, separated by {@code ;} without spaces. */
    LIST("list, separated by ;");

    private final String words;

    Type(String words) {
      this.words = words;
    }

    /** How the codebook names this type. */
    public String words() {
      return words;
    }
  }

  /** Checks the name and copies the values. */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
  }

  static Column text(String name, String description) {
    return new Column(name, Type.TEXT, description, List.of());
  }

  static Column integer(String name, String description) {
    return new Column(name, Type.INTEGER, description, List.of());
  }

  static Column bool(String name, String description) {
    return new Column(name, Type.BOOLEAN, description, List.of());
  }

  static Column date(String name, String description) {
    return new Column(name, Type.DATE, description, List.of());
  }

  static Column list(String name, String description) {
    return new Column(name, Type.LIST, description, List.of());
  }

  static Column oneOf(String name, String description, List<String> values) {
    return new Column(name, Type.ENUM, description, values);
  }
}
