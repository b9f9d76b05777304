package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An encoder's editorial verdict on a claim, kept beside the claim and never in place of it: a
 * source that calls Donald Trump "Ukrainian President" is recorded as saying so, with an assessment
 * that says the title is false and why.
 *
 * <p>Required to build: {@link #verdict()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Assessment {

  /** The verdict. */
  public abstract Verdict verdict();

  /** Why: the facts or the other sources the verdict rests on. */
  public abstract Optional<String> note();

  /** Who made the assessment, if recorded. */
  public abstract Optional<String> assessor();

  /** An assessment with a verdict and a note saying why. */
  public static Assessment of(Verdict verdict, String note) {
    return builder().verdict(verdict).note(note).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "assessment note"));
    assessor().ifPresent(a -> Checks.notBlank(a, "assessment assessor"));
  }
}
