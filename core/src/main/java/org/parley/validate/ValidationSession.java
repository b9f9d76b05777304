package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;

/**
 * Validates a dataset that arrives one record at a time, such as a JSON Lines file, keeping only
 * the index (actors, negotiations, sources) and the ids of reports in memory. Give the index records
 * with {@code add} before the reports that use them; check each report as it comes with {@link
 * #check}; call {@link #finish} once at the end for the checks of the index records themselves.
 * Together these find the same violations as {@link Validator#validate} on the whole dataset, with
 * each report's violations placed where the caller says the report is.
 *
 * <p>The standard rules check a report in time independent of the number of reports. A user's own
 * rule is run for each report on a dataset of the index and that one report, and once on the index.
 */
public final class ValidationSession {

  private static final JsonPointer FIRST_REPORT = Walk.REPORTS.child(0);

  private final List<Rule> rules;
  private final Dataset.Builder index = Dataset.builder();
  private final RuleContext context;
  private boolean finished;

  /** Whether every rule is a standard one, which read no more of an actor than {@link #essentials} keeps. */
  private final boolean standardOnly;

  ValidationSession(List<Rule> rules, SourceTexts texts) {
    this.rules = rules;
    this.standardOnly = rules.stream().allMatch(rule -> rule instanceof StandardRule);
    this.context = new RuleContext(Dataset.builder().build(), texts, new ArrayList<>());
  }

  public void add(Actor actor) {
    open();
    Actor kept = standardOnly ? essentials(actor) : actor;
    index.addActors(kept);
    context.add(kept);
  }

  /**
   * What the standard rules read of an actor, all a session of only standard rules keeps: its id,
   * kind, affiliation, members and anonymity, named by its id. Names, aliases, demonyms, Wikidata id
   * and country are what most of an actor's memory is and no rule reads them (a test holds the
   * rules to it), so an index of a million actors needs a third less.
   */
  static Actor essentials(Actor actor) {
    if (actor.aliases().isEmpty() && actor.demonyms().isEmpty() && actor.wikidataId().isEmpty()
        && actor.country().isEmpty() && actor.name().equals(actor.id().value())) {
      return actor;
    }
    return Actor.builder().id(actor.id()).kind(actor.kind()).name(actor.id().value())
        .affiliation(actor.affiliation()).members(actor.members()).anonymous(actor.anonymous()).build();
  }

  public void add(Negotiation negotiation) {
    open();
    index.addNegotiations(negotiation);
    context.add(negotiation);
  }

  public void add(Agreement agreement) {
    open();
    index.addAgreements(agreement);
    context.add(agreement);
  }

  public void add(Source source) {
    open();
    index.addSources(source);
    context.add(source);
  }

  /** Every violation in {@code report}, with paths below {@code at}, the report's own location. */
  public List<Violation> check(Report report, JsonPointer at) {
    return check(report, at, at.toString());
  }

  /**
   * Every violation in {@code report}, with paths below {@code at}; a later report that meets this one
   * again (the same id, a second account of the same source) names it by {@code place}, such as
   * "line 43" in a JSON Lines file, where every report is at {@code /report}.
   */
  public List<Violation> check(Report report, JsonPointer at, String place) {
    open();
    context.reportPlace = place;
    List<Violation> found = new ArrayList<>();
    context.collectInto(found);
    Dataset withReport = null;
    for (Rule rule : rules) {
      try {
        if (rule instanceof StandardRule standard) {
          standard.checkReport(report, at, context);
        } else {
          if (withReport == null) {
            withReport = Dataset.builder().from(index.build()).reports(List.of(report)).build();
          }
          List<Violation> own = new ArrayList<>();
          context.collectInto(own);
          rule.check(withReport, context);
          context.collectInto(found);
          own.stream()
              .filter(v -> v.path().startsWith(FIRST_REPORT))
              .map(v -> Violation.of(v.severity(), v.code(), v.path().rebase(FIRST_REPORT, at), v.message()))
              .forEach(found::add);
        }
      } catch (RuntimeException e) {
        found.add(Validator.failure(rule, e, at));
      }
    }
    return found;
  }

  /**
   * Whether reports can be checked on other threads ({@link #checkAcross} here and {@link
   * Worker#checkAlone} there): only the standard rules run, whose report checks read the index and
   * nothing a report before wrote, but for the ids and accounts across reports.
   */
  public boolean checksInParallel() {
    return standardOnly && !rules.isEmpty() && rules.get(0) instanceof IdentityRule;
  }

  /**
   * The first part of {@link #check}, to be run in report order on this thread: what a report shares
   * with the reports before it (a repeated id, a second account). {@link Worker#checkAlone} on a {@link
   * Worker} gives the rest; together, in this order, they are what {@code check} gives. Only when
   * {@link #checksInParallel}.
   */
  public List<Violation> checkAcross(Report report, JsonPointer at, String place) {
    open();
    requireParallel();
    context.reportPlace = place;
    List<Violation> found = new ArrayList<>();
    context.collectInto(found);
    try {
      ((StandardRule) rules.get(0)).checkReport(report, at, context);
    } catch (RuntimeException e) {
      found.add(Validator.failure(rules.get(0), e, at));
    }
    return found;
  }

  /**
   * A checker of reports for another thread, against the index as it is now: it must not be used
   * after the session takes another index record. Only when {@link #checksInParallel}.
   */
  public Worker worker() {
    open();
    requireParallel();
    return new Worker(new RuleContext(context));
  }

  /** Checks reports on a thread of its own against the session's index; one worker per thread. */
  public final class Worker {
    private final RuleContext own;

    private Worker(RuleContext own) {
      this.own = own;
    }

    /** The second part of {@link #check}: every violation of {@code report} on its own. */
    public List<Violation> checkAlone(Report report, JsonPointer at) {
      List<Violation> found = new ArrayList<>();
      own.collectInto(found);
      for (Rule rule : rules.subList(1, rules.size())) {
        try {
          ((StandardRule) rule).checkReport(report, at, own);
        } catch (RuntimeException e) {
          found.add(Validator.failure(rule, e, at));
        }
      }
      return found;
    }
  }

  private void requireParallel() {
    if (!checksInParallel()) {
      throw new IllegalStateException("a session with rules of its own checks its reports with check()");
    }
  }

  /**
   * How messages about the index records name a record, by its pointer in the index
   * ({@code /actors/3}): "line 7" for a JSON Lines file. The pointer itself unless set.
   */
  public void namePlaces(java.util.function.Function<JsonPointer, String> places) {
    context.places = java.util.Objects.requireNonNull(places, "places");
  }

  /** The violations of the index records themselves; the session takes no records after this. */
  public List<Violation> finish() {
    open();
    finished = true;
    List<Violation> found = new ArrayList<>();
    context.collectInto(found);
    Dataset indexOnly = index.build();
    for (Rule rule : rules) {
      try {
        if (rule instanceof StandardRule standard) {
          standard.checkIndex(indexOnly, context);
        } else {
          rule.check(indexOnly, context);
        }
      } catch (RuntimeException e) {
        found.add(Validator.failure(rule, e, JsonPointer.root()));
      }
    }
    return found;
  }

  private void open() {
    if (finished) {
      throw new IllegalStateException("the validation session has finished");
    }
  }
}
