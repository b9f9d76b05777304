package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.AgreementClaim;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Report;
import org.parley.model.Statement;
import org.parley.model.StatementMode;

/**
 * Every claim rests on evidence; every evidence passage is, at its code point offset, exactly the
 * text of its source's document; a direct quote's words occur in its evidence; and a document's hash
 * is the one its source records. When a source's text is not available its report's evidence is not
 * checked, and a warning says so.
 */
final class EvidenceRule extends StandardRule {

  private static final int EXCERPT = 60;

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    Walk.each(dataset.sources(), Walk.SOURCES, (source, at) -> source.document().ifPresent(document ->
        context.textFailure(source.id()).ifPresent(why -> context.error(Codes.TEXT_UNREADABLE,
            at.child("document").child("path"), "the document " + document.path() + " of " + source.id()
                + " could not be read: " + why + "; the evidence of its reports was not checked"))));
    Walk.each(dataset.sources(), Walk.SOURCES, (source, at) ->
        source.document().ifPresent(document -> context.text(source.id()).ifPresent(t -> {
          if (document.sha256().isEmpty()) {
            context.warning(Codes.DOCUMENT_UNHASHED, at.child("document"), "the document " + document.path()
                + " of " + source.id() + " records no SHA-256, so no one can tell later whether they hold the text"
                + " its evidence was checked against; `parley anchor` records it (" + t.sha256() + ")");
          } else if (!t.sha256().equals(document.sha256().get())) {
            context.error(Codes.DOCUMENT_HASH_MISMATCH, at.child("document").child("sha256"),
                "the document " + document.path() + " supplied for " + source.id() + " has SHA-256 " + t.sha256()
                    + ", not the recorded " + document.sha256().get() + "; evidence offsets may not fit it");
          }
        })));
  }

  @Override
  void checkReport(Report report, JsonPointer reportAt, RuleContext context) {
    Optional<SourceText> text = context.text(report.source());
    int[] unchecked = {0};
    Walk.claims(report, reportAt, (claim, at) -> {
      if (claim.evidence().isEmpty()) {
        context.error(Codes.EVIDENCE_MISSING, at.child("evidence"),
            "the claim has no evidence; quote the passage of " + report.source() + " it rests on");
        return;
      }
      if (claim instanceof Statement statement) {
        checkQuote(statement, at, context);
      }
      if (text.isPresent()) {
        Walk.each(claim.evidence(), at.child("evidence"), (e, ep) -> checkPassage(e, ep, text.get(), context));
      } else {
        unchecked[0] += claim.evidence().size();
      }
      if (claim instanceof AgreementClaim agreement) {
        // A participant's own passages (format 1.2), where the claim's do not name its part.
        Walk.each(agreement.participants(), at.child("participants"), (p, pp) -> {
          if (text.isPresent()) {
            Walk.each(p.evidence(), pp.child("evidence"), (e, ep) -> checkPassage(e, ep, text.get(), context));
          } else {
            unchecked[0] += p.evidence().size();
          }
        });
      }
    });
    if (unchecked[0] > 0 && context.source(report.source()).isPresent()
        && context.textFailure(report.source()).isEmpty()) {
      Optional<String> why = context.source(report.source()).flatMap(s -> context.texts().unavailable(s));
      context.warning(Codes.EVIDENCE_UNCHECKED, reportAt.child("source"),
          (why.isPresent() ? "the text of " + report.source() + " was not read: " + why.get()
              : "no text of " + report.source() + " was supplied")
              + ", so the " + unchecked[0] + " evidence passage(s) of this report were not checked against it");
    }
  }

  private static void checkPassage(Evidence evidence, JsonPointer at, SourceText text, RuleContext context) {
    if (evidence.end() > text.codePointLength()) {
      context.error(Codes.EVIDENCE_OUTSIDE_DOCUMENT, at.child("start"),
          "the passage [" + evidence.start() + ", " + evidence.end() + ") ends beyond the document, which has "
              + text.codePointLength() + " code points");
      return;
    }
    if (!text.matches(evidence.start(), evidence.end(), evidence.text())) {
      String actual = text.slice(evidence.start(), evidence.end());
      String hint = text.find(evidence.text())
          .map(offset -> "; the evidence text occurs at offset " + offset)
          .orElse("; the evidence text occurs nowhere in the document");
      context.error(Codes.EVIDENCE_TEXT_MISMATCH, at.child("text"),
          "the document has \"" + excerpt(actual) + "\" at offset " + evidence.start() + ", not \""
              + excerpt(evidence.text()) + "\"" + hint + " (offsets count Unicode code points)");
    }
  }

  private static void checkQuote(Statement statement, JsonPointer at, RuleContext context) {
    if (statement.mode() != StatementMode.DIRECT_QUOTE) {
      return;
    }
    List<String> fragments = spokenFragments(statement.words());
    if (statement.evidence().stream().noneMatch(e -> containsInOrder(e.text(), fragments))) {
      context.error(Codes.QUOTE_NOT_IN_EVIDENCE, at.child("words"),
          "the quoted words \"" + excerpt(statement.words()) + "\" occur in none of the statement's evidence"
              + (fragments.size() > 1 ? " (the words between [insertions] and ellipses must occur in order)" : ""));
    }
  }

  /**
   * The speaker's own words of a quote: the text between the source's bracketed insertions
   * ({@code [...]}, up to the first closing bracket) and ellipses ({@code ...} or {@code …}), trimmed,
   * empty pieces dropped. "[the mediators] must act ... now" gives "must act", "now". A scan, not a
   * regular expression: it runs for every direct quote of every report.
   */
  static List<String> spokenFragments(String words) {
    List<String> fragments = new ArrayList<>(2);
    int start = 0;
    int i = 0;
    while (i < words.length()) {
      char c = words.charAt(i);
      int skip = 0;
      if (c == '[') {
        int close = words.indexOf(']', i + 1);
        skip = close < 0 ? 0 : close + 1 - i;
      } else if (c == '.' && words.startsWith("...", i)) {
        skip = 3;
      } else if (c == '\u2026') {
        skip = 1;
      }
      if (skip == 0) {
        i++;
        continue;
      }
      addFragment(words.substring(start, i), fragments);
      i += skip;
      start = i;
    }
    addFragment(words.substring(start), fragments);
    return fragments;
  }

  private static void addFragment(String piece, List<String> fragments) {
    String trimmed = piece.strip();
    if (!trimmed.isEmpty()) {
      fragments.add(trimmed);
    }
  }

  private static boolean containsInOrder(String text, List<String> fragments) {
    int from = 0;
    for (String fragment : fragments) {
      int at = Search.indexOf(text, fragment, from);
      if (at < 0) {
        return false;
      }
      from = at + fragment.length();
    }
    return true;
  }

  private static String excerpt(String text) {
    return text.codePointCount(0, text.length()) <= EXCERPT
        ? text
        : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
