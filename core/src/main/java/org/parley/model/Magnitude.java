package org.parley.model;

/**
 * An order of magnitude a source gives in words instead of a number ("dozens of prisoners",
 * "hundreds of people", "thousands fled"); since format 1.2. It is read as its lower bound and no
 * upper one ("hundreds" is at least 200: reporters write "hundreds" of 1,900 as well as of 300), so
 * that an encoder never has to pick a number the words do not give.
 */
public enum Magnitude implements WireEnum {
  /** "Dozens": at least 24. */
  DOZENS(24),

  /** "Hundreds": at least 200. */
  HUNDREDS(200),

  /** "Thousands": at least 2,000. */
  THOUSANDS(2_000),

  /** "Tens of thousands": at least 20,000. */
  TENS_OF_THOUSANDS(20_000),

  /** "Hundreds of thousands": at least 200,000. */
  HUNDREDS_OF_THOUSANDS(200_000),

  /** "Millions": at least 2,000,000. */
  MILLIONS(2_000_000);

  private final long least;

  Magnitude(long least) {
    this.least = least;
  }

  /** The least number the words allow: two of the unit ("hundreds": 200). */
  public long least() {
    return least;
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Magnitude fromWireName(String wireName) {
    return WireEnum.parse(Magnitude.class, wireName);
  }
}
