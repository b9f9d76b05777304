package org.parley.model;

import org.immutables.value.Value;

/** An actor with the part a source says it plays in an agreement: signatory, witness, guarantor, mediator. *
 * <p>Required to build: {@link #actor()}, {@link #role()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class AgreementParticipant {

  /** The actor. */
  @Value.Parameter
  public abstract ActorId actor();

  /** Its part in the agreement. */
  @Value.Parameter
  public abstract AgreementRole role();

  /** The actor in this role. */
  public static AgreementParticipant of(ActorId actor, AgreementRole role) {
    return ImmutableAgreementParticipant.of(actor, role);
  }
}
