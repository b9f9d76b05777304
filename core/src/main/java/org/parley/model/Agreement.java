package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text the parties reach or work towards, identified once for every report that speaks of it: a
 * ceasefire deal, a signed declaration, a memorandum. Like a {@link Negotiation} it holds only what
 * identifies it (an id chosen by the encoder, the name as written, the type, the talks it came
 * from); its status, signatories and provisions are what each report says, in an {@link
 * AgreementClaim}. Two agreements reported in one article are two records, never one.
 *
 * <p>Required to build: {@link #id()}, {@link #name()}, {@link #type()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Agreement {

  /** The agreement's id. */
  public abstract AgreementId id();

  /** Its name as written: "Declaration of Principles", "the Washington Declaration". */
  public abstract String name();

  /** What kind of agreement it is. */
  public abstract AgreementType type();

  /** The negotiation it came from, if it came from one in the dataset. */
  public abstract Optional<NegotiationId> negotiation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {}

  @Value.Check
  void check() {
    Checks.name(name(), "agreement name");
  }
}
