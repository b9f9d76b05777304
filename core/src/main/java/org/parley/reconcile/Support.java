package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.parley.model.Assessment;
import org.parley.model.Claim;
import org.parley.model.Evidence;
import org.parley.model.ReportId;
import org.parley.model.SourceId;

/** One source's support for a value: its report, the passages, the encoder's assessment if any, and the claim. */
@Value.Immutable
public abstract class Support {

  public abstract SourceId source();

  public abstract ReportId report();

  public abstract List<Evidence> evidence();

  public abstract Optional<Assessment> assessment();

  /**
   * The claim itself, typed: the {@code Demand}, {@code DateClaim}, {@code AgreementClaim},
   * {@code Reported} date or venue, and so on, that the source's report holds; for a statement filed
   * under the claim it speaks to, the {@code Statement}.
   */
  public abstract Claim claim();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Support}. */
  public static final class Builder extends ImmutableSupport.Builder {}
}
