package org.parley.json;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.JsonPointer;
import org.parley.validate.Severity;

/**
 * The one error that reading Parley JSON raises for bad input. It carries every {@link Problem} found
 * (the first is {@link #problem()}), each with its code, location and message; its own message is
 * the first problem as Parley prints it: {@code file.json:14:22: error json.unknown-value
 * /reports/0/demands/1/issue: unknown value "terrain"; expected one of territory, ceasefire, ...}.
 */
public final class ParleyJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Problems are values; the list is never empty. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /** A read error at this place (columns in code points; 0 when unknown). */
  public ParleyJsonException(String code, long line, long column, JsonPointer pointer, String message, Throwable cause) {
    this(List.of(new Problem(Severity.ERROR, code, Location.of(line, column, pointer), message)), cause);
  }

  private ParleyJsonException(List<Problem> problems, Throwable cause) {
    super(format(problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String format(List<Problem> problems) {
    int more = problems.size() - 1;
    return problems.get(0) + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
  }

  /**
   * Every problem found in the input, in the order they were met. Reading goes on after a problem
   * that leaves the JSON itself intact — an unknown field or value, a missing field, a wrong type, an
   * invalid value — skipping the record or value at fault, and stops at broken syntax, so one run
   * reports what would otherwise take one run per mistake.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** The first problem found. */
  public Problem problem() {
    return problems.get(0);
  }

  /** The first problem's code, one of {@link ReadCodes}. */
  public String code() {
    return problem().code();
  }

  /** All these problems, in this order, as one exception; the first one's cause is kept. */
  public static ParleyJsonException of(List<ParleyJsonException> exceptions) {
    List<Problem> all = new ArrayList<>();
    exceptions.forEach(e -> all.addAll(e.problems));
    return new ParleyJsonException(all, exceptions.get(0).getCause());
  }

  /** The same (single) problem at the value with this JSON Pointer. */
  public ParleyJsonException at(JsonPointer newPointer) {
    return map(p -> new Problem(p.severity(), p.code(), new Location(p.location().file(), p.location().line(),
        p.location().column(), newPointer), p.message()));
  }

  /** The same problems placed at another line, as when a JSON Lines line is read on its own. */
  public ParleyJsonException atLine(long lineNumber) {
    return map(p -> new Problem(p.severity(), p.code(), new Location(p.location().file(), lineNumber,
        p.location().column(), p.location().pointer()), p.message()));
  }

  /** The same problems in the file {@code name}. */
  public ParleyJsonException inFile(String name) {
    return map(p -> p.inFile(name));
  }

  private ParleyJsonException map(java.util.function.UnaryOperator<Problem> change) {
    return new ParleyJsonException(problems.stream().map(change).toList(), getCause());
  }
}
