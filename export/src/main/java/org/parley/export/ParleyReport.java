// Over 400 lines: about 100 of them are the page's own stylesheet and script (STYLE, SCRIPT), kept
// in the one file so that the report is one self-contained HTML file.
package org.parley.export;

import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.JsonPointer;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.reconcile.Item;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.Support;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * One self-contained HTML page that shows a dataset against its sources: each article with every
 * evidence passage highlighted at its code-point offsets and a side note per claim, the
 * reconciliation with links from each source to its passage, and a summary with the validation
 * result. It needs nothing but itself: no network, no external script, style or font.
 *
 * <p>Everything from the dataset and the articles is untrusted: every string goes through the OWASP
 * Java Encoder through {@link PageText} (which also shows bidirectional formatting characters instead
 * of applying them, and isolates right-to-left text) and {@code forHtmlAttribute} for attribute values, no URL from
 * the dataset becomes a link, and every id in the page is Parley's own ({@code p12}, {@code n12}).
 * Overlapping passages are cut where any passage starts or ends; each piece is nested in one
 * {@code mark} per passage that covers it, so a passage is the marks that carry its {@code data-p},
 * read in order, and the first of them has its id.
 */
public final class ParleyReport {

  /** How a claim type is shown: its CSS class and its label, so the page is readable without colour. */
  record Look(String css, String label) {}

  private static final Map<String, Look> LOOKS = new LinkedHashMap<>();

  static {
    LOOKS.put("demand", new Look("t-demand", "demand"));
    LOOKS.put("response", new Look("t-demand", "response"));
    LOOKS.put("outcome", new Look("t-outcome", "outcome"));
    LOOKS.put("agreement", new Look("t-agreement", "agreement"));
    LOOKS.put("direct_quote", new Look("t-quote", "quote"));
    LOOKS.put("paraphrase", new Look("t-paraphrase", "paraphrase"));
    LOOKS.put("event", new Look("t-event", "event"));
    LOOKS.put("fact", new Look("t-fact", "fact"));
    LOOKS.put("act", new Look("t-act", "act"));
    LOOKS.put("date", new Look("t-date", "date"));
    LOOKS.put("title", new Look("t-title", "title"));
    LOOKS.put("setting", new Look("t-setting", "setting"));
  }

  /** Row types that repeat their parent claim's evidence: shown in the parent's note, not highlighted again. */
  private static final List<String> PARTS = List.of("quantity", "participant", "provision");

  /** One highlighted passage: a claim's evidence passage with its place, look and the row its note shows. */
  record Passage(String id, String source, int start, int end, String text, Look look,
      Table.Builder.Row row) {}

  private final Dataset dataset;
  private final SourceTexts texts;
  private final List<ClaimRows.ClaimRow> claimRows = new ArrayList<>();
  final Map<SourceId, List<Passage>> passages = new LinkedHashMap<>();
  private final Map<String, String> passageByEvidence = new HashMap<>();
  private final Map<JsonPointer, String> passageByPointer = new HashMap<>();
  private final Map<SourceId, String> sourceNames = new LinkedHashMap<>();

  private ParleyReport(Dataset dataset, SourceTexts texts) {
    this(dataset, texts, "p");
  }

  /** The report's passages, their ids starting with {@code prefix} (two codings on one page need two). */
  ParleyReport(Dataset dataset, SourceTexts texts, String prefix) {
    this.dataset = dataset;
    this.texts = texts;
    for (int i = 0; i < dataset.sources().size(); i++) {
      sourceNames.putIfAbsent(dataset.sources().get(i).id(), "S" + (i + 1));
    }
    ClaimRows claims = ClaimRows.of(dataset);
    int n = 0;
    for (ClaimRows.ClaimRow row : claims.rows) {
      claimRows.add(row);
      if (PARTS.contains(row.type())) {
        continue;
      }
      Look look = look(row);
      for (Evidence e : row.shown().evidence()) {
        String id = prefix + (++n);
        Passage passage = new Passage(id, row.source(), e.start(), e.end(), e.text(), look, row.cells());
        passages.computeIfAbsent(SourceId.of(passage.source()), k -> new ArrayList<>()).add(passage);
        passageByEvidence.putIfAbsent(row.cells().get("report") + "|" + passage.start() + "|" + passage.end(), id);
        passageByPointer.putIfAbsent(row.pointer(), id);
      }
    }
  }

  /**
   * The report of {@code dataset}, with the articles {@code texts} finds; a source whose text is not
   * found is listed without its article.
   */
  public static String html(Dataset dataset, SourceTexts texts) {
    return new ParleyReport(dataset, texts).render();
  }

  private static Look look(ClaimRows.ClaimRow row) {
    if (row.located().claim() instanceof Statement s) {
      return LOOKS.get(s.mode() == StatementMode.DIRECT_QUOTE ? "direct_quote" : "paraphrase");
    }
    return LOOKS.getOrDefault(row.type(), LOOKS.get("setting"));
  }

  private String render() {
    StringBuilder body = new StringBuilder(1 << 16);
    summary(body);
    reconciliation(body);
    articles(body);
    StringBuilder html = new StringBuilder(body.length() + STYLE.length() + SCRIPT.length() + 4096);
    String title = dataset.negotiations().isEmpty() ? "Parley report"
        : "Parley report: " + dataset.negotiations().get(0).title();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(PageText.attribute(title)).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(PageText.html(title)).append("</h1>\n")
        .append("<nav aria-label=\"Sections\"><a href=\"#summary\">Summary</a> <a href=\"#reconciliation\">"
            + "Where the sources agree and conflict</a> <a href=\"#articles\">The articles</a></nav>\n");
    int marks = count(body, "<span class=\"" + PageText.MARK_CLASS + "\"");
    if (marks > 0) {
      html.append("<p class=\"bidi-notice\" role=\"note\">The data holds bidirectional formatting characters,"
          + " which could reorder what you read: each is shown where it stands as <span class=\"")
          .append(PageText.MARK_CLASS).append("\">[U+…]</span> instead of being applied (")
          .append(marks).append(marks == 1 ? " place" : " places").append(" on this page).</p>\n");
    }
    html.append(legend()).append("</header>\n<main>\n").append(body)
        .append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static int count(CharSequence text, String what) {
    String all = text.toString();
    int n = 0;
    for (int at = all.indexOf(what); at >= 0; at = all.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  static String legend() {
    StringBuilder legend = new StringBuilder("<p class=\"legend\">Highlights: ");
    for (Map.Entry<String, Look> e : LOOKS.entrySet()) {
      if (e.getKey().equals("response")) {
        continue;
      }
      legend.append("<mark class=\"").append(e.getValue().css()).append("\" data-label=\"")
          .append(e.getValue().label()).append("\">").append(e.getValue().label()).append("</mark> ");
    }
    return legend.append("</p>\n").toString();
  }

  private void summary(StringBuilder html) {
    html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n<caption>Claims per source</caption>\n<thead><tr>"
        + "<th scope=\"col\">source</th><th scope=\"col\">kind</th><th scope=\"col\">title</th>");
    List<String> types = List.of("demand", "response", "outcome", "agreement", "statement", "event", "fact", "act",
        "date", "title");
    countHeads(html, types);
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (ClaimRows.ClaimRow row : claimRows) {
      String type = types.contains(row.type()) ? row.type() : "other";
      counts.computeIfAbsent(row.source(), k -> new HashMap<>()).merge(type, 1, Integer::sum);
    }
    for (Source source : dataset.sources()) {
      Map<String, Integer> c = counts.getOrDefault(source.id().value(), Map.of());
      html.append("<tr><th scope=\"row\">").append(sourceNames.get(source.id())).append(" ")
          .append(PageText.html(source.id().value())).append("</th><td>").append(source.kind().wireName())
          .append("</td><td>").append(PageText.html(source.headline().orElse(source.outlet().orElse("")))).append("</td>");
      countCells(html, types, c);
    }
    html.append("</tbody>\n</table>\n");
    Map<String, Map<String, Integer>> byKind = new LinkedHashMap<>();
    for (Source source : dataset.sources()) {
      Map<String, Integer> total = byKind.computeIfAbsent(source.kind().wireName(), k -> new HashMap<>());
      total.merge("sources", 1, Integer::sum);
      counts.getOrDefault(source.id().value(), Map.of()).forEach((t, n) -> total.merge(t, n, Integer::sum));
    }
    html.append("<table>\n<caption>Claims per kind of source</caption>\n<thead><tr><th scope=\"col\">kind</th>"
        + "<th scope=\"col\">sources</th>");
    countHeads(html, types);
    byKind.forEach((kind, total) -> {
      html.append("<tr><th scope=\"row\">").append(kind).append("</th><td>").append(total.get("sources")).append("</td>");
      countCells(html, types, total);
    });
    html.append("</tbody>\n</table>\n");
    ValidationResult result = Validator.builder().texts(texts).build().validate(dataset);
    html.append("<h3>Validation against the articles</h3>\n<p class=\"result\">").append(result.errors().size())
        .append(" error(s), ").append(result.warnings().size()).append(" warning(s)</p>\n");
    if (!result.violations().isEmpty()) {
      html.append("<ul class=\"violations\">\n");
      for (Violation v : result.violations()) {
        html.append("<li class=\"").append(v.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
            .append(v.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" <code>").append(PageText.html(v.code()))
            .append("</code> <code>").append(PageText.html(v.path().toString())).append("</code>: ")
            .append(PageText.html(v.message()));
        passageFor(v.path()).ifPresent(p -> html.append(" <a class=\"jump\" href=\"#").append(p)
            .append("\" data-p=\"").append(p).append("\">the passage</a>"));
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  /** The column heads of the claim counts, {@code types} and "other", ending the head row. */
  private static void countHeads(StringBuilder html, List<String> types) {
    types.forEach(t -> html.append("<th scope=\"col\">").append(t).append("</th>"));
    html.append("<th scope=\"col\">other</th></tr></thead>\n<tbody>\n");
  }

  /** The claim counts of one row, {@code types} and "other" (0 where none), ending the row. */
  private static void countCells(StringBuilder html, List<String> types, Map<String, Integer> counts) {
    for (String t : types) {
      html.append("<td>").append(counts.getOrDefault(t, 0)).append("</td>");
    }
    html.append("<td>").append(counts.getOrDefault("other", 0)).append("</td></tr>\n");
  }

  /** The passage of the claim a pointer is in, walking up the pointer until a claim has one. */
  private Optional<String> passageFor(JsonPointer pointer) {
    for (Optional<JsonPointer> at = Optional.of(pointer); at.isPresent() && !at.get().isRoot(); at = at.get().parent()) {
      String id = passageByPointer.get(at.get());
      if (id != null) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private void reconciliation(StringBuilder html) {
    html.append("<section id=\"reconciliation\">\n<h2>Where the sources agree and conflict</h2>\n");
    for (Reconciliation r : Reconciler.reconcileAll(dataset)) {
      html.append("<table class=\"items\">\n<caption>").append(PageText.html(r.negotiation().value()))
          .append(": conflicts first</caption>\n<thead><tr><th scope=\"col\">item</th><th scope=\"col\">verdict</th>"
              + "<th scope=\"col\">values, with the sources that give them</th></tr></thead>\n<tbody>\n");
      for (Item item : r.items()) {
        String classification = item.classification().wireName();
        html.append("<tr class=\"").append(classification).append("\"><th scope=\"row\">")
            .append(PageText.html(item.subject())).append("</th><td>").append(classification.replace('_', ' '));
        item.reason().ifPresent(reason -> html.append("<br><span class=\"reason\">").append(PageText.html(reason))
            .append("</span>"));
        html.append("</td><td><ul>");
        for (Position position : item.positions()) {
          html.append("<li>").append(PageText.html(position.value()));
          for (Support support : position.support()) {
            html.append(" ").append(supportLink(support));
          }
          html.append("</li>");
        }
        html.append("</ul></td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  private String supportLink(Support support) {
    String name = sourceNames.getOrDefault(support.source(), support.source().value());
    String verdict = support.assessment().map(a -> " " + a.verdict().wireName()).orElse("");
    Optional<String> passage = support.evidence().stream()
        .map(e -> passageByEvidence.get(support.report().value() + "|" + e.start() + "|" + e.end()))
        .filter(p -> p != null).findFirst();
    String label = PageText.html(name + verdict);
    String title = forHtmlAttribute(support.source().value());
    return passage.map(p -> "<a class=\"jump source\" href=\"#" + p + "\" data-p=\"" + p + "\" title=\"" + title
        + "\">" + label + "</a>").orElse("<span class=\"source\" title=\"" + title + "\">" + label + "</span>");
  }

  private void articles(StringBuilder html) {
    html.append("<section id=\"articles\">\n<h2>The articles</h2>\n");
    for (Source source : dataset.sources()) {
      String name = sourceNames.get(source.id());
      html.append("<article id=\"source-").append(name).append("\" aria-labelledby=\"h-").append(name)
          .append("\">\n<h3 id=\"h-").append(name).append("\">").append(name).append(" ")
          .append(PageText.html(source.headline().orElse(source.id().value()))).append("</h3>\n<p class=\"meta\">")
          .append(PageText.html(source.id().value())).append(" · ").append(source.kind().wireName());
      source.outlet().ifPresent(o -> html.append(" · ").append(PageText.html(o)));
      // The file, so that a note that names an article by its file ("seed 000") finds its label.
      source.document().ifPresent(d -> html.append(" · <span class=\"file\">").append(PageText.html(d.path()))
          .append("</span>"));
      source.url().ifPresent(u -> html.append(" · <span class=\"url\">").append(PageText.html(u)).append("</span>"));
      html.append("</p>\n");
      List<Passage> list = passages.getOrDefault(source.id(), List.of());
      Optional<SourceText> text = texts.find(source);
      if (text.isEmpty()) {
        html.append("<p class=\"missing\">The text of this source was not supplied; its ").append(list.size())
            .append(" passage(s) are listed without it.</p>\n");
      } else {
        html.append("<div class=\"text\">").append(highlighted(text.get(), list, Set.of())).append("</div>\n");
      }
      notes(html, list, Set.of());
      html.append("</article>\n");
    }
    html.append("</section>\n");
  }

  /**
   * The article with its passages marked: cut at every start and end, each piece nested in the marks
   * of the passages that cover it (longest outside). A passage whose offsets do not hold its text is
   * not marked (validation reports it).
   */
  static String highlighted(SourceText text, List<Passage> all, Set<String> differing) {
    List<Passage> list = all.stream().filter(p -> p.end() <= text.codePointLength() && p.start() >= 0
        && text.matches(p.start(), p.end(), p.text())).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.codePointLength()));
    list.forEach(p -> {
      cuts.add(p.start());
      cuts.add(p.end());
    });
    // A sweep over the cuts: the passages that start at a cut join the covering ones, those that end there leave.
    Map<Integer, List<Passage>> starting = new HashMap<>();
    list.stream().filter(p -> p.start() < p.end())
        .forEach(p -> starting.computeIfAbsent(p.start(), k -> new ArrayList<>()).add(p));
    Comparator<Passage> outsideFirst = Comparator.comparingInt(Passage::start)
        .thenComparing(Comparator.comparingInt(Passage::end).reversed()).thenComparing(Passage::id);
    TreeSet<Passage> covering = new TreeSet<>(outsideFirst);
    StringBuilder out = new StringBuilder();
    java.util.Set<String> opened = new java.util.HashSet<>();
    // Each passage's number in the notes beside the text, shown small where it starts.
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      numbers.putIfAbsent(all.get(i).id(), i + 1);
    }
    String raw = text.text();
    int charAt = 0;   // the char index of the previous cut, walked forward: no rescan from the start
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null) {
        int from = previous;
        int charEnd = raw.offsetByCodePoints(charAt, cut - from);
        covering.removeIf(p -> p.end() <= from);
        covering.addAll(starting.getOrDefault(from, List.of()));
        // The numbers of the passages that start here, once, on the first of their marks ("4, 5", shown by
        // the stylesheet, so the text itself stays the article's): never a stack of labels.
        String starts = covering.stream().filter(p -> !opened.contains(p.id()))
            .map(p -> String.valueOf(numbers.get(p.id()))).collect(java.util.stream.Collectors.joining(",\u202f"));
        for (Passage p : covering) {
          out.append("<mark class=\"").append(p.look().css())
              .append(differing.contains(p.row().get("claim")) ? " differs" : "").append("\" data-p=\"").append(p.id())
              .append("\" data-label=\"").append(p.look().label()).append("\"");
          if (opened.add(p.id())) {
            if (!starts.isEmpty()) {
              out.append(" data-n=\"").append(starts).append("\"");
              starts = "";
            }
            out.append(" id=\"").append(p.id()).append("\" tabindex=\"0\" aria-describedby=\"n-").append(p.id())
                .append("\" title=\"").append(PageText.attribute(p.look().label() + ": " + summaryOf(p.row()))).append("\"");
          }
          out.append(">");
        }
        out.append(PageText.slice(raw.substring(charAt, charEnd)));
        out.append("</mark>".repeat(covering.size()));
        charAt = charEnd;
      }
      previous = cut;
    }
    return out.toString();
  }

  static void notes(StringBuilder html, List<Passage> list, Set<String> differing) {
    if (list.isEmpty()) {
      return;
    }
    html.append("<ol class=\"notes\">\n");
    for (Passage p : list) {
      Table.Builder.Row row = p.row();
      boolean differs = differing.contains(row.get("claim"));
      html.append("<li id=\"n-").append(p.id()).append("\" class=\"").append(p.look().css())
          .append(differs ? " differs" : "").append("\"><a href=\"#")
          .append(p.id()).append("\" class=\"jump\" data-p=\"").append(p.id()).append("\">")
          .append(p.look().label()).append("</a> ");
      if (differs) {
        html.append("<strong class=\"differs\">DIFFERS</strong> ");
      }
      String who = who(row);
      if (!who.isEmpty()) {
        html.append("<b>").append(PageText.html(who)).append("</b>: ");
      }
      html.append(PageText.html(what(row)));
      for (String field : List.of("key", "issue", "kind", "status", "rank", "timing", "cause", "tone", "about", "stance",
          "blame")) {
        if (!row.get(field).isEmpty()) {
          html.append(" <span class=\"tag\">").append(field).append(": ").append(PageText.html(row.get(field)))
              .append("</span>");
        }
      }
      if (!row.get("verdict").isEmpty()) {
        html.append(" <strong class=\"verdict v-").append(forHtmlAttribute(row.get("verdict"))).append("\">")
            .append(PageText.html(row.get("verdict").toUpperCase(java.util.Locale.ROOT))).append("</strong> ")
            .append(PageText.html(row.get("assessment_note")));
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
  }

  /** Who the claim is by, and of whom, in words: "Russia → Ukraine". */
  private static String who(Table.Builder.Row row) {
    String who = row.get("actor_name").isEmpty() ? row.get("actor_id") : row.get("actor_name");
    String whom = row.get("counterpart_name").isEmpty() ? row.get("counterpart_id") : row.get("counterpart_name");
    return who.isEmpty() ? "" : whom.isEmpty() ? who : who + " → " + whom;
  }

  /** What the claim says: its words, else its date, else its number. */
  private static String what(Table.Builder.Row row) {
    if (row.get("claim_type").equals("agreement")) {
      // The agreement, its status (one party's step names the party as who) and how it stands to others.
      return row.get("key") + ": " + (row.get("status").isEmpty() ? "spoken of" : row.get("status").replace('_', ' '))
          + (row.get("links").isEmpty() ? "" : "; " + row.get("links").replace(";", "; ").replace('_', ' '));
    }
    if (row.get("claim_type").equals("format")) {
      return "format: " + row.get("kind").replace('_', ' ');
    }
    if (row.get("claim_type").equals("act")) {
      // What was done, in the source's words, and a threat's condition.
      return row.get("kind").replace('_', ' ') + (row.get("value").isEmpty() ? "" : ": " + row.get("value"))
          + (row.get("conditions").isEmpty() ? "" : " (" + row.get("conditions") + ")");
    }
    if (row.get("claim_type").equals("date") && !row.get("date_role").equals("held")) {
      return row.get("date_role") + " " + whatElse(row) + (row.get("key").isEmpty() ? "" : " (" + row.get("key") + ")");
    }
    return whatElse(row);
  }

  private static String whatElse(Table.Builder.Row row) {
    return !row.get("value").isEmpty() ? row.get("value")
        : !row.get("date").isEmpty() ? row.get("date") + (row.get("date_weekday").isEmpty() ? ""
            : " (" + row.get("date_weekday") + ")")
        : !row.get("date_relative").isEmpty() ? row.get("date_relative").replace('_', ' ')
            + (row.get("date_weekday").isEmpty() ? "" : " (" + row.get("date_weekday") + ")")
        : !row.get("date_weekday").isEmpty() ? row.get("date_weekday")
        : !row.get("amount").isEmpty() ? row.get("qualifier") + " " + row.get("amount") + " " + row.get("unit")
        : row.get("claim_type");
  }

  /** The note in one line, for the tooltip of a highlight. */
  private static String summaryOf(Table.Builder.Row row) {
    String who = who(row);
    String verdict = row.get("verdict").isEmpty() ? "" : " [" + row.get("verdict").toUpperCase(java.util.Locale.ROOT) + "]";
    return (who.isEmpty() ? "" : who + ": ") + what(row) + verdict;
  }

  static final String STYLE = """
      :root { --demand: #fde7a9; --outcome: #d3e8c2; --agreement: #b9e0d3; --quote: #c4611b; --paraphrase: #d9822b;
        --event: #d2e9e8; --fact: #dde9ff; --date: #e4dfff; --title: #fde2fd; --setting: #f1f3f5; --act: #fbe0d8; }
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem; color: #111; }
      header { border-bottom: 1px solid #999; }
      nav a { margin-right: 1rem; }
      a:focus, mark:focus { outline: 3px solid #000; outline-offset: 1px; }
      table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
      th, td { border: 1px solid #bbb; padding: .2rem .4rem; text-align: left; vertical-align: top; }
      caption { text-align: left; font-weight: bold; }
      tr.conflict > th { border-left: .4rem solid #c00; }
      tr.conflict > th::before { content: "CONFLICT "; color: #c00; font-size: .75rem; }
      span.bidi { font: .75rem monospace; color: #fff; background: #a00; padding: 0 .2rem; border-radius: .2rem; }
      .bidi-notice { background: #fee; border-left: .4rem solid #a00; padding: .3rem .6rem; }
      tr.unclear > th { border-left: .4rem dashed #a60; }
      tr.unclear > th::before { content: "UNCLEAR "; color: #850; font-size: .75rem; }
      .reason { color: #700; }
      article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 1rem; }
      article > h3, article > .meta, article > .missing { grid-column: 1 / -1; }
      .text { white-space: pre-wrap; border: 1px solid #ddd; padding: .75rem 1rem; align-self: start; line-height: 1.75;
        max-width: 46rem; }
      .notes { font-size: .85rem; margin: 0; padding-left: 1.5rem; max-height: 60rem; overflow-y: auto;
        position: relative; }
      @media (max-width: 60rem) { article { display: block; } }
      mark { background: none; color: #111; padding: 0; border-bottom: 2px solid #777; }
      mark.t-demand { background: var(--demand); border-bottom-style: solid; border-bottom-color: #c9a227; }
      mark.t-outcome { background: var(--outcome); border-bottom-style: double; border-bottom-width: 3px;
        border-bottom-color: #5b8c3a; }
      mark.t-agreement { background: var(--agreement); border-bottom-style: double; border-bottom-color: #2f7d66; }
      /* Words said: underlined only, so the many statements do not cover the page in colour. */
      mark.t-quote { border-bottom: 2px dotted var(--quote); }
      mark.t-paraphrase { border-bottom: 2px dashed var(--paraphrase); }
      mark.t-event { background: var(--event); border-bottom-style: solid; border-bottom-color: #4d908e; }
      mark.t-fact { background: var(--fact); border-bottom-style: dotted; border-bottom-color: #5b7fc7; }
      mark.t-act { background: var(--act); border-bottom-style: solid; border-bottom-width: 3px;
        border-bottom-color: #b5523b; }
      mark.t-date { background: var(--date); border-bottom-style: dashed; border-bottom-color: #7a6cc4; }
      mark.t-title { background: var(--title); border-bottom-style: solid; border-bottom-width: 1px;
        border-bottom-color: #b36bb3; }
      mark.t-setting { background: var(--setting); border-bottom-style: solid; border-bottom-width: 1px; }
      mark[data-n]::before { content: attr(data-n); font-size: .6rem; color: #666; vertical-align: super;
        line-height: 0; margin: 0 .15rem 0 .1rem; }
      .legend mark::before { content: none; }
      mark.current { outline: 3px solid #d00; box-shadow: 0 0 0 4px #fdd; }
      .notes li.current, .notes li:target { background: #fee; }
      .tag { font-size: .8rem; color: #444; }
      .verdict { padding: 0 .2rem; }
      .v-false { color: #fff; background: #b00; }
      .v-disputed { color: #000; background: #fc0; }
      .v-unverified { color: #000; background: #ddd; border: 1px dashed #000; }
      .v-accurate { color: #fff; background: #070; }
      .violations .error { color: #900; }
      mark.differs { outline: 2px solid #c00; outline-offset: 1px; }
      strong.differs { color: #fff; background: #c00; padding: 0 .2rem; font-size: .75rem; }
      .coders { display: grid; grid-template-columns: repeat(var(--coders, 2), minmax(0, 1fr)); gap: 0 1rem; }
      .coders .text { max-width: none; }
      @media print { nav, .legend { display: none; } article { display: block; } .notes { max-height: none; }
        a { color: inherit; } }
      """;

  static final String SCRIPT = """
      (function () {
        function show(id) {
          document.querySelectorAll('.current').forEach(function (e) { e.classList.remove('current'); });
          var marks = document.querySelectorAll('mark[data-p="' + id + '"]');
          marks.forEach(function (e) { e.classList.add('current'); });
          var note = document.getElementById('n-' + id);
          if (note) { note.classList.add('current'); }
          if (marks.length) { marks[0].scrollIntoView({block: 'center'}); marks[0].focus({preventScroll: true}); }
        }
        document.addEventListener('click', function (event) {
          var link = event.target.closest('a.jump');
          if (!link) { return; }
          event.preventDefault();
          history.replaceState(null, '', '#' + link.dataset.p);
          show(link.dataset.p);
        });
        document.addEventListener('focusin', function (event) {
          var mark = event.target.closest('mark[id]');
          if (mark) {
            document.querySelectorAll('.notes .current').forEach(function (e) { e.classList.remove('current'); });
            var note = document.getElementById('n-' + mark.dataset.p);
            if (note) {
              note.classList.add('current');
              var notes = note.parentElement;   // show the note within its own scrolling list only
              if (notes.scrollHeight > notes.clientHeight) {
                notes.scrollTop = note.offsetTop - notes.clientHeight / 3;   // offsetTop: within the list
              }
            }
          }
        });
      })();
      """;
}
