package org.parley.json;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * One line of a JSON Lines file as read: a record (an actor, a negotiation, an agreement, a source or a report)
 * or the error that made the line unreadable. Lines are numbered from 1, the header included.
 */
public final class JsonLine {

  /** What a line holds. */
  public enum Kind {
    ACTOR, NEGOTIATION, AGREEMENT, SOURCE, REPORT, ERROR
  }

  private final long lineNumber;
  private final Kind kind;
  private final Object value;
  private final byte[] text;

  private JsonLine(long lineNumber, Kind kind, Object value, byte[] text) {
    this.lineNumber = lineNumber;
    this.kind = kind;
    this.value = Objects.requireNonNull(value);
    this.text = text;
  }

  static JsonLine of(long lineNumber, Object record) {
    return of(lineNumber, record, null);
  }

  /** A line whose bytes are kept, so that its violations can be given a column ({@link #text}). */
  static JsonLine of(long lineNumber, Object record, byte[] text) {
    Kind kind = record instanceof Actor ? Kind.ACTOR
        : record instanceof Negotiation ? Kind.NEGOTIATION
        : record instanceof Agreement ? Kind.AGREEMENT
        : record instanceof Source ? Kind.SOURCE
        : record instanceof Report ? Kind.REPORT
        : Kind.ERROR;
    return new JsonLine(lineNumber, kind, record, text);
  }

  /** The line's number in the file, from 1. */
  public long lineNumber() {
    return lineNumber;
  }

  /** What the line holds. */
  public Kind kind() {
    return kind;
  }

  /** Whether the line could not be read. */
  public boolean isError() {
    return kind == Kind.ERROR;
  }

  public Optional<Actor> actor() {
    return value(Kind.ACTOR, Actor.class);
  }

  public Optional<Negotiation> negotiation() {
    return value(Kind.NEGOTIATION, Negotiation.class);
  }

  public Optional<Agreement> agreement() {
    return value(Kind.AGREEMENT, Agreement.class);
  }

  public Optional<Source> source() {
    return value(Kind.SOURCE, Source.class);
  }

  public Optional<Report> report() {
    return value(Kind.REPORT, Report.class);
  }

  /** Why the line could not be read; its line number is this line's. */
  public Optional<ParleyJsonException> error() {
    return value(Kind.ERROR, ParleyJsonException.class);
  }

  /** The line's bytes, kept for a record, whose violations are found after it is read. */
  Optional<byte[]> text() {
    return Optional.ofNullable(text);
  }

  private <T> Optional<T> value(Kind wanted, Class<T> type) {
    return kind == wanted ? Optional.of(type.cast(value)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (isError() ? value.toString() : kind.name().toLowerCase(java.util.Locale.ROOT));
  }
}
