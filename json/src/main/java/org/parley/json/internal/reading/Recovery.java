package org.parley.json.internal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;

/**
 * The reader's recovery policy: which problems leave the JSON intact so that reading can go on after
 * them (the value at fault is skipped, the object holding it left out), how many are collected before
 * reading stops, and the problems met so far. A cursor that does not collect throws the first
 * problem, as a user's mapper expects.
 */
final class Recovery {

  /** Problems after which reading can go on: the JSON itself is intact, only a value is at fault. */
  private static final Set<String> RECOVERABLE = Set.of(ReadCodes.UNKNOWN_FIELD, ReadCodes.DUPLICATE_KEY,
      ReadCodes.UNKNOWN_VALUE, ReadCodes.WRONG_TYPE, ReadCodes.NULL, ReadCodes.MISSING_FIELD,
      ReadCodes.INVALID_VALUE, ReadCodes.NEEDS_NEWER_VERSION);

  /** Whether problems are collected and reading goes on, rather than stopping at the first. */
  final boolean collect;
  private final List<ParleyJsonException> problems = new ArrayList<>();

  Recovery(boolean collect) {
    this.collect = collect;
  }

  /** Records a problem to report after reading, or throws it when it cannot be gone past. */
  void report(ParleyJsonException problem) {
    if (!collect || !RECOVERABLE.contains(problem.code())) {
      throw problem;
    }
    problems.add(problem);
    if (problems.size() >= JsonIn.MAX_PROBLEMS) {
      throw new TooManyProblems();
    }
  }

  /** The problems recorded so far, in the order they were met. */
  List<ParleyJsonException> problems() {
    return problems;
  }

  /**
   * Thrown by an object whose fields had problems, already recorded, once it is read to its end: the
   * object is left out, and whoever holds it goes on.
   */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super(null, null, false, false);
    }
  }

  /** Thrown when {@link JsonIn#MAX_PROBLEMS} are collected: reading stops and they are reported. */
  static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super(null, null, false, false);
    }
  }
}
