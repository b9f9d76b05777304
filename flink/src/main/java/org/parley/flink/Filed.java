package org.parley.flink;

/**
 * What travels between the tasks of {@link ReconcileJob}, told apart by {@link #type}; a plain
 * Flink POJO like {@link Part}, records travelling as the bytes of their line.
 */
public class Filed {

  /** A record read: {@link #id}, {@link #kind} (actor, negotiation, agreement, source, report), its {@link #order}. */
  public static final byte RECORD = 0;
  /** A report of {@link #negotiation} at {@link #order} is by the source {@link #id}. */
  public static final byte SOURCE = 1;
  /** The report at {@link #order} files claims under {@link #item} of {@link #negotiation}, its {@link #index}th new item. */
  public static final byte ITEM = 2;
  /** The item {@link #item} of {@link #negotiation} as JSON ({@link #json}), with what orders it. */
  public static final byte ITEM_JSON = 3;
  /** The reconciliation of {@link #negotiation} as one line of JSON ({@link #json}). */
  public static final byte RECONCILIATION = 4;
  /** A line that could not be read: {@link #json} the problem as Parley prints it. */
  public static final byte PROBLEM = 5;

  public byte type;
  public String file;
  public long line;
  /** Where a record comes in the pooled input: files in the order given, lines in order. */
  public long order;
  public String id;
  public String kind;
  public byte[] bytes;
  public String version;
  public String negotiation;
  public long negotiationOrder;
  public String item;
  public int index;
  public int classification;
  public int itemKind;
  public String subject;
  public String json;

  public Filed() {}

  static Filed of(byte type) {
    Filed filed = new Filed();
    filed.type = type;
    return filed;
  }

  @Override
  public String toString() {
    return "Filed[" + type + " " + kind + " " + id + " " + negotiation + " " + item + " @" + order + "]";
  }
}
