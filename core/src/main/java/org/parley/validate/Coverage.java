package org.parley.validate;

import org.parley.model.JsonPointer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.Statement;
import org.parley.model.StatementMode;

/**
 * How completely a dataset encodes its articles: for each source whose text is available, which
 * sentences no evidence passage overlaps, which quotations (text between quotation marks) no
 * direct-quote statement covers, and the numbers and dates in the sentences left out — so an
 * encoder sees what is still to do, and a project can require a share of sentences covered.
 *
 * <p>Sentences are found with the JDK's {@link BreakIterator} for English, which splits news text
 * well and keeps Parley's core free of run-time dependencies, with one correction: a break followed
 * by a lower-case letter or a hyphen, dash, comma or closing mark is no sentence end ("the U.S.
 * president", "the U.S.-Russia summit"), so such pieces are joined. Offsets count code points, as
 * evidence offsets do.
 */
public final class Coverage {

  /** A sentence of an article: its code point range, its text, and whether evidence covers it. */
  public record Sentence(int start, int end, String text, boolean covered, List<String> figures) {}

  /** A quotation of an article that no direct-quote statement's evidence covers. */
  public record Quotation(int start, int end, String text) {}

  /** What one source's encoding covers of its text. */
  public record SourceCoverage(SourceId source, List<Sentence> sentences, List<Quotation> uncoveredQuotations) {

    /** How many sentences some evidence passage overlaps. */
    public int covered() {
      return (int) sentences.stream().filter(Sentence::covered).count();
    }

    /** The sentences no evidence passage overlaps, in text order. */
    public List<Sentence> uncovered() {
      return sentences.stream().filter(s -> !s.covered()).toList();
    }

    /** The share of sentences covered, 0 to 100; 100 for a text without sentences. */
    public double percent() {
      return sentences.isEmpty() ? 100 : 100.0 * covered() / sentences.size();
    }
  }

  private static final Pattern FIGURE = Pattern.compile(
      "\\d[\\d,.]*\\d|\\d|\\b(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private Coverage() {}

  /** The coverage of every source of {@code dataset} whose text {@code texts} supplies, in dataset order. */
  public static List<SourceCoverage> of(Dataset dataset, SourceTexts texts) {
    List<SourceCoverage> result = new ArrayList<>();
    for (Source source : dataset.sources()) {
      Optional<SourceText> text = texts.find(source);
      if (text.isEmpty()) {
        continue;
      }
      List<Evidence> passages = new ArrayList<>();
      List<Evidence> quoted = new ArrayList<>();
      dataset.reports().stream().filter(r -> r.source().equals(source.id())).forEach(report ->
          Walk.claims(report, JsonPointer.root(), (claim, at) -> {
            passages.addAll(claim.evidence());
            if (claim instanceof Statement s && s.mode() == StatementMode.DIRECT_QUOTE) {
              quoted.addAll(claim.evidence());
            }
          }));
      result.add(of(source.id(), text.get().text(), passages, quoted));
    }
    return result;
  }

  /** The coverage of one text by these passages, of which {@code quoted} rest direct quotes. */
  static SourceCoverage of(SourceId source, String text, List<Evidence> passages, List<Evidence> quoted) {
    List<Evidence> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparingInt(Evidence::start));
    List<Sentence> sentences = new ArrayList<>();
    // One sweep: sentences and passages both in order of start; a sentence is covered when some
    // passage starting before its end reaches past its start.
    int next = 0;
    int reach = -1;
    for (Span span : spans(text, sentenceChars(text))) {
      while (next < sorted.size() && sorted.get(next).start() < span.end()) {
        reach = Math.max(reach, sorted.get(next).end());
        next++;
      }
      boolean covered = reach > span.start();
      String sentence = text.substring(span.charStart(), span.charEnd());
      sentences.add(new Sentence(span.start(), span.end(), sentence, covered, covered ? List.of() : figures(sentence)));
    }
    List<Evidence> quotes = new ArrayList<>(quoted);
    quotes.sort(Comparator.comparingInt(Evidence::start));
    List<Quotation> quotations = new ArrayList<>();
    int nextQuote = 0;
    int quoteReach = -1;
    for (Span q : spans(text, quotationChars(text))) {
      // A quotation is covered when a direct quote's passage starting at or before it reaches its end.
      while (nextQuote < quotes.size() && quotes.get(nextQuote).start() <= q.start()) {
        quoteReach = Math.max(quoteReach, quotes.get(nextQuote).end());
        nextQuote++;
      }
      boolean covered = quoteReach >= q.end();
      if (!covered) {
        quotations.add(new Quotation(q.start(), q.end(), text.substring(q.charStart(), q.charEnd())));
      }
    }
    return new SourceCoverage(source, List.copyOf(sentences), List.copyOf(quotations));
  }

  /** A range of the text in chars and in code points. */
  private record Span(int charStart, int charEnd, int start, int end) {}

  /** The sentences of {@code text}, white space trimmed, empty ones dropped, as code point ranges. */
  public static List<int[]> sentenceRanges(String text) {
    return spans(text, sentenceChars(text)).stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }

  private static List<int[]> sentenceChars(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<int[]> chars = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      if (!chars.isEmpty() && continues(text.charAt(s)) && !text.substring(chars.get(chars.size() - 1)[1], s)
          .contains("\n")) {
        chars.get(chars.size() - 1)[1] = e;
      } else {
        chars.add(new int[] {s, e});
      }
    }
    return chars;
  }

  /** Whether a piece starting with {@code c} continues the sentence before it rather than starting one. */
  private static boolean continues(char c) {
    return Character.isLowerCase(c) || "-–—,;:)]".indexOf(c) >= 0;
  }

  /** The spans between quotation marks (“…”, «…», "…"), marks excluded, as char ranges in order. */
  private static List<int[]> quotationChars(String text) {
    List<int[]> chars = new ArrayList<>();
    int straight = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        int close = text.indexOf(c == '“' ? '”' : '»', i + 1);
        if (close > i + 1) {
          chars.add(new int[] {i + 1, close});
          i = close;
        }
      } else if (c == '"') {
        if (straight < 0) {
          straight = i;
        } else {
          if (i > straight + 1) {
            chars.add(new int[] {straight + 1, i});
          }
          straight = -1;
        }
      }
    }
    chars.sort(Comparator.comparingInt(r -> r[0]));
    return chars;
  }

  private static List<String> figures(String sentence) {
    List<String> found = new ArrayList<>();
    Matcher m = FIGURE.matcher(sentence);
    while (m.find()) {
      found.add(m.group());
    }
    return List.copyOf(found);
  }

  /** Char ranges, in order of start, with their code point ranges: one pass over the text. */
  private static List<Span> spans(String text, List<int[]> chars) {
    List<Span> out = new ArrayList<>(chars.size());
    int index = 0;
    int codePoints = 0;
    for (int[] r : chars) {
      codePoints += text.codePointCount(index, r[0]);
      index = r[0];
      out.add(new Span(r[0], r[1], codePoints, codePoints + text.codePointCount(r[0], r[1])));
    }
    return out;
  }
}
