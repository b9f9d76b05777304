package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.parley.model.AgreementClaim;
import org.parley.model.Assessment;
import org.parley.model.Claim;
import org.parley.model.Delegation;
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
  public abstract String pointer();

  /** Where the claim's passages of evidence lie in the source's document, in the claim's order. */
  public abstract List<TextPosition> evidence();

  public abstract Optional<Assessment> assessment();

  /**
   * The claim this support points to in {@code report}, typed: the {@code Demand}, {@code DateClaim},
   * {@code AgreementClaim}, {@code Reported} date or venue, and so on; empty when {@code report} is
   * not this support's report or holds nothing at {@link #pointer()}.
   */
  public Optional<Claim> claimIn(Report report) {
    return report.id().equals(report()) ? at(report, pointer()) : Optional.empty();
  }

  /** The claim at {@code pointer} in {@code report}, if there is one. */
  static Optional<Claim> at(Report report, String pointer) {
    String[] step = pointer.split("/", -1);
    if (step.length < 2 || !step[0].isEmpty()) {
      return Optional.empty();
    }
    if (step.length == 2) {
      return switch (step[1]) {
        case "date" -> report.date().map(c -> c);
        case "venue" -> report.venue().map(c -> c);
        case "duration" -> report.duration().map(c -> c);
        default -> Optional.empty();
      };
    }
    int index = index(step[2]);
    Optional<Claim> claim = switch (step[1]) {
      case "delegations" -> element(report.delegations(), index);
      case "demands" -> element(report.demands(), index);
      case "outcomes" -> element(report.outcomes(), index);
      case "statements" -> element(report.statements(), index);
      case "titles" -> element(report.titles(), index);
      case "dates" -> element(report.dates(), index);
      case "agreements" -> element(report.agreements(), index);
      case "roles" -> element(report.roles(), index);
      case "events" -> element(report.events(), index);
      case "facts" -> element(report.facts(), index);
      default -> Optional.empty();
    };
    if (step.length == 3 || claim.isEmpty()) {
      return claim;
    }
    if (step.length == 5 && step[3].equals("members") && claim.get() instanceof Delegation d) {
      return element(d.members(), index(step[4]));
    }
    if (step.length == 5 && step[3].equals("provisions") && claim.get() instanceof AgreementClaim a) {
      return element(a.provisions(), index(step[4]));
    }
    return Optional.empty();
  }

  private static int index(String token) {
    return token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
  }

  private static Optional<Claim> element(List<? extends Claim> list, int index) {
    return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Support}. */
  public static final class Builder extends ImmutableSupport.Builder {}
}
