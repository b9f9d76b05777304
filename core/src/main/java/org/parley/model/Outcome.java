package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A result of the talks as a source reports it: an agreement, a commitment, a failure to agree, or a
 * follow-up, on an issue, between parties, with its status as reported ("agreed" and "discussed"
 * are different claims) and its quantities as numbers with units.
 *
 * <p>Required to build: {@link #kind()}, {@link #issue()}, {@link #status()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Outcome implements Claim {

  /** What sort of result this is. */
  public abstract OutcomeKind kind();

  /**
   * The encoder's key for this outcome, if one is needed to tell it apart: reports that give the same key
   * speak of the same outcome ("temporary-ceasefire" and "permanent-ceasefire" are two). Without a key, the outcomes of one kind on one issue are one; with an agreement, those of one kind on one issue of that agreement.
   */
  public abstract Optional<String> key();

  /** What it is mainly about; with the kind, what identifies it when it has no key. */
  public abstract Issue issue();

  /** Further issues it touches, beyond {@link #issue()}. */
  public abstract List<Issue> otherIssues();

  /** The agreement this outcome belongs to, if the source ties it to one. */
  public abstract Optional<AgreementId> agreement();

  /** The key of the provision of {@link #agreement()} this outcome carries out, if any. */
  public abstract Optional<String> provision();

  /** The actors it binds or concerns. */
  public abstract List<ActorId> parties();

  /** How far it got, as the source reports it. */
  public abstract OutcomeStatus status();

  /** Where the source ranks it among the outcomes of the talks ("the only tangible outcome"), if it does; since format 1.2. */
  public abstract Optional<OutcomeRank> rank();

  /**
   * The actor the source holds responsible for it, above all for an outcome not reached: "Ukraine
   * refused ..., blocking any immediate agreement on a ceasefire". Since format 1.2.
   */
  public abstract Optional<ActorId> blame();

  /**
   * The outcome in the source's terms: "exchange 1,000 prisoners of war from each side"; optional, as
   * the kind, issue and status already say what it is.
   */
  public abstract Optional<String> description();

  /** The numbers the source gives for it. */
  public abstract List<Quantity> quantities();

  /**
   * Places the outcome names, as written: a corridor "through Nakhchivan", "densely populated areas of
   * Gaza"; since format 1.2.
   */
  public abstract List<String> regions();

  /**
   * How long what the claim speaks of lasts, if the source says: "a five-day extension of the truce", "a 60-day ceasefire"; since format 1.2.
   */
  public abstract Optional<DurationEstimate> duration();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    description().ifPresent(d -> Checks.notBlank(d, "outcome description"));
    Checks.noneBlank(regions(), "outcome regions");
    key().ifPresent(k -> Checks.key(k, "outcome key"));
    provision().ifPresent(k -> Checks.key(k, "outcome provision"));
    if (provision().isPresent() && agreement().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for outcome provision: a provision belongs to an agreement; set the outcome's agreement too");
    }
  }
}
