package org.parley.json;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * One line of a JSON Lines file as read: a record (an actor, a negotiation, an agreement, a source or
 * a report) or the error that made the line unreadable. Lines are numbered from 1, the header
 * included. Each kind of line is its own record type, so a reader can take them apart with
 * {@code instanceof} ({@code if (line instanceof JsonLine.ReportLine r) use(r.value())}), or ask
 * for the kind it wants with {@link #report()} and the like.
 */
public sealed interface JsonLine {

  /** The line's number in the file, from 1. */
  long lineNumber();

  /** A line holding an actor. */
  record ActorLine(long lineNumber, Actor value) implements JsonLine {
    /** Checks the parts. */
    public ActorLine {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A line holding a negotiation. */
  record NegotiationLine(long lineNumber, Negotiation value) implements JsonLine {
    /** Checks the parts. */
    public NegotiationLine {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A line holding an agreement. */
  record AgreementLine(long lineNumber, Agreement value) implements JsonLine {
    /** Checks the parts. */
    public AgreementLine {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A line holding a source. */
  record SourceLine(long lineNumber, Source value) implements JsonLine {
    /** Checks the parts. */
    public SourceLine {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A line holding a report. */
  record ReportLine(long lineNumber, Report value) implements JsonLine {
    /** Checks the parts. */
    public ReportLine {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A line that could not be read, with why: its problems are located on this line (a problem of
   * the file as a whole, such as an empty file, on line 1).
   */
  record ErrorLine(long lineNumber, ParleyJsonException exception) implements JsonLine {
    /** Checks the parts. */
    public ErrorLine {
      Objects.requireNonNull(exception, "exception");
    }
  }

  /** Whether the line could not be read. */
  default boolean isError() {
    return this instanceof ErrorLine;
  }

  /** The actor this line holds, if it holds one. */
  default Optional<Actor> actor() {
    return this instanceof ActorLine a ? Optional.of(a.value()) : Optional.empty();
  }

  /** The negotiation this line holds, if it holds one. */
  default Optional<Negotiation> negotiation() {
    return this instanceof NegotiationLine n ? Optional.of(n.value()) : Optional.empty();
  }

  /** The agreement this line holds, if it holds one. */
  default Optional<Agreement> agreement() {
    return this instanceof AgreementLine a ? Optional.of(a.value()) : Optional.empty();
  }

  /** The source this line holds, if it holds one. */
  default Optional<Source> source() {
    return this instanceof SourceLine s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The report this line holds, if it holds one. */
  default Optional<Report> report() {
    return this instanceof ReportLine r ? Optional.of(r.value()) : Optional.empty();
  }

  /** Why the line could not be read, if it could not. */
  default Optional<ParleyJsonException> error() {
    return this instanceof ErrorLine e ? Optional.of(e.exception()) : Optional.empty();
  }
}
