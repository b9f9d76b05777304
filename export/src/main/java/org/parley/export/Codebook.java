package org.parley.export;

import java.util.List;

/**
 * The codebook of the CSV tables, as Markdown ({@code docs/codebook.md}): for each file what a row is,
 * each column's type and meaning, and the values of each enumerated column. Written from the same
 * column definitions as the files, so a test can check that the published codebook is current.
 */
public final class Codebook {

  private Codebook() {}

  /** The whole codebook. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Codebook of Parley's CSV tables and PLOVER records\n\n")
        .append("`parley export --format csv FILE -o DIR` (or `CsvExport.write(dataset, dir)`) writes these files, ")
        .append("and `parley export --format pax` the last, `pax.csv`. ")
        .append("All are UTF-8 without a byte-order mark, RFC 4180 (comma-separated, double quotes around a cell that ")
        .append("holds a comma, a double quote or a line break, a double quote inside doubled, CRLF line ends), with a ")
        .append("header row. An empty cell means the dataset does not have the value. Ids and enumerated values are ")
        .append("those of the JSON format. A list cell holds several values separated by `;` without spaces. ")
        .append("**Safe in a spreadsheet:** a text or list cell that starts with `=`, `+`, `-`, `@`, a tab or a ")
        .append("carriage return, which Excel, LibreOffice and Google Sheets would run as a formula, is written with a ")
        .append("leading `'` (OWASP's advice against CSV injection): a spreadsheet shows the text, and a program that ")
        .append("wants the value strips a `'` followed by one of those characters. Numbers, dates and enumerated ")
        .append("values are never changed. `--raw-cells` (or `CsvExport.Cells.AS_IS`) writes every cell as it is, for ")
        .append("programs that never open the tables in a spreadsheet. ")
        .append("This file is generated from `org.parley.export.Tables`; a test fails when it is not current.\n\n")
        .append("Types: ");
    Column.Type[] types = Column.Type.values();
    for (int i = 0; i < types.length; i++) {
      md.append(i == 0 ? "" : "; ").append("**").append(types[i].words()).append("**");
    }
    md.append(". In pandas, read with `dtype=str, keep_default_na=False` and convert the integer columns with ")
        .append("`pd.to_numeric(..., errors=\"coerce\").astype(\"Int64\")` (an empty cell becomes `<NA>`); in R, ")
        .append("`read.csv(file, colClasses = \"character\", na.strings = \"\", encoding = \"UTF-8\")` and ")
        .append("`as.integer` for them.\n\n")
        .append("**For SQL:** `parley export --format parquet FILE -o DIR` writes the same six tables as Parquet files ")
        .append("(`claims.parquet`, ...), and `--format duckdb FILE -o FILE.duckdb` as the tables of one DuckDB database, ")
        .append("with the same columns in the same order, typed: ");
    for (int i = 0; i < types.length; i++) {
      md.append(i == 0 ? "" : ", ").append(types[i].words()).append(" as `").append(types[i].sql()).append("`");
    }
    md.append(". An empty cell is `NULL`. Every date column has a companion column of type `DATE` named after it ")
        .append("with `").append(Column.Type.DAY_SUFFIX).append("` (`published").append(Column.Type.DAY_SUFFIX)
        .append("`), holding the date when the source gives a whole day and `NULL` when it gives only a month or a year. ")
        .append("Cells are as the dataset has them (no leading `'`: Parquet and DuckDB files are not opened as ")
        .append("spreadsheets). In DuckDB: `SELECT claim_type, count(*) FROM 'DIR/claims.parquet' GROUP BY ALL`.\n");
    List<Table> tables = new java.util.ArrayList<>(Tables.empty());
    tables.add(new Table("pax", "one agreement as one source reports it, in the manner of PA-X"
        + " (`parley export --format pax`)", PaxExport.COLUMNS, List.of()));
    for (Table table : tables) {
      md.append("\n## ").append(table.name()).append(".csv\n\nOne row per ").append(table.row()).append(".\n\n")
          .append("| column | type | meaning |\n|---|---|---|\n");
      for (Column column : table.columns()) {
        md.append("| `").append(column.name()).append("` | ").append(column.type().words()).append(" | ")
            .append(column.description().replace("|", "\\|"));
        if (!column.values().isEmpty()) {
          md.append(" Values: `").append(String.join("`, `", column.values())).append("`.");
        }
        md.append(" |\n");
      }
      if (table.name().equals("pax")) {
        md.append("\n").append(PaxExport.LEFT_OUT).append("\n");
      }
    }
    md.append("\n## PLOVER records\n\n")
        .append("`parley export --format plover` writes a PLOVER event record (JSON Lines, the manual's field names) ")
        .append("for each claim PLOVER has an event category for; `parley import --from plover` reads such records ")
        .append("(anyone's, checked first as `parley validate --format plover` checks them) into a dataset. Every ")
        .append("field of the PLOVER manual's record and entity objects, and its Parley counterpart:\n\n")
        .append("| PLOVER field | written by the export from | read by the import into |\n|---|---|---|\n");
    for (PloverVocabulary.Field field : PloverVocabulary.FIELDS) {
      md.append("| `").append(field.name().replace(": ", "`: `")).append("` | ").append(field.export()).append(" | ")
          .append(field.imported()).append(" |\n");
    }
    md.append("\nAn imported claim's note holds the record it came from (`").append(PloverExport.IMPORTED_NOTE)
        .append("` and the record as JSON, without `text` and `event_text`), so the export gives every field back.\n");
    return md.toString();
  }
}
