package org.parley.bench;

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
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/** Reconciles 1k, 10k and 100k synthetic reports of one negotiation: time per whole reconciliation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReconcileBenchmark {

  @Param({"1000", "10000", "100000"})
  public int reports;

  private List<Report> corpus;
  private Negotiation negotiation;
  private Reconciler reconciler;

  @Setup
  public void build() {
    corpus = Corpus.reportsOfOneNegotiation(reports, 2025);
    negotiation = Corpus.negotiationZero();
    reconciler = Reconciler.of(Corpus.actors());
  }

  @Benchmark
  public Reconciliation reconcile() {
    return reconciler.reconcile(negotiation, corpus);
  }
}
