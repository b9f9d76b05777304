package org.parley.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * Two or more codings of the same articles side by side, on one self-contained page as the report
 * is ({@link ParleyReport}: the same highlights, notes, escaping and script): for each article every
 * coder encoded (matched by {@link Tables#sourceKey}), its text once per coder with that coder's
 * passages, the passages of the claims in {@code differing} outlined and their notes marked DIFFERS,
 * and at the end the list of differences as the caller words them.
 */
public final class SideBySide {

  private SideBySide() {}

  /**
   * The page.
   *
   * @param codings one dataset per coder, the first the one the others are compared with
   * @param coders each coder's name, as the page shows it
   * @param texts the articles
   * @param differing per coder, the claims ({@code report#pointer}, as in {@code claims.csv}) that
   *     differ from another coder's or that only this coder has
   * @param differences the differences in words, one per line, in order
   */
  public static String html(List<Dataset> codings, List<String> coders, SourceTexts texts,
      List<Set<String>> differing, List<String> differences) {
    if (codings.size() != coders.size() || codings.size() != differing.size()) {
      throw new IllegalArgumentException("one name and one set of differing claims per coding: " + codings.size()
          + " codings, " + coders.size() + " names, " + differing.size() + " sets");
    }
    List<ParleyReport> reports = new ArrayList<>();
    for (int c = 0; c < codings.size(); c++) {
      reports.add(new ParleyReport(codings.get(c), texts, (char) ('a' + c) + "-p"));
    }
    StringBuilder body = new StringBuilder(1 << 16);
    int articles = 0;
    for (Source source : codings.get(0).sources()) {
      List<Source> each = new ArrayList<>();
      for (Dataset coding : codings) {
        coding.sources().stream().filter(s -> Tables.sourceKey(s).equals(Tables.sourceKey(source))).findFirst()
            .ifPresent(each::add);
      }
      if (each.size() < codings.size()) {
        continue;   // only the articles every coder encoded
      }
      articles++;
      body.append("<section class=\"pair\">\n<h2>").append(PageText.html(source.headline().orElse(source.id().value())))
          .append("</h2>\n");
      source.document().ifPresent(d -> body.append("<p class=\"meta\"><span class=\"file\">")
          .append(PageText.html(d.path())).append("</span></p>\n"));
      Optional<SourceText> text = texts.find(source);
      body.append("<div class=\"coders\" style=\"--coders: ").append(codings.size()).append("\">\n");
      for (int c = 0; c < codings.size(); c++) {
        List<ParleyReport.Passage> list = reports.get(c).passages.getOrDefault(each.get(c).id(), List.of());
        body.append("<div class=\"coder\">\n<h3>").append((char) ('A' + c)).append(": ")
            .append(PageText.html(coders.get(c))).append("</h3>\n");
        if (text.isEmpty()) {
          body.append("<p class=\"missing\">The text of this source was not supplied; its ").append(list.size())
              .append(" passage(s) are listed without it.</p>\n");
        } else {
          body.append("<div class=\"text\">").append(ParleyReport.highlighted(text.get(), list, differing.get(c)))
              .append("</div>\n");
        }
        ParleyReport.notes(body, list, differing.get(c));
        body.append("</div>\n");
      }
      body.append("</div>\n</section>\n");
    }
    body.append("<section id=\"differences\">\n<h2>Differences (").append(differences.size()).append(")</h2>\n<ol>\n");
    for (String line : differences) {
      body.append("<li>").append(PageText.html(line)).append("</li>\n");
    }
    body.append("</ol>\n</section>\n");
    String title = "Two codings compared: " + String.join(", ", coders);
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + PageText.attribute(title) + "</title>\n<style>\n" + ParleyReport.STYLE + "</style>\n</head>\n<body>\n"
        + "<header>\n<h1>" + PageText.html(title) + "</h1>\n<p>" + articles + (articles == 1 ? " article" : " articles")
        + " every coder encoded, each coder's passages beside the others'; outlined passages and notes marked"
        + " DIFFERS are where the codings differ.</p>\n" + ParleyReport.legend() + "</header>\n<main>\n" + body
        + "</main>\n<script>\n" + ParleyReport.SCRIPT + "</script>\n</body>\n</html>\n";
  }
}
