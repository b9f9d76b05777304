package org.parley.export;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.Locale;

/**
 * Data text for the HTML report, safe to read: escaped by the OWASP Java Encoder, with every
 * bidirectional formatting character (the embeddings, overrides and isolates U+202A to U+202E and
 * U+2066 to U+2069, the marks U+200E, U+200F and U+061C) shown where it stands as a visible
 * {@code [U+202E]} instead of reordering what a reader sees ({@code abc\u202Egnp.exe} would show as
 * {@code abcexe.png}), and text that holds right-to-left letters or such characters isolated in a
 * {@code <bdi>}, so that it cannot reorder the page around it.
 */
final class PageText {

  /** The class of the visible mark of a bidirectional character; the page counts them by it. */
  static final String MARK_CLASS = "bidi";

  private PageText() {}

  /** Whether {@code c} is a bidirectional formatting character. */
  static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }

  /** Data text as HTML: escaped, its bidirectional characters shown, isolated when it needs to be. */
  static String html(String text) {
    String marked = marked(text);
    return needsIsolation(text) ? "<bdi>" + marked + "</bdi>" : marked;
  }

  /**
   * A slice of an article as HTML: escaped and its bidirectional characters shown, not isolated (the
   * article's own paragraphs keep their flow).
   */
  static String slice(String text) {
    return marked(text);
  }

  /** Data text for an attribute value (a tooltip): escaped, each bidirectional character as {@code [U+202E]}. */
  static String attribute(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (isBidiControl(c)) {
        plain.append(code(c));
      } else {
        plain.appendCodePoint(c);
      }
    });
    return forHtmlAttribute(plain.toString());
  }

  private static String marked(String text) {
    if (text.codePoints().noneMatch(PageText::isBidiControl)) {
      return forHtml(text);
    }
    StringBuilder html = new StringBuilder(text.length() + 64);
    StringBuilder run = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (isBidiControl(c)) {
        html.append(forHtml(run.toString()));
        run.setLength(0);
        html.append("<span class=\"").append(MARK_CLASS).append("\" title=\"a bidirectional formatting character"
            + " in the data, shown instead of applied\">").append(code(c)).append("</span>");
      } else {
        run.appendCodePoint(c);
      }
    });
    return html.append(forHtml(run.toString())).toString();
  }

  private static boolean needsIsolation(String text) {
    return text.codePoints().anyMatch(c -> isBidiControl(c)
        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  private static String code(int c) {
    return String.format(Locale.ROOT, "[U+%04X]", c);
  }
}
