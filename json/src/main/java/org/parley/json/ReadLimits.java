package org.parley.json;

/**
 * Bounds on what a reader accepts, so that hostile or broken input cannot exhaust memory or the
 * stack. The defaults fit any real dataset with room to spare; raise them explicitly for more.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxLineLength;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxLineLength = b.maxLineLength;
  }

  /** The defaults: depth 32, strings of 1,000,000 chars, numbers of 19 digits, documents of 256 MiB, lines of 16 MiB. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The deepest nesting of objects and arrays; Parley's own format needs 8. */
  /**
   * These limits as Jackson's stream constraints (names are bounded by the string limit, and at most
   * 1,000 characters), for a factory that reads with them.
   */
  public tools.jackson.core.StreamReadConstraints streamReadConstraints() {
    return tools.jackson.core.StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(Math.min(maxStringLength, 1000))
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string, in chars. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest number, in chars. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest JSON document, in bytes (or chars, for text input). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The longest line of a JSON Lines file, in bytes. */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** Configures {@link ReadLimits}; every bound must be positive. */
  public static final class Builder {
    private int maxNestingDepth = 32;
    private int maxStringLength = 1_000_000;
    private int maxNumberLength = 19;
    private long maxDocumentLength = 256L * 1024 * 1024;
    private int maxLineLength = 16 * 1024 * 1024;

    private Builder() {}

    /** Sets {@link ReadLimits#maxNestingDepth()}; must be positive. */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = positive(value, "maxNestingDepth");
      return this;
    }

    /** Sets {@link ReadLimits#maxStringLength()}; must be positive. */
    public Builder maxStringLength(int value) {
      this.maxStringLength = positive(value, "maxStringLength");
      return this;
    }

    /** Sets {@link ReadLimits#maxNumberLength()}; must be positive. */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = positive(value, "maxNumberLength");
      return this;
    }

    /** Sets {@link ReadLimits#maxDocumentLength()}; must be positive. */
    public Builder maxDocumentLength(long value) {
      this.maxDocumentLength = positive(value, "maxDocumentLength");
      return this;
    }

    /** Sets {@link ReadLimits#maxLineLength()}; must be positive. */
    public Builder maxLineLength(int value) {
      this.maxLineLength = positive(value, "maxLineLength");
      return this;
    }

    /** The limits as set. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static <N extends Number> N positive(N value, String name) {
      if (value.longValue() <= 0) {
        throw new IllegalArgumentException("Invalid value for " + name + " (must be positive): " + value);
      }
      return value;
    }
  }
}
