package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text that reports on a negotiation: an article, a wire report, an official statement, a post.
 * Only what the text itself states is recorded (an outlet or author the text does not name stays
 * empty), plus the sources the text credits (TASS, Reuters) and the document it was encoded from.
 *
 * <p>Required to build: {@link #id()}, {@link #kind()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Source {

  /** The source's id. */
  public abstract SourceId id();

  /** What kind of text this is. */
  public abstract SourceKind kind();

  /** The outlet that published it, if the text says. */
  public abstract Optional<String> outlet();

  /** The author, if the text names one. */
  public abstract Optional<String> author();

  /** The headline, if the text has one. */
  public abstract Optional<String> headline();

  /** Where the text was published. */
  public abstract Optional<String> url();

  /** When the text was published, as precisely as known. */
  public abstract Optional<PartialDate> publicationDate();

  /** The language of the text as a BCP 47 tag, such as {@code en}. */
  public abstract Optional<String> language();

  /** The sources this text credits, such as wire services, as actors. */
  public abstract List<ActorId> cites();

  /** The document this source was encoded from; evidence offsets point into it. */
  public abstract Optional<Document> document();

  /** Who first published the text, when this is syndicated copy: a wire story run by another site. */
  public abstract Optional<ActorId> originalPublisher();

  /** Whether the document is the whole text or an excerpt, if the encoder records it. */
  public abstract Optional<Completeness> completeness();

  /** Updates, corrections and retractions the source has published, in order. */
  public abstract List<Revision> revisions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {}

  @Value.Check
  void check() {
    outlet().ifPresent(v -> Checks.name(v, "source outlet"));
    author().ifPresent(v -> Checks.notBlank(v, "source author"));
    headline().ifPresent(v -> Checks.notBlank(v, "source headline"));
    url().ifPresent(v -> Checks.notBlank(v, "source url"));
    language().ifPresent(v -> Checks.languageTag(v, "source language"));
  }
}
