package org.parley.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A text that reports on a negotiation: an article, a wire report, an official statement, a post.
 * Only what the text itself states is recorded (an outlet or author the text does not name stays
 * empty), plus the sources the text credits (TASS, Reuters) and the document it was encoded from.
 */
@Value.Immutable
public abstract class Source {

  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {}

  @Value.Check
  void check() {
    outlet().ifPresent(v -> Checks.notBlank(v, "source outlet"));
    author().ifPresent(v -> Checks.notBlank(v, "source author"));
    headline().ifPresent(v -> Checks.notBlank(v, "source headline"));
    url().ifPresent(v -> Checks.notBlank(v, "source url"));
    language().ifPresent(v -> {
      if (!LANGUAGE_TAG.matcher(v).matches()) {
        throw new IllegalArgumentException(
            "Invalid value for source language (a BCP 47 tag such as en or pt-BR): \"" + v + "\"");
      }
    });
  }
}
