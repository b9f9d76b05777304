package org.parley.agree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.export.Table;
import org.parley.export.Tables;
import org.parley.model.Dataset;

/**
 * How far two or more coders' encodings of the same articles agree. Each coder's dataset is read as
 * its tidy tables ({@link Tables}: one row per claim, one per evidence passage), so every field the
 * CSV tables have is compared the same way. Sources are matched by their document's SHA-256, else by
 * id.
 *
 * <p><b>Unitizing</b>: which passages each coder chose as evidence, per source and claim type:
 * Krippendorff's unitizing alpha (alpha_u) over code-point spans (each coder's passages of one type
 * joined where they overlap), and the code points a coder marked that the first coder marked too
 * (precision), of the first coder's that the coder marked (recall), and their F1.
 *
 * <p><b>Coding</b>: claims are aligned with the first coder's: within one source and claim type, each
 * claim at most once, so that the matched pairs share the most code points of evidence in all (an
 * assignment solved exactly, {@link Assignment}); pairs that share none are not matched, and a claim
 * left without a partner is listed as one coder's only. For each field of the claims table that holds a code ({@link #FIELDS}), Krippendorff's alpha
 * over the aligned claims at the field's level of measurement, an absent value being a category of
 * its own for nominal fields ("left out" is a coding decision) and a missing value for the others, and
 * for two coders Cohen's kappa. Words (descriptions, notes, the encoder's keys) are not compared.
 */
public final class Agreement {

  /** A field of the claims table that holds a code, and its level of measurement. */
  public record Field(String column, Level level) {}

  /** The fields compared, in the order of the claims table. */
  public static final List<Field> FIELDS = List.of(new Field("actor_id", Level.NOMINAL),
      new Field("counterpart_id", Level.NOMINAL), new Field("other_actors", Level.NOMINAL),
      new Field("issue", Level.NOMINAL), new Field("other_issues", Level.NOMINAL), new Field("kind", Level.NOMINAL),
      new Field("status", Level.NOMINAL), new Field("rank", Level.NOMINAL), new Field("qualifier", Level.NOMINAL),
      new Field("amount", Level.RATIO), new Field("unit", Level.NOMINAL),
      new Field("date", Level.INTERVAL), new Field("date_role", Level.NOMINAL), new Field("timing", Level.ORDINAL),
      new Field("tone", Level.NOMINAL), new Field("blame", Level.NOMINAL), new Field("place", Level.NOMINAL),
      new Field("regions", Level.NOMINAL),
      new Field("verdict", Level.NOMINAL));

  /** What stands for an absent value in a nominal field. */
  static final String ABSENT = "(none)";

  private static final List<String> TIMINGS = List.of("before", "during", "after");

  /** One coder's claim: where it is, its type, its source (matched across coders), its passages and cells. */
  public record Claim(int coder, String id, String type, String source, List<long[]> spans, Map<String, String> cells,
      String passage) {}

  /** One aligned unit: a claim of the first coder and the claims matched with it, or a claim of one coder alone. */
  public record Unit(String source, String type, List<Optional<Claim>> claims) {}

  /** The agreement on one field over the aligned claims. */
  public record FieldAgreement(String field, Level level, int units, double observed, Figure alpha, Figure kappa) {}

  /** The agreement on the passages of one claim type in one source. */
  public record Spans(String source, String type, int coders, Figure alpha, double precision, double recall,
      double f1) {}

  /** A difference to discuss: a claim one coder has and another lacks, or a field they code differently. */
  public record Difference(String source, String type, String field, List<String> values, List<String> claims,
      String passage) {}

  private final List<String> coders;
  private final List<Unit> units;
  private final List<FieldAgreement> fields;
  private final List<Spans> spans;
  private final List<Difference> differences;

  private Agreement(List<String> coders, List<Unit> units, List<FieldAgreement> fields, List<Spans> spans,
      List<Difference> differences) {
    this.coders = List.copyOf(coders);
    this.units = List.copyOf(units);
    this.fields = List.copyOf(fields);
    this.spans = List.copyOf(spans);
    this.differences = List.copyOf(differences);
  }

  public List<String> coders() {
    return coders;
  }

  /** The aligned units, in the first coder's document order, then each other coder's unmatched claims. */
  public List<Unit> units() {
    return units;
  }

  public List<FieldAgreement> fields() {
    return fields;
  }

  public List<Spans> spans() {
    return spans;
  }

  public List<Difference> differences() {
    return differences;
  }

  /** Per coder, the claims ({@code report#pointer}) that only that coder has or that it codes differently. */
  public List<Set<String>> differing() {
    List<Set<String>> differing = new ArrayList<>();
    for (int c = 0; c < coders.size(); c++) {
      Set<String> claims = new LinkedHashSet<>();
      for (Difference d : differences) {
        if (!d.claims().get(c).isEmpty()) {
          claims.add(d.claims().get(c));
        }
      }
      differing.add(claims);
    }
    return differing;
  }

  /** The coders' letters: A for the first, B for the second, ... */
  public static String letter(int coder) {
    return String.valueOf((char) ('A' + coder));
  }

  /**
   * A difference in words: "statement only A report:x#/statements/2", or "demand issue: A territory | B
   * withdrawal (report:x#/demands/0, report:y#/demands/0)".
   */
  public static String describe(Difference d) {
    StringBuilder out = new StringBuilder(d.type()).append(' ');
    if (d.field().equals("claim")) {
      List<String> who = new ArrayList<>();
      for (int c = 0; c < d.values().size(); c++) {
        if (d.values().get(c).equals("present")) {
          who.add(letter(c) + " " + d.claims().get(c));
        }
      }
      return out.append("only ").append(String.join(", ", who)).toString();
    }
    List<String> values = new ArrayList<>();
    for (int c = 0; c < d.values().size(); c++) {
      if (!d.claims().get(c).isEmpty()) {
        values.add(letter(c) + " " + (d.values().get(c).isEmpty() ? ABSENT : d.values().get(c)));
      }
    }
    return out.append(d.field()).append(": ").append(String.join(" | ", values)).append(" (")
        .append(String.join(", ", d.claims().stream().filter(x -> !x.isEmpty()).toList())).append(')').toString();
  }

  /**
   * The agreement of the coders' datasets, named as {@code coders} says (a file name, a person).
   * Only sources that every coder encoded are compared; lengths of the texts for alpha_u are those of
   * {@code lengths} (code points, by source id or hash) where given, else the furthest passage's end.
   *
   * @throws IllegalArgumentException for fewer than two coders, or a name for each missing
   */
  public static Agreement of(List<Dataset> datasets, List<String> coders, Map<String, Long> lengths) {
    if (datasets.size() < 2 || datasets.size() != coders.size()) {
      throw new IllegalArgumentException("agreement needs two or more datasets, each with a coder's name; got "
          + datasets.size() + " datasets and " + coders.size() + " names");
    }
    List<List<Claim>> claims = new ArrayList<>();
    for (int c = 0; c < datasets.size(); c++) {
      claims.add(claims(c, datasets.get(c)));
    }
    Set<String> shared = new LinkedHashSet<>(sourceKeys(datasets.get(0)).values());
    for (Dataset dataset : datasets) {
      shared.retainAll(sourceKeys(dataset).values());
    }
    for (int c = 0; c < claims.size(); c++) {
      claims.set(c, claims.get(c).stream().filter(x -> shared.contains(x.source())).toList());
    }
    List<Unit> units = align(claims);
    List<FieldAgreement> fields = new ArrayList<>();
    List<Difference> differences = new ArrayList<>();
    for (Unit unit : units) {
      long present = unit.claims().stream().filter(Optional::isPresent).count();
      if (present < unit.claims().size()) {
        Claim any = unit.claims().stream().flatMap(Optional::stream).findFirst().orElseThrow();
        differences.add(new Difference(any.source(), any.type(), "claim",
            unit.claims().stream().map(x -> x.isPresent() ? "present" : "absent").toList(),
            unit.claims().stream().map(x -> x.map(Claim::id).orElse("")).toList(), any.passage()));
      }
    }
    for (Field field : FIELDS) {
      List<Object[]> rows = new ArrayList<>();
      int agreeing = 0;
      for (Unit unit : units) {
        if (unit.claims().stream().filter(Optional::isPresent).count() < 2) {
          continue;
        }
        List<String> cells = unit.claims().stream().map(x -> x.map(c -> c.cells().get(field.column())).orElse(null))
            .toList();
        if (cells.stream().allMatch(v -> v == null || v.isEmpty())) {
          continue;   // no coder gave this field here: nothing to agree on
        }
        rows.add(cells.stream().map(v -> value(v, field.level())).toArray());
        // Alike when every coder with a claim here wrote the same cell (an absent value included).
        if (cells.stream().filter(java.util.Objects::nonNull).distinct().count() == 1) {
          agreeing++;
        } else {
          Claim any = unit.claims().stream().flatMap(Optional::stream).findFirst().orElseThrow();
          differences.add(new Difference(any.source(), any.type(), field.column(),
              cells.stream().map(v -> v == null ? "" : v.isEmpty() ? ABSENT : v).toList(),
              unit.claims().stream().map(x -> x.map(Claim::id).orElse("")).toList(), any.passage()));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      Figure kappa = coders.size() == 2 && field.level() == Level.NOMINAL ? Figure.kappa(rows)
          : Figure.none(coders.size() == 2 ? "kappa is for nominal fields" : "kappa compares two coders");
      fields.add(new FieldAgreement(field.column(), field.level(), rows.size(), (double) agreeing / rows.size(),
          Figure.alpha(rows, field.level()), kappa));
    }
    return new Agreement(coders, units, fields, spans(claims, lengths), differences);
  }

  /** A cell as Krippendorff's alpha compares it at this level; null for a missing value. */
  private static Object value(String cell, Level level) {
    if (cell == null) {
      return null;
    }
    return switch (level) {
      case NOMINAL -> cell.isEmpty() ? ABSENT : cell;
      case ORDINAL -> cell.isEmpty() || !TIMINGS.contains(cell) ? null : TIMINGS.indexOf(cell);
      // Doubles, not longs: DKPro measures interval and ratio distances between Integers or Doubles only,
      // and compares anything else as nominal.
      case INTERVAL -> cell.length() == 10 ? (double) java.time.LocalDate.parse(cell).toEpochDay() : null;
      case RATIO -> cell.isEmpty() ? null : Double.parseDouble(cell);
    };
  }

  /** One coder's claims, in the order of the claims table, each with all its passages. */
  private static List<Claim> claims(int coder, Dataset dataset) {
    List<Table> tables = Tables.of(dataset);
    Table claims = tables.get(0);
    Table evidence = tables.get(1);
    Map<String, String> sourceKey = sourceKeys(dataset);
    Map<String, List<long[]>> spans = new HashMap<>();
    int claim = evidence.header().indexOf("claim");
    int start = evidence.header().indexOf("start");
    int end = evidence.header().indexOf("end");
    for (List<String> row : evidence.rows()) {
      spans.computeIfAbsent(row.get(claim), k -> new ArrayList<>())
          .add(new long[] {Long.parseLong(row.get(start)), Long.parseLong(row.get(end))});
    }
    List<String> header = claims.header();
    List<Claim> found = new ArrayList<>();
    for (List<String> row : claims.rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), row.get(i));
      }
      String id = cells.get("claim");
      found.add(new Claim(coder, id, cells.get("claim_type"), sourceKey.getOrDefault(cells.get("source"),
          cells.get("source")), spans.getOrDefault(id, List.of()), cells, cells.get("evidence_text")));
    }
    return found;
  }

  /** Each source's id and the key it is matched by across coders ({@link #key}). */
  private static Map<String, String> sourceKeys(Dataset dataset) {
    Map<String, String> keys = new LinkedHashMap<>();
    dataset.sources().forEach(s -> keys.putIfAbsent(s.id().value(), key(s)));
    return keys;
  }

  /** The key a source is matched by across coders: its document's SHA-256 ({@code sha256:...}), else its id. */
  public static String key(org.parley.model.Source source) {
    return Tables.sourceKey(source);
  }

  /** Aligns each other coder's claims with the first coder's ({@link Agreement}: largest overlap first). */
  private static List<Unit> align(List<List<Claim>> claims) {
    List<Claim> first = claims.get(0);
    int coders = claims.size();
    List<List<Optional<Claim>>> matched = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      List<Optional<Claim>> row = new ArrayList<>();
      row.add(Optional.of(first.get(i)));
      for (int c = 1; c < coders; c++) {
        row.add(Optional.empty());
      }
      matched.add(row);
    }
    List<Unit> alone = new ArrayList<>();
    for (int c = 1; c < coders; c++) {
      List<Claim> other = claims.get(c);
      boolean[] usedB = new boolean[other.size()];
      // Per source and claim type, the matching that shares the most code points in all (an assignment
      // solved exactly, not greedily: a passage that overlaps two claims goes where the whole fits best).
      Map<String, List<Integer>> groupsA = new LinkedHashMap<>();
      Map<String, List<Integer>> groupsB = new LinkedHashMap<>();
      for (int a = 0; a < first.size(); a++) {
        groupsA.computeIfAbsent(first.get(a).source() + "\u0000" + first.get(a).type(), k -> new ArrayList<>()).add(a);
      }
      for (int b = 0; b < other.size(); b++) {
        groupsB.computeIfAbsent(other.get(b).source() + "\u0000" + other.get(b).type(), k -> new ArrayList<>()).add(b);
      }
      for (Map.Entry<String, List<Integer>> group : groupsA.entrySet()) {
        List<Integer> as = group.getValue();
        List<Integer> bs = groupsB.getOrDefault(group.getKey(), List.of());
        if (bs.isEmpty()) {
          continue;
        }
        long[][] overlap = new long[as.size()][bs.size()];
        for (int i = 0; i < as.size(); i++) {
          for (int j = 0; j < bs.size(); j++) {
            overlap[i][j] = overlap(first.get(as.get(i)).spans(), other.get(bs.get(j)).spans());
          }
        }
        int[] match = Assignment.maximal(overlap);
        for (int i = 0; i < as.size(); i++) {
          if (match[i] >= 0 && overlap[i][match[i]] > 0) {
            usedB[bs.get(match[i])] = true;
            matched.get(as.get(i)).set(c, Optional.of(other.get(bs.get(match[i]))));
          }
        }
      }
      for (int b = 0; b < other.size(); b++) {
        if (!usedB[b]) {
          List<Optional<Claim>> row = new ArrayList<>();
          for (int k = 0; k < coders; k++) {
            row.add(k == c ? Optional.of(other.get(b)) : Optional.empty());
          }
          alone.add(new Unit(other.get(b).source(), other.get(b).type(), row));
        }
      }
    }
    List<Unit> units = new ArrayList<>();
    for (List<Optional<Claim>> row : matched) {
      Claim x = row.get(0).orElseThrow();
      units.add(new Unit(x.source(), x.type(), row));
    }
    units.addAll(alone);
    return units;
  }

  /** The code points two claims' passages share. */
  static long overlap(List<long[]> a, List<long[]> b) {
    return size(intersect(union(a), union(b)));
  }

  /** The passages joined where they overlap or touch, in order. */
  static List<long[]> union(List<long[]> spans) {
    List<long[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingLong((long[] s) -> s[0]));
    List<long[]> joined = new ArrayList<>();
    for (long[] s : sorted) {
      if (s[1] <= s[0]) {
        continue;
      }
      if (!joined.isEmpty() && s[0] <= joined.get(joined.size() - 1)[1]) {
        long[] last = joined.get(joined.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        joined.add(new long[] {s[0], s[1]});
      }
    }
    return joined;
  }

  private static List<long[]> intersect(List<long[]> a, List<long[]> b) {
    List<long[]> both = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      long from = Math.max(a.get(i)[0], b.get(j)[0]);
      long to = Math.min(a.get(i)[1], b.get(j)[1]);
      if (from < to) {
        both.add(new long[] {from, to});
      }
      if (a.get(i)[1] < b.get(j)[1]) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }

  private static long size(List<long[]> spans) {
    return spans.stream().mapToLong(s -> s[1] - s[0]).sum();
  }

  /** Alpha_u, precision, recall and F1 of the passages, per source and claim type. */
  private static List<Spans> spans(List<List<Claim>> claims, Map<String, Long> lengths) {
    Map<String, Set<String>> types = new LinkedHashMap<>();
    claims.forEach(coder -> coder.forEach(x -> types.computeIfAbsent(x.source(), k -> new TreeSet<>()).add(x.type())));
    List<Spans> found = new ArrayList<>();
    for (Map.Entry<String, Set<String>> source : types.entrySet()) {
      long furthest = claims.stream().flatMap(List::stream).filter(x -> x.source().equals(source.getKey()))
          .flatMap(x -> x.spans().stream()).mapToLong(s -> s[1]).max().orElse(0);
      long length = Math.max(lengths.getOrDefault(source.getKey(), furthest), furthest);
      for (String type : source.getValue()) {
        List<List<long[]>> marked = new ArrayList<>();
        for (List<Claim> coder : claims) {
          marked.add(union(coder.stream().filter(x -> x.source().equals(source.getKey()) && x.type().equals(type))
              .flatMap(x -> x.spans().stream()).toList()));
        }
        List<Figure.Marked> units = new ArrayList<>();
        for (int c = 0; c < marked.size(); c++) {
          for (long[] s : marked.get(c)) {
            units.add(new Figure.Marked(s[0], s[1] - s[0], c, type));
          }
        }
        Figure alpha = Figure.alphaU(claims.size(), 0, length, units, type);
        long reference = size(marked.get(0));
        long others = 0;
        long shared = 0;
        for (int c = 1; c < marked.size(); c++) {
          others += size(marked.get(c));
          shared += size(intersect(marked.get(0), marked.get(c)));
        }
        long pairs = marked.size() - 1;
        double precision = others == 0 ? 0 : (double) shared / others;
        double recall = reference == 0 ? 0 : (double) shared / (reference * pairs);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        found.add(new Spans(source.getKey(), type, claims.size(), alpha, precision, recall, f1));
      }
    }
    return found;
  }
}
