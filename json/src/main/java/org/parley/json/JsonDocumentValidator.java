package org.parley.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.parley.json.internal.reading.ValueStarts;
import org.parley.model.Dataset;
import org.parley.validate.Severity;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Reads and validates one JSON document, and hands on every problem located as a person or a
 * program needs it: file, line, column (in code points), JSON Pointer, severity, code and message.
 * The document is parsed once: while it is read, the reader records where each value starts, and
 * the violations the rules find afterwards are placed from that record. Read errors and violations
 * come in one type, {@link Problem}, as from {@link JsonLinesValidator} for JSON Lines.
 */
public final class JsonDocumentValidator {

  private final ParleyJson json;
  private final Validator validator;

  /**
   * A validator that reads with {@code json} (its limits) and checks with {@code validator} (its
   * rules and source texts).
   */
  public JsonDocumentValidator(ParleyJson json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * Validates the JSON document in {@code file}, handing each problem, located in that file, to
   * {@code problems}.
   *
   * @throws IOException if the file cannot be read
   */
  public ValidationSummary validate(Path file, Consumer<Problem> problems) throws IOException {
    return validate(Files.readAllBytes(file), file.toString(), Long.MAX_VALUE, problems);
  }

  /**
   * Validates a JSON document, handing each problem to {@code problems} in document order of the
   * rules, and stops at the {@code maxErrors}-th error: the rules run no further (whole-dataset
   * rules included), so a caller that wants ten errors of a dataset with millions waits for ten.
   * A document that cannot be read gives its read errors and no record.
   *
   * @param document the document's UTF-8 bytes
   * @param file the file's name, which every problem's location carries; empty for none
   * @param maxErrors the errors to find before stopping; {@link Long#MAX_VALUE} for all
   * @param problems what receives each problem
   * @return the records read and the problems found
   * @throws IllegalArgumentException if {@code maxErrors} is less than 1
   */
  public ValidationSummary validate(byte[] document, String file, long maxErrors, Consumer<Problem> problems) {
    if (maxErrors < 1) {
      throw new IllegalArgumentException("Invalid value for maxErrors (must be 1 or more): " + maxErrors);
    }
    long errors = 0;
    long warnings = 0;
    ValueStarts starts = new ValueStarts(document);
    Dataset dataset;
    try {
      dataset = json.read(document, starts);
    } catch (ParleyJsonException e) {
      for (Problem problem : e.problems()) {
        problems.accept(problem.inFile(file));
        if (++errors >= maxErrors) {
          return new ValidationSummary(0, errors, 0, true);
        }
      }
      return new ValidationSummary(0, errors, 0, false);
    }
    long records = dataset.actors().size() + dataset.negotiations().size() + dataset.agreements().size()
        + dataset.sources().size() + dataset.reports().size();
    long[] errorsSeen = {0};
    for (Violation v : validator.validateWhile(dataset,
        found -> found.severity() != Severity.ERROR || ++errorsSeen[0] < maxErrors).violations()) {
      long[] at = starts.find(v.path());
      problems.accept(Problem.of(v, new Location(file, at[0], at[1], v.path())));
      if (v.severity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
    return new ValidationSummary(records, errors, warnings, errors >= maxErrors);
  }
}
