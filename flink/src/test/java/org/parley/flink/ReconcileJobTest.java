package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import org.parley.model.Dataset;
import org.parley.model.Report;
import org.parley.reconcile.Reconciler;
import org.parley.testing.RandomDatasets;

/**
 * The Flink job gives, byte for byte, what {@link Reconciler#reconcileAll} gives on the records of
 * the same files pooled as {@code parley reconcile} pools them; on a local MiniCluster with
 * parallelism 2.
 */
class ReconcileJobTest {

  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
  private static final ParleyJson COMPACT = ParleyJson.builder().pretty(false).build();

  @TempDir
  Path dir;

  /** The files' records pooled (files in order, the first record of an id kept), reconciled in one process. */
  private static List<String> expected(List<Path> files) throws IOException {
    Dataset.Builder pooled = Dataset.builder();
    Set<Object> seen = new HashSet<>();
    for (Path file : files) {
      try (Stream<JsonLine> lines = ParleyJson.standard().readLines(file)) {
        lines.forEach(line -> {
          line.actor().filter(a -> seen.add(a.id())).ifPresent(pooled::addActors);
          line.negotiation().filter(n -> seen.add(n.id())).ifPresent(pooled::addNegotiations);
          line.agreement().filter(a -> seen.add(a.id())).ifPresent(pooled::addAgreements);
          line.source().filter(s -> seen.add(s.id())).ifPresent(pooled::addSources);
          line.report().filter(r -> seen.add(r.id())).ifPresent(pooled::addReports);
        });
      }
    }
    List<String> json = new ArrayList<>();
    for (var reconciliation : Reconciler.reconcileAll(pooled.build())) {
      String text = COMPACT.write(reconciliation);
      json.add(text.substring(0, text.length() - 1));
    }
    return json;
  }

  private static ReconcileJob.Result flink(List<Path> files) throws Exception {
    return ReconcileJob.run(StreamExecutionEnvironment.createLocalEnvironment(2),
        files.stream().map(f -> new org.apache.flink.core.fs.Path(f.toString())).toList());
  }

  @Test
  void reconcilesTheSeedDatasetAsTheReconcilerDoes() throws Exception {
    List<Path> files = List.of(Path.of("..", "seeds", "istanbul-2025.parley.jsonl"));   // relative, as a user types it

    ReconcileJob.Result result = flink(files);

    assertThat(result.problems()).isEmpty();
    assertThat(result.reconciliations()).hasSize(1).first().asString()
        .startsWith("{\"negotiation\":\"negotiation:istanbul-2025\",\"sources\":[\"source:newsaz-bekish-opinion\",")
        .contains("\"classification\":\"conflict\"");
    assertThat(result.reconciliations()).containsExactlyElementsOf(expected(files));
  }

  private static String lines(Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParleyJson.standard().writeLines(dataset, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reconcilesRandomDatasetsSplitAcrossFilesAsTheReconcilerDoes() throws Exception {
    // Many reports of few negotiations: the random datasets' ids repeat, so the pooled negotiations gather
    // the reports of many datasets, and the first actor of an id wins across files.
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < 30; f++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        Dataset dataset = RandomDatasets.of(f * 10L + i);
        // Each report under its own id, so that the pool keeps every one.
        List<Report> reports = dataset.reports().stream().map(r -> Report.builder().from(r)
            .id(org.parley.model.ReportId.of(r.id().value() + "-" + text.length())).build()).toList();
        String part = lines(Dataset.builder().from(dataset).reports(reports).build());
        text.append(i == 0 ? part : part.substring(part.indexOf('\n') + 1));
      }
      Path file = dir.resolve("part-" + f + ".jsonl");
      Files.writeString(file, text);
      files.add(file);
    }
    files.add(SEEDS.resolve("istanbul-2025.parley.jsonl"));

    List<String> expected = expected(files);
    assertThat(expected).hasSizeGreaterThan(3);
    ReconcileJob.Result result = flink(files);

    assertThat(result.problems()).isEmpty();
    assertThat(result.reconciliations()).containsExactlyElementsOf(expected);
  }

  @Test
  void refusesFilesWithLinesItCannotRead() throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"parley\":\"1.1\"}\n{\"actor\": oops}\n");

    ReconcileJob.Result result = flink(List.of(file));

    assertThat(result.reconciliations()).isEmpty();
    assertThat(result.problems()).containsExactly(file + ":2:11: error json.syntax /actor: Unrecognized token 'oops':"
        + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }
}
