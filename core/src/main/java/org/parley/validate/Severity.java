package org.parley.validate;

import org.parley.model.WireEnum;

/** How serious a violation is. */
public enum Severity implements WireEnum {
  /** The dataset is wrong: a reference that does not resolve, evidence that does not match. */
  ERROR,

  /** The dataset may be right but deserves a look, or something could not be checked. */
  WARNING;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Severity fromWireName(String wireName) {
    return WireEnum.parse(Severity.class, wireName);
  }
}
