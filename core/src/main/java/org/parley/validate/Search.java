package org.parley.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finding a passage in a text in time linear in both (Knuth–Morris–Pratt), where {@code
 * String.indexOf} can take the product of their lengths: a quote of 500,000 characters checked
 * against 1,000,000 characters of evidence must not take minutes.
 */
final class Search {

  private Search() {}

  /** The char index of the first occurrence of {@code pattern} in {@code text} at or after {@code from}, or -1. */
  static int indexOf(String text, String pattern, int from) {
    if (pattern.isEmpty()) {
      return Math.min(from, text.length());
    }
    return scan(text, pattern, Math.max(0, from), match -> false);
  }

  /** The char index of every occurrence of {@code pattern} in {@code text}, overlapping ones included. */
  static List<Integer> allIndexes(String text, String pattern) {
    List<Integer> found = new ArrayList<>();
    if (!pattern.isEmpty()) {
      scan(text, pattern, 0, found::add);
    }
    return found;
  }

  /**
   * One Knuth–Morris–Pratt pass over {@code text} from {@code from}, handing each match's start to
   * {@code more}, which says whether to look for the next; the last match handed on, or -1.
   */
  private static int scan(String text, String pattern, int from, IntPredicate more) {
    int[] failure = failure(pattern);
    int matched = 0;
    int last = -1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      while (matched > 0 && pattern.charAt(matched) != c) {
        matched = failure[matched - 1];
      }
      if (pattern.charAt(matched) == c) {
        matched++;
      }
      if (matched == pattern.length()) {
        last = i - pattern.length() + 1;
        if (!more.test(last)) {
          return last;
        }
        matched = failure[matched - 1];
      }
    }
    return last;
  }

  /** For each prefix of the pattern, the length of its longest proper prefix that is also a suffix. */
  private static int[] failure(String pattern) {
    int[] failure = new int[pattern.length()];
    for (int i = 1, k = 0; i < pattern.length(); i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = failure[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      failure[i] = k;
    }
    return failure;
  }
}
