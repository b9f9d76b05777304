package org.parley.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON string escapes that keep written JSON safe to show on a terminal: besides what JSON requires
 * (C0 controls, quote, backslash), DEL, the C1 controls (U+0080–U+009F, among them the 8-bit CSI
 * U+009B), the line and paragraph separators and the bidirectional-formatting characters are
 * written as JSON's six-character escapes (a backslash, {@code u} and four hexadecimal digits). The
 * escapes are JSON, so every reader gets the same strings back.
 * {@link ParleyJson} writes with them; use {@link #INSTANCE} with
 * {@code JsonFactory.builder().characterEscapes(...)} for JSON of your own.
 */
public final class TerminalSafeEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  /** The one instance; it holds no state. */
  public static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();

  private static final int[] ASCII;

  static {
    ASCII = CharacterEscapes.standardAsciiEscapesForJSON();
    ASCII[0x7F] = CharacterEscapes.ESCAPE_CUSTOM;
  }

  private TerminalSafeEscapes() {}

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    return escaped(c) ? new SerializedString(String.format("\\u%04x", c)) : null;
  }

  /** Whether {@code c}, which JSON does not require to be escaped, is written escaped. */
  static boolean escaped(int c) {
    return org.parley.validate.Printable.unsafe(c);
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
