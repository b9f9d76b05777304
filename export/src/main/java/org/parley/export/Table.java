package org.parley.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One exported table: its file name without extension, what a row is, its columns and its rows, each
 * cell already written as text (an empty cell is an absent value).
 *
 * @param name the file name without {@code .csv}: {@code claims}
 * @param row what one row stands for, for the codebook
 * @param columns the columns, in order
 * @param rows the rows, each with one cell per column
 */
public record Table(String name, String row, List<Column> columns, List<List<String>> rows) {

  /** Copies the lists and checks that every row has one cell per column. */
  public Table {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(row, "row");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> cells : rows) {
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(name + ": a row of " + cells.size() + " cells for " + columns.size()
            + " columns");
      }
    }
  }

  /** The header row. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** Collects the rows of a table by column name, so no cell lands in the wrong column. */
  static final class Builder {
    private final String name;
    private final String row;
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<String>> rows = new ArrayList<>();

    Builder(String name, String row, List<Column> columns) {
      this.name = name;
      this.row = row;
      this.columns = columns;
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i).name(), i);
      }
    }

    /** A new row, empty in every column until set. */
    Row add() {
      String[] cells = new String[columns.size()];
      Arrays.fill(cells, "");
      rows.add(Arrays.asList(cells));
      return new Row(cells);
    }

    Table build() {
      return new Table(name, row, columns, rows);
    }

    /** The rows added since the last call, each as its cells; the builder forgets them. */
    List<List<String>> take() {
      List<List<String>> taken = new ArrayList<>(rows);
      rows.clear();
      return taken;
    }

    /** A row being filled. */
    final class Row {
      private final String[] cells;

      private Row(String[] cells) {
        this.cells = cells;
      }

      /** Sets a cell; {@code null} leaves it empty. Throws for a column the table does not have. */
      Row set(String column, Object value) {
        Integer at = index.get(column);
        if (at == null) {
          throw new IllegalArgumentException(name + " has no column " + column);
        }
        cells[at] = value == null ? "" : value.toString();
        return this;
      }

      /** The cell of a column, as set so far. */
      String get(String column) {
        return cells[index.get(column)];
      }
    }
  }
}
