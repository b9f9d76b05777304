package org.parley.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Source;
import org.parley.model.SourceId;

/**
 * What a {@link Rule} works with: look-ups of the dataset's records by id, the source texts, and
 * the place to report violations. Where an id is used twice, look-ups find its first record.
 */
public final class RuleContext {

  private final SourceTexts texts;
  private final List<Violation> violations;
  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;
  private final Map<NegotiationId, Negotiation> negotiations;

  RuleContext(Dataset dataset, SourceTexts texts, List<Violation> violations) {
    this.texts = texts;
    this.violations = violations;
    this.actors = firstById(dataset.actors(), Actor::id);
    this.sources = firstById(dataset.sources(), Source::id);
    this.negotiations = firstById(dataset.negotiations(), Negotiation::id);
  }

  private static <K, V> Map<K, V> firstById(List<V> records, Function<V, K> id) {
    Map<K, V> byId = new HashMap<>();
    records.forEach(r -> byId.putIfAbsent(id.apply(r), r));
    return byId;
  }

  /** The texts of source documents, for rules that check evidence. */
  public SourceTexts texts() {
    return texts;
  }

  /** The actor with this id, if the dataset has one. */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** The source with this id, if the dataset has one. */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** The negotiation with this id, if the dataset has one. */
  public Optional<Negotiation> negotiation(NegotiationId id) {
    return Optional.ofNullable(negotiations.get(id));
  }

  /** Reports an error. */
  public void error(String code, JsonPointer path, String message) {
    violations.add(Violation.error(code, path, message));
  }

  /** Reports a warning. */
  public void warning(String code, JsonPointer path, String message) {
    violations.add(Violation.warning(code, path, message));
  }
}
