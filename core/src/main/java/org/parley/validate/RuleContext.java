package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.internal.Affiliations;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.AgreementId;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;

/**
 * What a {@link Rule} works with: look-ups of the dataset's records by id, the source texts, and
 * the place to report violations. Where an id is used twice, look-ups find its first record.
 */
public final class RuleContext {

  private final SourceTexts texts;
  private List<Violation> violations;
  private final Map<ActorId, Actor> actors;
  private final Map<SourceId, Source> sources;
  private final Map<NegotiationId, Negotiation> negotiations;
  private final Map<AgreementId, Agreement> agreements;
  private final Map<SourceId, Optional<SourceText>> textCache = new HashMap<>();
  private final Map<SourceId, String> textFailures = new HashMap<>();
  // Across reports: where each report id and each (source, negotiation) account was first seen.
  final Map<ReportId, String> reportIds = new HashMap<>();
  final Map<List<Object>, String> accounts = new HashMap<>();
  /** Per keyed item ({@link KeyedKinds.Keyed#item}), the kind of its first claim and where that claim is. */
  final Map<String, String[]> keyedKinds = new HashMap<>();
  /** How messages name the report being checked, for later reports that meet it again ("line 43"). */
  String reportPlace;
  /** How messages name a record of the index by its pointer ({@code /actors/3}, or "line 7" in JSON Lines). */
  Function<JsonPointer, String> places = JsonPointer::toString;

  RuleContext(Dataset dataset, SourceTexts texts, List<Violation> violations) {
    this.texts = texts;
    this.violations = violations;
    this.actors = new HashMap<>(capacity(dataset.actors().size()));
    this.sources = new HashMap<>();
    this.negotiations = new HashMap<>();
    this.agreements = new HashMap<>();
    dataset.actors().forEach(this::add);
    dataset.sources().forEach(this::add);
    dataset.negotiations().forEach(this::add);
    dataset.agreements().forEach(this::add);
  }

  /**
   * A context for another thread that looks records up in {@code index}'s maps, which must not change
   * while it is in use, with caches (texts, affiliations) and violations of its own.
   */
  RuleContext(RuleContext index) {
    this.texts = index.texts;
    this.violations = new ArrayList<>();
    this.actors = index.actors;
    this.sources = index.sources;
    this.negotiations = index.negotiations;
    this.agreements = index.agreements;
    this.places = index.places;
  }

  /** A hash map capacity that holds {@code n} entries without growing. */
  static int capacity(int n) {
    return n + n / 3 + 1;
  }

  void add(Agreement agreement) {
    agreements.putIfAbsent(agreement.id(), agreement);
  }

  void add(Actor actor) {
    actors.putIfAbsent(actor.id(), actor);
    affiliations = null;   // chains may change with a new actor
  }

  private Affiliations affiliations;

  /** Affiliation walks over the actors known so far, remembered across reports. */
  Affiliations affiliations() {
    if (affiliations == null) {
      affiliations = new Affiliations(id -> actor(id).flatMap(Actor::affiliation));
    }
    return affiliations;
  }

  void add(Source source) {
    sources.putIfAbsent(source.id(), source);
  }

  void add(Negotiation negotiation) {
    negotiations.putIfAbsent(negotiation.id(), negotiation);
  }

  private Predicate<? super Violation> goOn = violation -> true;

  /** Stops validation (by {@link Stopped}) after the first violation for which {@code goOn} is false. */
  void stopUnless(Predicate<? super Violation> goOn) {
    this.goOn = goOn;
  }

  private void add(Violation violation) {
    violations.add(violation);
    if (!goOn.test(violation)) {
      throw new Stopped();
    }
  }

  /** Thrown through the rules when the caller has seen enough violations; never reaches the caller. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /** Sends further violations to {@code sink}. */
  void collectInto(List<Violation> sink) {
    this.violations = sink;
  }

  /** The texts of source documents, for rules that check evidence. */
  public SourceTexts texts() {
    return texts;
  }

  /**
   * The text of the source with this id, if the dataset has the source and its text is available.
   * A text that cannot be read (not UTF-8, unreadable, a path no file system accepts) is not
   * available; {@link #textFailure} says why, so one bad document never stops the checking of others.
   */
  public Optional<SourceText> text(SourceId id) {
    if (!sources.containsKey(id)) {
      // Not remembered: in a session a report may name its source before the source's record comes.
      return Optional.empty();
    }
    return textCache.computeIfAbsent(id, key -> {
      try {
        return source(key).flatMap(texts::find);
      } catch (RuntimeException e) {
        textFailures.put(key, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** Why the text of this source could not be read, if it could not. */
  public Optional<String> textFailure(SourceId id) {
    text(id);
    return Optional.ofNullable(textFailures.get(id));
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

  /** The agreement with this id, if the dataset has one. */
  public Optional<Agreement> agreement(AgreementId id) {
    return Optional.ofNullable(agreements.get(id));
  }

  /** Reports an error. */
  public void error(String code, JsonPointer path, String message) {
    add(Violation.error(code, path, message));
  }

  /** Reports a warning. */
  public void warning(String code, JsonPointer path, String message) {
    add(Violation.warning(code, path, message));
  }
}
