package org.parley.model;

import org.immutables.value.Value;

/**
 * The claim a statement speaks to, named the way reconciliation names it: a kind and a key. For an
 * {@link ClaimKind#AGREEMENT agreement} the key is the agreement's id ({@code agreement:gaza-2025});
 * for the other kinds it is the encoder's key of the demand, outcome, process event or fact.
 *
 * <p>Required to build: {@link #kind()}, {@link #key()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class About {

  /** What kind of claim is meant. */
  @Value.Parameter
  public abstract ClaimKind kind();

  /** Its key, or for an agreement its id. */
  @Value.Parameter
  public abstract String key();

  /** The claim of this kind with this key. */
  public static About of(ClaimKind kind, String key) {
    return ImmutableAbout.of(kind, key);
  }

  /** The agreement with this id. */
  public static About agreement(AgreementId id) {
    return of(ClaimKind.AGREEMENT, id.value());
  }

  @Override
  public String toString() {
    return kind().wireName() + " " + key();
  }

  @Value.Check
  void check() {
    if (kind() == ClaimKind.AGREEMENT) {
      AgreementId.of(key());
    } else {
      Checks.key(key(), "about key");
    }
  }
}
