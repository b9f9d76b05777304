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
    TEXT("text", "VARCHAR"),
    /** A whole number, without separators. */
    INTEGER("integer", "BIGINT"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean", "BOOLEAN"),
    /** An ISO 8601 calendar date of the precision the source gives: {@code 2025}, {@code 2025-05} or {@code 2025-05-16}. */
    DATE("ISO 8601 date", "VARCHAR"),
    /** One of the values listed for the column. */
    ENUM("one of the values listed", "VARCHAR"),
    /** Several of the values or ids the codebook says, separated by {@code ;} without spaces. */
    LIST("list, separated by ;", "VARCHAR[]");

    private final String words;
    private final String sql;

    Type(String words, String sql) {
      this.words = words;
      this.sql = sql;
    }

    /** How the codebook names this type. */
    public String words() {
      return words;
    }

    /**
     * The SQL type of the column in the Parquet files and the DuckDB database ({@code parley-sql}):
     * {@code VARCHAR}, {@code BIGINT}, {@code BOOLEAN} or a list, {@code VARCHAR[]}. A date keeps its
     * precision as text, and has a companion column {@code NAME_day} of type {@code DATE} holding it
     * when it is a whole day ({@link #DAY_SUFFIX}).
     */
    public String sql() {
      return sql;
    }

    /** The suffix of a date column's companion column of SQL type {@code DATE}: {@code published_day}. */
    public static final String DAY_SUFFIX = "_day";
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
