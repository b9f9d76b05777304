package org.parley.validate;

/**
 * Makes untrusted text safe to print on one line of a terminal: every control character (C0, DEL,
 * C1), line and paragraph separator and bidirectional-formatting character is written as an escape
 * ({@code \n}, {@code \t}, {@code \u001b}), so that names, values and article passages from a
 * dataset cannot start a forged line, clear the screen or reorder what is shown.
 */
public final class Printable {

  private Printable() {}

  /** The text with every character that could change what a terminal shows written as an escape. */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether {@code c} could change what a terminal shows: a control character (C0, DEL, C1), a line
   * or paragraph separator or a bidirectional-formatting character.
   */
  public static boolean unsafe(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u200e' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061c';
  }
}
