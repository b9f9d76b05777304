package org.parley.validate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The text of a source document, addressed by Unicode code point as evidence offsets are. The text
 * is the document's bytes decoded as UTF-8, nothing stripped (a byte-order mark, if any, is the
 * first code point); its SHA-256 is that of the bytes, to compare with a source's {@link
 * org.parley.model.Document}.
 */
public final class SourceText {

  private final String text;
  private final String sha256;
  // Index of the first char of each code point (and the text length at the end); null when every
  // code point is one char, as in text without characters outside the Basic Multilingual Plane.
  private final int[] charIndex;

  private SourceText(String text, byte[] utf8) {
    this.text = text;
    this.sha256 = sha256(utf8);
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      this.charIndex = null;
    } else {
      int[] index = new int[codePoints + 1];
      for (int cp = 0, i = 0; cp < codePoints; cp++) {
        index[cp] = i;
        i += Character.charCount(text.codePointAt(i));
      }
      index[codePoints] = text.length();
      this.charIndex = index;
    }
  }

  /** The text of a document given as a string; its hash is that of its UTF-8 encoding. */
  public static SourceText of(String text) {
    return new SourceText(text, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The text of a document given as bytes.
   *
   * @throws IllegalArgumentException if the bytes are not well-formed UTF-8, naming the byte offset
   */
  public static SourceText ofUtf8(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
      return new SourceText(text, bytes);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "The document is not valid UTF-8: malformed bytes at byte offset " + buffer.position(), e);
    }
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The SHA-256 of the document's bytes, as 64 lowercase hexadecimal digits. */
  public String sha256() {
    return sha256;
  }

  /** The length of the text in code points. */
  public int codePointLength() {
    return charIndex == null ? text.length() : charIndex.length - 1;
  }

  /**
   * The text from code point {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @throws IndexOutOfBoundsException if the range is not inside the text
   */
  public String slice(int start, int end) {
    if (start < 0 || end < start || end > codePointLength()) {
      throw new IndexOutOfBoundsException(
          "Code point range [" + start + ", " + end + ") is outside a text of " + codePointLength() + " code points");
    }
    return text.substring(charIndexOf(start), charIndexOf(end));
  }

  /**
   * Whether the text from code point {@code start} to {@code end} is exactly {@code passage}, without
   * copying it; the range must lie inside the text.
   */
  public boolean matches(int start, int end, String passage) {
    int from = charIndexOf(start);
    int length = charIndexOf(end) - from;
    return length == passage.length() && text.regionMatches(from, passage, 0, length);
  }

  /** The code point offset of the first occurrence of {@code passage}, if it occurs at all. */
  public Optional<Integer> find(String passage) {
    int at = Search.indexOf(text, passage, 0);
    return at < 0 ? Optional.empty() : Optional.of(text.codePointCount(0, at));
  }

  /** The code point offsets of every occurrence of {@code passage}, overlapping ones included, in order. */
  public java.util.List<Integer> findAll(String passage) {
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    int codePoints = 0;
    int counted = 0;
    for (int at : Search.allIndexes(text, passage)) {
      codePoints += text.codePointCount(counted, at);
      counted = at;
      offsets.add(codePoints);
    }
    return offsets;
  }

  private int charIndexOf(int codePoint) {
    return charIndex == null ? codePoint : charIndex[codePoint];
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }
}
