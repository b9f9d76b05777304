package org.parley.flink;

/**
 * What travels between the tasks of {@link ValidateJob}: one line, one record of the index, one
 * reference, one found record, one problem or one count, told apart by {@link #type}. A plain Flink
 * POJO (public fields, no-argument constructor), so Flink serialises it with its own POJO serializer
 * and never falls back to Kryo; records travel as the bytes of their line and are parsed where they
 * are needed.
 */
public class Part {

  /** A line of input, as the source splits it: {@link #bytes} null for a line over the limit, line 0 for an empty file. */
  public static final byte LINE = 0;
  /** An index record (actor, negotiation, agreement, source): {@link #key} its id. */
  public static final byte DEF = 1;
  /** A report at line {@link #at} names the record {@link #key}. */
  public static final byte REF = 2;
  /** A report at line {@link #at} has {@link #key} respond to a demand in negotiation {@link #key2}. */
  public static final byte CHAIN = 3;
  /** A report: {@link #key} its id, {@link #key2} its source's id. */
  public static final byte REPORT = 4;
  /** A report's id, for uniqueness: {@link #key} the id. */
  public static final byte REPORT_ID = 5;
  /** A report's account: {@link #key} its source and negotiation, {@link #key2} its id. */
  public static final byte ACCOUNT = 6;
  /** The record {@link #key}, defined at {@link #line}, as the report at line {@link #at} sees it. */
  public static final byte FOUND = 7;
  /** For the report at line {@link #at}: the first party on the affiliations of {@link #key} is {@link #key2}. */
  public static final byte PARTY = 8;
  /**
   * A report with the records it names ({@link #records}, their ids in {@link #ids}) and the parties its
   * responders act for ({@link #keys}).
   */
  public static final byte BUNDLE = 9;
  /** A problem: {@link #key} its code, {@link #key2} its pointer, {@link #severity}, {@link #message}. */
  public static final byte PROBLEM = 10;
  /** {@link #line} records read in {@link #file}. */
  public static final byte COUNT = 11;
  /** A line of a file of texts: {@link #key} the document's path, {@link #message} its text. */
  public static final byte TEXT = 12;
  /** The source {@link #key2}, whose record is at {@link #line}, has the document at the path {@link #key}. */
  public static final byte DOC = 13;
  /** The text ({@link #message}) of the document of the source {@link #key} whose record is at {@link #line}. */
  public static final byte SOURCE_TEXT = 14;
  /**
   * A claim of the report at {@link #line} that an encoder's key files under an item ({@link
   * org.parley.validate.KeyedKinds}): {@link #key} the item, {@link #key2} its kind, {@link #at} its place
   * among the report's keyed claims, {@link #message} its pointer within the line, {@link #keys} the key.
   */
  public static final byte KEYED = 15;

  public byte type;
  public String file;
  /** The file's place in the job's list of files: a short key where the name would be a long one. */
  public int fileIndex;
  public long line;
  public long column;
  public long at;
  public String key;
  public String key2;
  public String version;
  public byte[] bytes;
  public byte[][] records;
  /** The ids of {@link #records}, one each. */
  public String[] ids;
  public String[] keys;
  public String severity;
  public String message;

  public Part() {}

  static Part of(byte type, String file, long line) {
    Part part = new Part();
    part.type = type;
    part.file = file;
    part.line = line;
    return part;
  }

  /** A part of the same file as {@code from}. */
  static Part of(byte type, Part from, long line) {
    Part part = of(type, from.file, line);
    part.fileIndex = from.fileIndex;
    return part;
  }

  @Override
  public String toString() {
    return "Part[" + type + " " + file + ":" + line + " at " + at + " " + key + " " + key2 + "]";
  }
}
