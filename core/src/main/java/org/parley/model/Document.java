package org.parley.model;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The document a source was encoded from: where it is and the SHA-256 of its bytes. Evidence offsets
 * point into exactly these bytes (decoded as UTF-8), so the hash lets anyone verify that they hold
 * the same text the encoder read.
 *
 * <p>Required to build: {@link #path()}, {@link #sha256()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Document {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** The document's path or name, relative to a folder of documents (for example {@code seeds/002.txt}). */
  @Value.Parameter
  public abstract String path();

  /** The SHA-256 of the document's bytes, as 64 lowercase hexadecimal digits. */
  @Value.Parameter
  public abstract String sha256();

  /** The document at {@code path} whose bytes have this SHA-256. */
  public static Document of(String path, String sha256) {
    return ImmutableDocument.of(path, sha256);
  }

  @Value.Check
  void check() {
    Checks.notBlank(path(), "document path");
    if (!SHA_256.matcher(sha256()).matches()) {
      throw new IllegalArgumentException(
          "Invalid value for document sha256 (64 lowercase hexadecimal digits): \"" + sha256() + "\"");
    }
  }
}
