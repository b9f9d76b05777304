package org.parley.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.parley.model.Dataset;
import org.parley.validate.Severity;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Reads and validates one JSON document, and hands on every problem located as a person or a
 * program needs it: line, column (in code points), JSON Pointer, severity, code and message. Read
 * errors and violations of the rules come in one type, {@link Problem}, as from
 * {@link JsonLinesValidator} for JSON Lines.
 */
public final class JsonDocumentValidator {

  private final ParleyJson json;
  private final Validator validator;

  public JsonDocumentValidator(ParleyJson json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * Validates the JSON document in {@code file}, handing each problem to {@code problems}.
   *
   * @throws IOException if the file cannot be read
   */
  public ValidationSummary validate(Path file, Consumer<Problem> problems) throws IOException {
    return validate(Files.readAllBytes(file), Long.MAX_VALUE, problems);
  }

  /**
   * Validates a JSON document, handing each problem to {@code problems} in document order of the
   * rules, and stops at the {@code maxErrors}-th error: the rules run no further (whole-dataset
   * rules included), so a caller that wants ten errors of a dataset with millions waits for ten.
   * A document that cannot be read gives its read errors and no record.
   *
   * @param maxErrors the errors to find before stopping; {@link Long#MAX_VALUE} for all
   */
  public ValidationSummary validate(byte[] document, long maxErrors, Consumer<Problem> problems) {
    if (maxErrors < 1) {
      throw new IllegalArgumentException("Invalid value for maxErrors (must be 1 or more): " + maxErrors);
    }
    long[] counts = new long[2];
    Dataset dataset;
    try {
      dataset = json.read(document);
    } catch (ParleyJsonException e) {
      for (ParleyJsonException problem : e.problems()) {
        counts[0]++;
        problems.accept(Problem.of(problem));
        if (counts[0] >= maxErrors) {
          return new ValidationSummary(0, counts[0], 0, true);
        }
      }
      return new ValidationSummary(0, counts[0], 0, false);
    }
    long records = dataset.actors().size() + dataset.negotiations().size() + dataset.agreements().size()
        + dataset.sources().size() + dataset.reports().size();
    long[] errorsSeen = {0};
    List<Violation> violations = validator.validateWhile(dataset,
        v -> v.severity() != Severity.ERROR || ++errorsSeen[0] < maxErrors).violations();
    // The document is scanned once more, for the places of these violations only.
    JsonLocations locations = violations.isEmpty() ? null
        : JsonLocations.of(document, violations.stream().map(v -> v.path().toString()).collect(Collectors.toSet()));
    for (Violation v : violations) {
      long[] at = locations.find(v.path().toString());
      counts[v.severity() == Severity.ERROR ? 0 : 1]++;
      problems.accept(new Problem(at[0], at[1], v.path().toString(), v.severity(), v.code(), v.message()));
    }
    return new ValidationSummary(records, counts[0], counts[1], counts[0] >= maxErrors);
  }
}
