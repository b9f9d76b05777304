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

  /** Two sources that give one quote to different speakers, and a quote only one of them gives. */
  private static Dataset quotes() {
    org.parley.model.ActorId envoy = org.parley.model.ActorId.of("actor:envoy");
    org.parley.model.ActorId minister = org.parley.model.ActorId.of("actor:minister");
    org.parley.model.NegotiationId talks = org.parley.model.NegotiationId.of("negotiation:quoted-talks");
    Dataset.Builder dataset = Dataset.builder()
        .addActors(org.parley.model.Actor.builder().id(envoy).kind(org.parley.model.ActorKind.PERSON).name("Envoy").build(),
            org.parley.model.Actor.builder().id(minister).kind(org.parley.model.ActorKind.PERSON).name("Minister").build())
        .addNegotiations(org.parley.model.Negotiation.builder().id(talks).title("Quoted talks").build());
    String[][] quoted = {{"envoy", "We have an agreement on the path.", "The next round is in June."},
        {"minister", "We have an agreement on the path.", null}};
    for (String[] q : quoted) {
      org.parley.model.SourceId source = org.parley.model.SourceId.of("source:" + q[0] + "-wire");
      dataset.addSources(org.parley.model.Source.builder().id(source).kind(org.parley.model.SourceKind.WIRE).build());
      Report.Builder report = Report.builder().id(org.parley.model.ReportId.of("report:" + q[0] + "-wire"))
          .source(source).negotiation(talks);
      for (int i = 1; i < q.length && q[i] != null; i++) {
        report.addStatements(org.parley.model.Statement.builder().speaker(q[0].equals("envoy") ? envoy : minister)
            .mode(org.parley.model.StatementMode.DIRECT_QUOTE).words(q[i])
            .addEvidence(org.parley.model.Evidence.of(q[i], 40 * i)).build());
      }
      dataset.addReports(report.build());
    }
    return dataset.build();
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
    Path quotes = dir.resolve("quotes.jsonl");
    Files.writeString(quotes, lines(quotes()));
    files.add(quotes);

    List<String> expected = expected(files);
    assertThat(expected).hasSizeGreaterThan(3);
    // Quotes two sources give word for word are items, and those one source gives are not: both are met here.
    assertThat(String.join("\n", expected)).contains("\"kind\":\"quote\"").doesNotContain("next round is in June");
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
