package org.parley.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * An actor with the part a source says it plays in an agreement: signatory, witness, guarantor,
 * mediator, monitor; with, since format 1.2, the passages that name this part, where the agreement
 * claim's own passage does not ("with Qatar and Egypt as guarantors", two sentences on).
 *
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

  /**
   * The passages of the source that name this participant's part, when they are not the agreement
   * claim's own; empty when the claim's passages do (since format 1.2).
   */
  public abstract List<Evidence> evidence();

  /** The actor in this role. */
  public static AgreementParticipant of(ActorId actor, AgreementRole role) {
    return ImmutableAgreementParticipant.of(actor, role);
  }

  /** The actor in this role, named in {@code evidence}. */
  public static AgreementParticipant of(ActorId actor, AgreementRole role, List<Evidence> evidence) {
    return ImmutableAgreementParticipant.builder().actor(actor).role(role).evidence(evidence).build();
  }
}
