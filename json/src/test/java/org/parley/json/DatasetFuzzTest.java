package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Outcome;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.SourceId;
import org.parley.model.Venue;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import org.parley.testing.Budget;
import org.parley.testing.Fixtures;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Structure-aware fuzzing of the validator, the reconciler and the text table: the fuzzer's data
 * rewires the fixture's affiliations (cycles, unknown ids), adds reports with any venue, evidence
 * offsets and quantities, and renames actors with any string the builders accept. Invariants: no
 * rule fails ({@code rule.failed}), reconciliation completes, its text table holds no control
 * character but line ends, and what the writer writes reads back to the same dataset with the same
 * violations; the three cost no more than {@link Budget} allows for the dataset's size. In the normal build this runs in regression mode over {@code DatasetFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (see CONTRIBUTING.md).
 */
class DatasetFuzzTest {

  private static final ParleyJson JSON = ParleyJson.builder().pretty(false).build();
  private static final Validator VALIDATOR = Validator.builder().texts(Fixtures.texts()).build();

  @FuzzTest(maxDuration = "10m")
  void validatesReconcilesAndWritesAnyDatasetBuiltFromTheData(FuzzedDataProvider data) throws Exception {
    Dataset dataset;
    try {
      dataset = build(data);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException refusedByABuilder) {
      return;
    }

    byte[] written = JSON.writeBytes(dataset);
    Budget.check(written.length, () -> {
      List<Violation> violations = VALIDATOR.validate(dataset).violations();
      assertThat(violations).noneMatch(v -> v.code().equals("rule.failed"));

      String table = Reconciler.reconcileAll(dataset).stream().map(ReconciliationTable::render)
          .collect(Collectors.joining());
      assertThat(table.chars().filter(c -> c != '\n' && org.parley.validate.Printable.unsafe(c))).isEmpty();

      Dataset back = JSON.read(written);
      assertThat(VALIDATOR.validate(back).violations()).isEqualTo(violations);
      assertThat(back).isEqualTo(dataset);
    });
  }

  private static Dataset build(FuzzedDataProvider data) {
    List<Actor> actors = new ArrayList<>(Fixtures.actors());
    List<ActorId> ids = actors.stream().map(Actor::id).collect(Collectors.toList());
    ids.add(ActorId.of("actor:nobody"));
    int rewires = data.consumeInt(0, 6);
    for (int i = 0; i < rewires; i++) {
      int at = data.consumeInt(0, actors.size() - 1);
      Actor.Builder actor = Actor.builder().from(actors.get(at)).affiliation(data.pickValue(ids));
      if (data.consumeBoolean()) {
        actor.name(data.consumeString(40));
      }
      actors.set(at, actor.build());
    }
    Dataset.Builder dataset = Dataset.builder().from(Fixtures.dataset()).actors(actors);
    int reports = data.consumeInt(0, 4);
    for (int n = 0; n < reports; n++) {
      Report.Builder report = Report.builder().from(Fixtures.report()).id(ReportId.of("report:fuzz-" + n))
          .source(data.consumeBoolean() ? Fixtures.SOURCE : SourceId.of("source:fuzz"));
      if (data.consumeBoolean()) {
        report.venue(Reported.of(Venue.of(data.consumeString(30), data.consumeString(20)), evidence(data)));
      }
      if (data.consumeBoolean()) {
        Outcome first = Fixtures.report().outcomes().get(0);
        report.outcomes(List.of(Outcome.builder().from(first)
            .quantities(List.of(Quantity.of(data.consumeLong(), data.consumeString(20))))
            .evidence(List.of(evidence(data))).build()));
      }
      dataset.addReports(report.build());
    }
    return dataset.build();
  }

  private static Evidence evidence(FuzzedDataProvider data) {
    return Evidence.of(data.consumeString(60), data.consumeInt());
  }
}
