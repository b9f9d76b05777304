package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.parley.model.Act;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.ClaimKind;
import org.parley.model.DateClaim;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.FactClaim;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Response;
import org.parley.model.RoundFormat;
import org.parley.model.Tone;
import org.parley.model.Venue;

/**
 * A kind of item together with the type of value its claims are compared by: how its keys start,
 * which rule of {@link Conflicts} compares its values, and what of a claim is kept as its value
 * ({@link #bare}: evidence, assessment and note left out, so that equal values are kept once). The
 * one place an {@link ItemKind} meets its rule, so no value is ever cast back from {@code Object}.
 *
 * @param <T> what the item's claims are compared by
 */
final class ItemType<T> {

  static final ItemType<DateClaim> DATE = new ItemType<>(ItemKind.DATE, "date/", Conflicts::dates,
      d -> DateClaim.builder().from(d).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty()).build());
  static final ItemType<Venue> VENUE = new ItemType<>(ItemKind.VENUE, "venue", Conflicts::venues, v -> v);
  /** How the parties met, as the reports say (since format 1.2). */
  static final ItemType<RoundFormat> FORMAT = new ItemType<>(ItemKind.FORMAT, "format", Conflicts::formats, f -> f);
  static final ItemType<DurationEstimate> DURATION = new ItemType<>(ItemKind.DURATION, "duration",
      Conflicts::durations, d -> d);
  static final ItemType<ActorId> HEAD = new ItemType<>(ItemKind.HEAD, "head/", Conflicts::distinct, a -> a);
  static final ItemType<ActorId> PARTICIPANT = new ItemType<>(ItemKind.PARTICIPANT, "side/", Conflicts::distinct,
      a -> a);
  /** A title's value is its words as titles compare them. */
  static final ItemType<Set<String>> TITLE = new ItemType<>(ItemKind.TITLE, "title/", Conflicts::titles, w -> w);
  static final ItemType<Demand> DEMAND = new ItemType<>(ItemKind.DEMAND, "demand/", Conflicts::demands,
      d -> Demand.builder().from(d).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
          .response(d.response().map(r -> Response.builder().from(r).evidence(List.of())
              .assessment(Optional.empty()).note(Optional.empty()).build()))
          .build());
  static final ItemType<Outcome> OUTCOME = new ItemType<>(ItemKind.OUTCOME, "outcome/", Conflicts::outcomes,
      o -> Outcome.builder().from(o).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty()).build());
  /** An agreement claim's value leaves out its participants and provisions, filed under items of their own. */
  static final ItemType<AgreementClaim> AGREEMENT_STATUS = new ItemType<>(ItemKind.AGREEMENT_STATUS, "agreement/",
      Conflicts::agreementStatuses, a -> AgreementClaim.builder().from(a).evidence(List.of())
          .assessment(Optional.empty()).note(Optional.empty()).participants(List.of()).provisions(List.of()).build());
  static final ItemType<AgreementParticipant> AGREEMENT_ROLE = new ItemType<>(ItemKind.AGREEMENT_ROLE, "agreement/",
      Conflicts::agreementRoles, p -> p);
  static final ItemType<Provision> PROVISION = new ItemType<>(ItemKind.PROVISION, "agreement/",
      Conflicts::provisions, p -> Provision.builder().from(p).evidence(List.of()).assessment(Optional.empty())
          .note(Optional.empty()).build());
  static final ItemType<NegotiationRole> ROLE = new ItemType<>(ItemKind.ROLE, "role/", Conflicts::roles, r -> r);
  static final ItemType<ProcessEvent> EVENT = new ItemType<>(ItemKind.EVENT, "event/", Conflicts::events,
      e -> ProcessEvent.builder().from(e).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty())
          .build());
  static final ItemType<FactClaim> FACT = new ItemType<>(ItemKind.FACT, "fact/", Conflicts::facts,
      f -> FactClaim.builder().from(f).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty()).build());

  /**
   * Which of two keyed events followed from the other: its key names the pair in the order of their
   * keys ({@code cause/key:a+key:b}), its value is the direction as "effect because of cause".
   */
  static final ItemType<String> CAUSE = new ItemType<>(ItemKind.CAUSE, "cause/", Conflicts::causes, c -> c);

  /** How one side takes the talks: its key names the side ({@code reaction/actor:ukraine}), its value is a tone. */
  static final ItemType<Tone> REACTION = new ItemType<>(ItemKind.REACTION, "reaction/", Conflicts::tones, t -> t);

  /**
   * Words quoted word for word: its key is the words as {@link Compare#words} gives them ({@code
   * quote/words:ready-to-continue-...}), its value the speaker they are given to.
   */
  static final ItemType<ActorId> QUOTE = new ItemType<>(ItemKind.QUOTE, "quote/", Conflicts::speakers, a -> a);

  /**
   * How two agreements stand to each other: its key names the pair in the order of their ids ({@code
   * link/agreement:extension+agreement:truce}), its value is what a source says, as {@link Conflicts.Link}
   * (shown as "the extension extends the truce"); since format 1.2.
   */
  static final ItemType<Conflicts.Link> AGREEMENT_LINK = new ItemType<>(ItemKind.AGREEMENT_LINK, "link/",
      Conflicts::links, l -> l);

  /**
   * An agreement that a source only names, with no status, participant, provision or link ("talks on
   * a permanent ceasefire"): that the source speaks of it, so that no claim gives no item.
   */
  static final ItemType<String> AGREEMENT_NAMED = new ItemType<>(ItemKind.AGREEMENT_NAMED, "agreement/",
      (rules, o) -> List.of(), n -> n);

  /** What one side or a third party did or threatened: by key, or by kind, actor and target. Since format 1.2. */
  static final ItemType<Act> ACT = new ItemType<>(ItemKind.ACT, "act/", Conflicts::acts,
      a -> Act.builder().from(a).evidence(List.of()).assessment(Optional.empty()).note(Optional.empty()).build());

  /** The fewest words (as {@link Compare#words} counts them) a quote needs to be compared across sources. */
  static final int QUOTE_WORDS = 4;

  final ItemKind kind;
  private final String prefix;
  private final BiFunction<Conflicts, List<Observation<T>>, List<Conflict>> rule;
  private final UnaryOperator<T> bare;

  private ItemType(ItemKind kind, String prefix, BiFunction<Conflicts, List<Observation<T>>, List<Conflict>> rule,
      UnaryOperator<T> bare) {
    this.kind = kind;
    this.prefix = prefix;
    this.rule = rule;
    this.bare = bare;
  }

  /** The key of an item of this type: its prefix, then {@code rest} ({@code demand/} and {@code key:ceasefire}). */
  String key(String rest) {
    return prefix + rest;
  }

  /** The key of the item an encoder's key names: {@code demand/key:ceasefire}. */
  String keyed(String encoderKey) {
    return prefix + "key:" + encoderKey;
  }

  /** The key of an item of one agreement: {@code agreement/agreement:x/status}. */
  String ofAgreement(AgreementId agreement, String rest) {
    return prefix + agreement + "/" + rest;
  }

  /** The conflicts among an item's values. */
  List<Conflict> compare(Conflicts rules, List<Observation<T>> observations) {
    return rule.apply(rules, observations);
  }

  /** What of {@code value} the item keeps and compares. */
  T bare(T value) {
    return bare.apply(value);
  }

  /** The type of item a statement about {@code kind} joins: the claim it names, or an agreement's status. */
  static ItemType<?> about(ClaimKind kind) {
    return switch (kind) {
      case AGREEMENT -> AGREEMENT_STATUS;
      case DEMAND -> DEMAND;
      case OUTCOME -> OUTCOME;
      case EVENT -> EVENT;
      case FACT -> FACT;
      case ACT -> ACT;
    };
  }

  /** The key of the item a statement about {@code key} of this type joins. */
  String aboutKey(String key) {
    return this == AGREEMENT_STATUS ? ofAgreement(AgreementId.of(key), "status") : keyed(key);
  }

  @Override
  public String toString() {
    return kind.wireName();
  }
}
