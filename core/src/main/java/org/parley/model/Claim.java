package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * Something a source asserts: a demand, an outcome, a statement, a delegation, a title or an
 * attribute of the event. A claim rests on {@link Evidence}, the source's own words, and may carry
 * an encoder's {@link Assessment} that leaves what the source said untouched.
 */
public interface Claim {

  /** The passages of the source this claim rests on; a well-formed dataset has at least one. */
  List<Evidence> evidence();

  /** The encoder's verdict on this claim, if one was made. */
  Optional<Assessment> assessment();
}
