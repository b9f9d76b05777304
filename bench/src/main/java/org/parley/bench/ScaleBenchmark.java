package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/**
 * Hostile inputs that once made Parley super-linear: a chain of N affiliated actors (each belongs to
 * the next; the responder to a demand sits at the bottom and the party at the top), and a cycle of N
 * affiliations, and a direct quote of N/2 characters against N characters of evidence. Time per
 * validation and per reconciliation at N = 10k, 100k, 1M; linear code keeps
 * t(1M) / t(100k) near 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int actors;

  private Dataset chain;
  private Dataset cycle;
  private Dataset longQuote;

  private static ActorId a(int i) {
    return ActorId.of("actor:a" + i);
  }

  /** N actors, a(i) belonging to a(i+1), the last a party; 100 demands answered from the bottom up. */
  static Dataset chain(int n) {
    List<Actor> actors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Actor.Builder b = Actor.builder().id(a(i)).kind(ActorKind.ORGANIZATION).name("Office " + i);
      if (i + 1 < n) {
        b.affiliation(a(i + 1));
      }
      actors.add(b.build());
    }
    ActorId other = ActorId.of("actor:other");
    actors.add(Actor.builder().id(other).kind(ActorKind.STATE).name("Other").build());
    Evidence evidence = Evidence.of("demanded", 0);
    Report.Builder report = Report.builder().id(ReportId.of("report:r")).source(SourceId.of("source:s"))
        .negotiation(NegotiationId.of("negotiation:n"));
    Delegation.Builder delegation = Delegation.builder().party(a(n - 1)).addEvidence(evidence);
    for (int i = 0; i < 100; i++) {
      report.addDemands(Demand.builder().by(other).addressee(a(i)).issue(Issue.OTHER)
          .response(Response.builder().kind(ResponseKind.REJECTED).by(a(i)).addEvidence(evidence).build())
          .addEvidence(evidence).build());
      delegation.addMembers(DelegationMember.builder().person(a(i)).addEvidence(evidence).build());
    }
    report.addDelegations(delegation.build());
    return Dataset.builder().actors(actors)
        .addNegotiations(Negotiation.builder().id(NegotiationId.of("negotiation:n")).title("N")
            .addParties(a(n - 1), other).build())
        .addSources(Source.builder().id(SourceId.of("source:s")).kind(SourceKind.NEWS).build())
        .addReports(report.build()).build();
  }

  /** N actors in one cycle of affiliations. */
  static Dataset cycle(int n) {
    List<Actor> actors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actors.add(Actor.builder().id(a(i)).kind(ActorKind.ORGANIZATION).name("Office " + i)
          .affiliation(a((i + 1) % n)).build());
    }
    return Dataset.builder().actors(actors).build();
  }

  /**
   * A direct quote of N/2 characters ("aaa…ab") checked against N characters of evidence ("aaa…a"):
   * the worst case of a naive search, N²/4 comparisons.
   */
  static Dataset longQuote(int n) {
    String evidence = "a".repeat(n);
    String quote = "a".repeat(n / 2 - 1) + "b";
    return Dataset.builder()
        .addActors(Actor.builder().id(a(0)).kind(ActorKind.PERSON).name("Speaker").build())
        .addReports(Report.builder().id(ReportId.of("report:r")).source(SourceId.of("source:s"))
            .negotiation(NegotiationId.of("negotiation:n"))
            .addStatements(org.parley.model.Statement.builder().speaker(a(0))
                .mode(org.parley.model.StatementMode.DIRECT_QUOTE).words(quote).addEvidence(Evidence.of(evidence, 0))
                .build())
            .build())
        .build();
  }

  @Setup
  public void build() {
    chain = chain(actors);
    cycle = cycle(actors);
    longQuote = longQuote(actors);
  }

  @Benchmark
  public ValidationResult validateLongQuote() {
    return Validator.standard().validate(longQuote);
  }

  @Benchmark
  public ValidationResult validateChain() {
    return Validator.standard().validate(chain);
  }

  @Benchmark
  public ValidationResult validateCycle() {
    return Validator.standard().validate(cycle);
  }

  @Benchmark
  public List<Reconciliation> reconcileChain() {
    return Reconciler.reconcileAll(chain);
  }
}
