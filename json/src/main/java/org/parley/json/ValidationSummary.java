package org.parley.json;

/**
 * What a validation of a JSON document or a JSON Lines file found, counted.
 *
 * @param records the records read (actors, negotiations, agreements, sources, reports; for JSON Lines,
 *     the lines that held one, read successfully or not, the header not counted)
 * @param errors the errors found
 * @param warnings the warnings found
 * @param stopped whether the run stopped before the end because the caller said so (a limit such as
 *     "stop after 100 errors"); the counts are then those of what was read up to there
 */
public record ValidationSummary(long records, long errors, long warnings, boolean stopped) {

  /** "12 records: 1 error, 0 warnings", and " (stopped)" after a stop. */
  @Override
  public String toString() {
    return records + (records == 1 ? " record: " : " records: ") + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning" : " warnings") + (stopped ? " (stopped)" : "");
  }
}
