package org.parley.model;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The document a source was encoded from: where it is and the SHA-256 of its bytes. Evidence offsets
 * point into exactly these bytes (decoded as UTF-8), so the hash lets anyone verify that they hold
 * the same text the encoder read. A document may be given by its path alone (since format 1.2):
 * {@code parley anchor} fills in the hash from the text it anchors against, and the validator warns
 * while it is missing.
 *
 * <p>Required to build: {@link #path()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Document {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** The document's path or name, relative to a folder of documents (for example {@code seeds/002.txt}). */
  @Value.Parameter
  public abstract String path();

  /** The SHA-256 of the document's bytes, as 64 lowercase hexadecimal digits, once it is recorded. */
  @Value.Parameter
  public abstract Optional<String> sha256();

  /** The document at {@code path} whose bytes have this SHA-256. */
  public static Document of(String path, String sha256) {
    return ImmutableDocument.of(path, Optional.of(sha256));
  }

  /** The document at {@code path}, its hash not yet recorded (format 1.2; {@code parley anchor} records it). */
  public static Document of(String path) {
    return ImmutableDocument.of(path, Optional.empty());
  }

  @Value.Check
  void check() {
    Checks.notBlank(path(), "document path");
    sha256().filter(h -> !SHA_256.matcher(h).matches()).ifPresent(h -> {
      throw new IllegalArgumentException(
          "Invalid value for document sha256 (64 lowercase hexadecimal digits): \"" + h + "\"");
    });
  }
}
