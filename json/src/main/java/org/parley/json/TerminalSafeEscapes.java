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

  /** Whether {@code c} is written escaped beyond what JSON requires. */
  static boolean escaped(int c) {
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
