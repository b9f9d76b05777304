package org.parley.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.EventTiming;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;

/**
 * A random dataset in which every report has two twins from other sources about the same negotiation:
 * each event, demand, outcome and fact copied as it is (so the reports agree on it) or changed in one
 * thing — its kind, its actors, the one who demands or is demanded of, its issue, its parties, its
 * date or its reason — so that reconciliation meets both what fits and what differs under one key.
 */
public final class Twins {

  private final Random random;
  private final List<ActorId> actors = new ArrayList<>();

  private Twins(long seed) {
    random = new Random(seed);
  }

  /** The twinned dataset for this seed. */
  public static Dataset of(long seed) {
    return new Twins(seed).twin(RandomDatasets.of(seed));
  }

  private Dataset twin(Dataset base) {
    base.actors().forEach(a -> actors.add(a.id()));
    actors.add(ActorId.of("actor:someone-else"));
    List<Source> sources = new ArrayList<>(base.sources());
    List<Negotiation> negotiations = new ArrayList<>(base.negotiations());
    if (negotiations.isEmpty()) {
      negotiations.add(Negotiation.builder().id(NegotiationId.of("negotiation:twinned")).title("Twinned").build());
    }
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < base.reports().size(); i++) {
      // About a negotiation the dataset has, so that reconciliation takes the report in.
      Report report = Report.builder().from(base.reports().get(i))
          .negotiation(negotiations.get(i % negotiations.size()).id()).build();
      reports.add(report);
      for (int twin = 1; twin <= 2; twin++) {
        SourceId source = SourceId.of(report.source().value() + "-twin" + twin);
        sources.add(Source.builder().id(source).kind(SourceKind.NEWS).build());
        reports.add(Report.builder().from(report).id(ReportId.of(report.id().value() + "-twin" + twin)).source(source)
            .events(changed(report.events(), this::event))
            .demands(changed(report.demands(), this::demand))
            .outcomes(changed(report.outcomes(), this::outcome))
            .facts(changed(report.facts(), this::fact))
            .build());
      }
    }
    return Dataset.builder().from(base).negotiations(negotiations).sources(sources).reports(reports).build();
  }

  /** Each claim as it is, or, one time in two, changed in one thing. */
  private <T> List<T> changed(List<T> claims, UnaryOperator<T> change) {
    return claims.stream().map(c -> random.nextBoolean() ? c : change.apply(c)).toList();
  }

  private ProcessEvent event(ProcessEvent e) {
    ProcessEvent.Builder b = ProcessEvent.builder().from(e);
    switch (random.nextInt(6)) {
      case 0 -> b.kind(other(ProcessEventKind.values(), e.kind()));
      case 4 -> b.timing(other(EventTiming.values(), e.timing().orElse(null)));
      case 5 -> {
        // The cause the other way round, where the event has a key and a cause.
        if (e.key().isPresent() && e.cause().isPresent()) {
          b.key(e.cause().get()).cause(e.key().get());
        } else {
          b.reason("a reason no other source gives " + random.nextInt(1000));
        }
      }
      case 1 -> b.actors(List.of(otherActor(e.actors())));
      case 2 -> b.date(later(e.date().orElse(PartialDate.of(2025, 5, 16))));
      default -> b.reason("a reason no other source gives " + random.nextInt(1000));
    }
    return b.build();
  }

  private Demand demand(Demand d) {
    Demand.Builder b = Demand.builder().from(d);
    switch (random.nextInt(3)) {
      case 0 -> b.by(d.addressee()).addressee(d.by());
      case 1 -> b.by(otherActor(List.of(d.by(), d.addressee())));
      default -> b.issue(other(Issue.values(), d.issue()));
    }
    return b.build();
  }

  private Outcome outcome(Outcome o) {
    Outcome.Builder b = Outcome.builder().from(o);
    switch (random.nextInt(3)) {
      case 0 -> b.kind(other(OutcomeKind.values(), o.kind()));
      case 1 -> b.issue(other(Issue.values(), o.issue()));
      default -> b.parties(List.of(otherActor(o.parties())));
    }
    return b.build();
  }

  private FactClaim fact(FactClaim f) {
    FactClaim.Builder b = FactClaim.builder().from(f);
    if (random.nextBoolean()) {
      b.actor(otherActor(f.actor().stream().toList()));
    } else {
      b.date(later(f.date().orElse(PartialDate.of(2024))));
    }
    return b.build();
  }

  private <E> E other(E[] values, E not) {
    E value;
    do {
      value = values[random.nextInt(values.length)];
    } while (value == not);
    return value;
  }

  private ActorId otherActor(List<ActorId> not) {
    ActorId actor;
    do {
      actor = actors.get(random.nextInt(actors.size()));
    } while (not.contains(actor));
    return actor;
  }

  /** The same precision, five years later. */
  private static PartialDate later(PartialDate d) {
    return d.day().isPresent() ? PartialDate.of(d.year() + 5, d.month().getAsInt(), 1)
        : d.month().isPresent() ? PartialDate.of(d.year() + 5, d.month().getAsInt()) : PartialDate.of(d.year() + 5);
  }
}
