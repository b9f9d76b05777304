package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A demand one actor makes of another, as a source reports it: who demands ({@link #by()}), of whom
 * (the {@link #addressee()}, the actor asked to act or concede), on what issue, what exactly (the
 * regions named, the conditions attached), and the response if the source reports one.
 *
 * <p>Required to build: {@link #by()}, {@link #addressee()}, {@link #issue()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Demand implements Claim {

  /** The actor that makes the demand. */
  public abstract ActorId by();

  /** The actor the demand is made of: the one asked to act or concede. */
  public abstract ActorId addressee();

  /**
   * The encoder's key for this demand, if one is needed to tell it apart: reports that give the same key
   * speak of the same demand ("temporary-ceasefire" and "permanent-ceasefire" are two). Without a key, the demands of one side of another on one issue are one.
   */
  public abstract Optional<String> key();

  /** What the demand is mainly about; with the sides, what identifies it when it has no key. */
  public abstract Issue issue();

  /** Further issues the demand touches, beyond {@link #issue()}. */
  public abstract List<Issue> otherIssues();

  /**
   * What is demanded, in the source's terms: "withdraw its forces from four regions"; optional, as
   * the issue already says what the demand is about.
   */
  public abstract Optional<String> description();

  /** Places the demand names, as written: Donetsk, Luhansk, Kherson, Zaporizhzhia. */
  public abstract List<String> regions();

  /** Conditions attached to the demand: "as a condition for a ceasefire". */
  public abstract List<String> conditions();

  /**
   * How long what the claim speaks of lasts, if the source says: "a 30-day ceasefire"; since format 1.2.
   */
  public abstract Optional<DurationEstimate> duration();

  /** The response the source reports, if any. */
  public abstract Optional<Response> response();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Demand}. */
  public static final class Builder extends ImmutableDemand.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    description().ifPresent(d -> Checks.notBlank(d, "demand description"));
    key().ifPresent(k -> Checks.key(k, "demand key"));
    Checks.noneBlank(regions(), "demand regions");
    Checks.noneBlank(conditions(), "demand conditions");
  }
}
