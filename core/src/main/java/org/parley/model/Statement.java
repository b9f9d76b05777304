package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a speaker said, as a source reports it: the speaker's own words in quotation marks
 * ({@link StatementMode#DIRECT_QUOTE}) or the source's rendering ({@link StatementMode#PARAPHRASE}),
 * where it was said, and the chain of attribution when the source got it second-hand.
 */
@Value.Immutable
public abstract class Statement implements Claim {

  /** Who spoke, as the source attributes the words. */
  public abstract ActorId speaker();

  /** Quoted or paraphrased. */
  public abstract StatementMode mode();

  /** The words: for a direct quote exactly as quoted, without the quotation marks. */
  public abstract String words();

  /** Where the words were said, if the source says. */
  public abstract Optional<Channel> channel();

  /** How the source learned of the words, nearest link first; empty when it heard them itself. */
  public abstract List<Attribution> attribution();

  @Override
  public abstract List<Evidence> evidence();

  @Override
  public abstract Optional<Assessment> assessment();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(words(), "statement words");
  }
}
