package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a speaker said, as a source reports it: the speaker's own words in quotation marks
 * ({@link StatementMode#DIRECT_QUOTE}) or the source's rendering ({@link StatementMode#PARAPHRASE}),
 * where it was said, and the chain of attribution when the source got it second-hand. A direct
 * quote may hold the source's own insertions in square brackets ("[the mediators]") and ellipses
 * ("..." or "…"): the quoted words between them must occur, in order, in the evidence.
 *
 * <p>Required to build: {@link #speaker()}, {@link #mode()}, {@link #words()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Statement implements Claim {

  /** Who spoke, as the source attributes the words; an unnamed speaker is an anonymous actor. */
  public abstract ActorId speaker();

  /** The body the speaker speaks for, if not themselves: a ministry's spokesman speaks for the ministry. */
  public abstract Optional<ActorId> onBehalfOf();

  /** Quoted or paraphrased. */
  public abstract StatementMode mode();

  /** The words: for a direct quote exactly as quoted, without the quotation marks. */
  public abstract String words();

  /** Where the words were said, if the source says. */
  public abstract Optional<Channel> channel();

  /** How the source learned of the words, nearest link first; empty when it heard them itself. */
  public abstract List<Attribution> attribution();

  /**
   * The claim the statement speaks to, if it speaks to one: a demand, outcome, agreement, process
   * event or fact named by its key. Reconciliation lists the statement under that claim's item.
   */
  public abstract Optional<About> about();

  /** How the statement relates to {@link #about()}: affirms, denies, disputes or predicts it. */
  public abstract Optional<Stance> stance();

  /**
   * How the speaker takes the talks or their outcome, as the source tells it ("Ukraine defiant");
   * statements with a tone are compared as the reaction of the side the speaker speaks for. Since
   * format 1.2.
   */
  public abstract Optional<Tone> tone();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    Checks.notBlank(words(), "statement words");
    if (stance().isPresent() && about().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for statement stance: a stance needs the claim it is taken on; set about too");
    }
  }
}
