package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.model.Evidence;
import org.parley.model.Stance;
import org.parley.reconcile.SessionTables.Ref;

/**
 * The observations of one item, kept compactly: each distinct value (its display and what the rules
 * compare, with evidence, assessment and note left out) once, and per claim a run of unsigned
 * variable-length numbers (seven bits a byte, the high bit saying another byte follows) in one
 * byte array — value, report (as the difference from the previous claim's, since reports are filed
 * in order), pointer, assessment + 1 (0 for none), flags, number of passages, then each passage's
 * start and length — from which {@link #observations} builds the observations when the item is
 * compared. A claim then takes about a dozen bytes.
 */
final class Group<T> {
  /** Where the claims of the items not kept go: nowhere. */
  static final Group<Object> DROPPED = new Group<>(null, "", "");

  private static final int STATEMENT = 1 << 4;
  private static final int PARTIES = 5;
  private static final Stance[] STANCES = Stance.values();

  final ItemType<T> type;
  final ItemKind kind;
  final String key;
  String subject;
  int count;
  boolean statementsOnly = true;
  private final Interned<Value<T>> values = new Interned<>();
  /** The value of the first claim filed (not a statement), which the item's subject describes. */
  private T first;
  private byte[] data = new byte[32];
  private int size;
  private int lastReport;
  /** Set by {@link #judge}. */
  Classification classification;
  private List<Conflict> conflicts;

  /**
   * A value of the item: what people read and what the rules compare (null for a statement), and for
   * a statement about one value of the claim, that value ({@code status=signed}; null otherwise).
   */
  private record Value<T>(String display, T value, String about) {}

  Group(ItemType<T> type, String key, String subject) {
    this.type = type;
    this.kind = type == null ? null : type.kind;
    this.key = key;
    this.subject = subject;
  }

  void add(String display, T value, Ref claim) {
    add(display, value, claim, 2);
  }

  void add(String display, T value, Ref claim, int parties) {
    if (this == DROPPED) {
      return;
    }
    if (parties >= 1 << (31 - PARTIES)) {
      throw new IllegalArgumentException("Too many parties to reconcile one outcome: " + parties);
    }
    statementsOnly = false;
    T bare = type.bare(Objects.requireNonNull(value));
    if (first == null) {
      first = bare;
    }
    put(new Value<>(display, bare, null), claim, parties << PARTIES);
  }

  /** The value of the first claim filed, which the subject describes; empty before one is. */
  Optional<T> first() {
    return Optional.ofNullable(first);
  }

  /** A statement about the item, or (with {@code about}, as {@code field=value}) about one value of it. */
  void addStatement(String display, Optional<Stance> stance, String about, Ref claim) {
    if (this == DROPPED) {
      return;
    }
    put(new Value<T>(display, null, about), claim,
        2 << PARTIES | STATEMENT | stance.map(s -> s.ordinal() + 1).orElse(0));
  }

  private void put(Value<T> value, Ref claim, int flags) {
    int n = claim.evidence().size();
    // at most five bytes a number
    int room = 5 * (6 + 2 * n);
    if (size + room > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length + (data.length >> 1), size + room));
    }
    write(values.of(value));
    write(claim.report() - lastReport);
    lastReport = claim.report();
    write(claim.pointer());
    write(claim.assessment() + 1);
    write(flags);
    write(n);
    for (Evidence e : claim.evidence()) {
      write(e.start());
      write(e.end() - e.start());
    }
    count++;
  }

  private void write(int number) {
    int rest = number;
    while ((rest & ~0x7f) != 0) {
      data[size++] = (byte) (rest & 0x7f | 0x80);
      rest >>>= 7;
    }
    data[size++] = (byte) rest;
  }

  /** The observations, in filing order, as the conflict rules see them. */
  List<Observation<T>> observations(SessionTables tables) {
    List<Observation<T>> observations = new ArrayList<>(count);
    for (Cursor c = new Cursor(false); c.next(); ) {
      int stance = c.flags & (STATEMENT - 1);
      observations.add(new Observation<>(c.value.display(), c.value.value(),
          tables.source(c.report), tables.reports.get(c.report), c.flags >>> PARTIES,
          (c.flags & STATEMENT) != 0, stance == 0 ? Optional.empty() : Optional.of(STANCES[stance - 1]),
          Optional.ofNullable(c.value.about())));
    }
    return observations;
  }

  /** The supports of each value, values in filing order, supports in report order. */
  Map<String, List<Support>> supports(SessionTables tables) {
    Map<String, List<Support>> byValue = new LinkedHashMap<>();
    for (Cursor c = new Cursor(true); c.next(); ) {
      byValue.computeIfAbsent(c.value.display(), k -> new ArrayList<>()).add(Support.builder()
          .source(tables.source(c.report)).report(tables.reports.get(c.report))
          .pointer(tables.pointers.get(c.pointer)).evidence(c.evidence)
          .assessment(Optional.ofNullable(c.assessment < 0 ? null : tables.assessments.get(c.assessment))).build());
    }
    return byValue;
  }

  /** Reads the claims back one at a time, in filing order. */
  private final class Cursor {
    private final int[] at = {0};
    private final boolean positions;
    Value<T> value;
    int report;
    int pointer;
    int assessment;
    int flags;
    /** The claim's evidence, when the cursor reads positions. */
    List<TextPosition> evidence;

    Cursor(boolean positions) {
      this.positions = positions;
    }

    /** Reads the next claim; false after the last. */
    boolean next() {
      if (at[0] >= size) {
        return false;
      }
      value = values.get(read(at));
      report += read(at);
      pointer = read(at);
      assessment = read(at) - 1;
      flags = read(at);
      int n = read(at);
      evidence = positions ? new ArrayList<>(n) : null;
      for (int e = 0; e < n; e++) {
        int start = read(at);
        int length = read(at);
        if (positions) {
          evidence.add(TextPosition.of(start, start + length));
        }
      }
      return true;
    }
  }

  private int read(int[] at) {
    int number = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = data[at[0]++];
      number |= (b & 0x7f) << shift;
      if (b >= 0) {
        return number;
      }
    }
  }

  /** Compares the item's values: its conflicts and classification. */
  void judge(SessionTables tables, Conflicts rules) {
    List<Observation<T>> observations = observations(tables);
    long sources = observations.stream().map(Observation::source).distinct().count();
    List<Conflict> found = new ArrayList<>(sources > 1 ? type.compare(rules, observations) : List.of());
    // A denial is a disagreement between speakers even inside one source.
    found.addAll(Conflicts.stance(observations));
    conflicts = found;
    classification = found.isEmpty() && sources <= 1 ? Classification.SINGLE_SOURCE : Classification.of(found);
  }

  /**
   * Whether the reconciliation shows the item once it is judged: all but a quote that one source
   * alone gives (every direct quote is filed, and only those two sources share are items).
   */
  boolean shown() {
    return !(kind == ItemKind.QUOTE && classification == Classification.SINGLE_SOURCE);
  }

  /** The item, its values most supported first; compared first if it was not yet. */
  Item item(SessionTables tables, Conflicts rules) {
    if (classification == null) {
      judge(tables, rules);
    }
    List<Position> positions = supports(tables).entrySet().stream()
        .map(e -> Position.builder().value(e.getKey()).support(e.getValue()).build())
        .sorted(Comparator.comparing((Position p) -> -p.support().size()))
        .collect(Collectors.toList());
    return Item.builder().kind(kind).key(key).subject(subject).classification(classification).positions(positions)
        .conflicts(conflicts).build();
  }
}
