package org.parley.model;

/**
 * A claim with its place: its type, its JSON Pointer (relative to whatever the walk started from,
 * usually the report: {@code /demands/0/response}) and the claim itself. For a nested claim, {@link
 * #parent} is the claim it is in (a member's delegation, a response's demand, a provision's
 * agreement claim); for the others it is null.
 */
public record Located(ClaimType type, JsonPointer pointer, Claim claim, Located parent) {

  /** The claim as {@code kind}: {@code located.as(Demand.class)}; throws when it is not one. */
  public <T extends Claim> T as(Class<T> kind) {
    return kind.cast(claim);
  }
}
