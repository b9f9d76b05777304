package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.parley.model.Assessment;
import org.parley.model.Claim;
import org.parley.model.Claims;
import org.parley.model.JsonPointer;
import org.parley.model.Located;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceId;

/**
 * One source's support for a value, as a compact reference: the report, where the claim is in it,
 * the positions of its passages in the source's document, and the encoder's assessment if any. The
 * claim itself stays in the report ({@link #claimIn}), so a reconciliation's size grows with the
 * number of claims only by these few numbers, never by their text.
 */
@Value.Immutable
public abstract class Support {

  public abstract SourceId source();

  public abstract ReportId report();

  /**
   * The claim's place in its report, as a JSON Pointer relative to the report: {@code /demands/0},
   * {@code /delegations/1/members/0}, {@code /agreements/0/provisions/2}, {@code /date}; for a
   * statement filed under the claim it speaks to, the statement's, {@code /statements/3}. The same
   * pointer names the claim in the report's JSON and in the Java model ({@link #claimIn}).
   */
  public abstract JsonPointer pointer();

  /** Where the claim's passages of evidence lie in the source's document, in the claim's order. */
  public abstract List<TextPosition> evidence();

  public abstract Optional<Assessment> assessment();

  /**
   * The claim this support points to in {@code report}, typed: the {@code Demand}, {@code DateClaim},
   * {@code AgreementClaim}, {@code Reported} date or venue, and so on; empty when {@code report} is
   * not this support's report or holds nothing at {@link #pointer()}.
   */
  public Optional<Claim> claimIn(Report report) {
    return report.id().equals(report()) ? Claims.at(report, pointer()).map(Located::claim) : Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Support}. */
  public static final class Builder extends ImmutableSupport.Builder {}
}
