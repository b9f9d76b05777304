package org.parley.flink;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.functions.CoGroupFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesSplitter;
import org.parley.json.ParleyJson;
import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code reconcile} on Flink: the records of all input files pooled as {@code parley reconcile}
 * pools them (files in the order given, the first record of an id kept), then each negotiation's
 * reports reconciled by item, so that one negotiation with a million reports spreads over the
 * tasks:
 *
 * <ol>
 *   <li>records are read on every task and kept once per id (keyed by id);
 *   <li>actors, negotiations and agreements are broadcast to every task, which resolves actors with
 *       them as {@link Reconciler} does;
 *   <li>each report is filed: the items its claims go under ({@link Reconciler#itemKeys});
 *   <li>each item is built from its reports, keyed by negotiation and item ({@link Reconciler#item});
 *   <li>each negotiation's items are ordered and joined into its reconciliation, keyed by negotiation.
 * </ol>
 *
 * Each reconciliation is, byte for byte, the compact JSON {@code ParleyJson} writes for what
 * {@code Reconciler.reconcileAll} gives on the pooled dataset.
 */
public final class ReconcileJob {

  private static final TypeInformation<Filed> FILED = TypeInformation.of(Filed.class);
  private static final MapStateDescriptor<String, Filed> INDEX =
      new MapStateDescriptor<>("index", Types.STRING, FILED);
  private static final ParleyJson COMPACT = ParleyJson.builder().pretty(false).build();

  private ReconcileJob() {}

  /**
   * What a run gave: the problems of lines that could not be read (then nothing is reconciled, as
   * {@code parley reconcile} refuses such input), or one reconciliation per negotiation with reports,
   * as one line of JSON each, in the order of the negotiations.
   */
  public record Result(List<String> problems, List<String> reconciliations) {}

  /** Runs the job on {@code env} over {@code files}, pooled in this order, and collects what it gives. */
  public static Result run(StreamExecutionEnvironment env, List<Path> files) throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    List<String> problems = new ArrayList<>();
    List<Filed> reconciliations = new ArrayList<>();
    try (CloseableIterator<Filed> found = build(env, files).executeAndCollect("parley reconcile")) {
      while (found.hasNext()) {
        Filed filed = found.next();
        if (filed.type == Filed.PROBLEM) {
          problems.add(filed.json);
        } else {
          reconciliations.add(filed);
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.naturalOrder());
      return new Result(problems, List.of());
    }
    reconciliations.sort(Comparator.comparingLong(f -> f.negotiationOrder));
    return new Result(List.of(), reconciliations.stream().map(f -> f.json).toList());
  }

  static DataStream<Filed> build(StreamExecutionEnvironment env, List<Path> files) {
    Map<String, Long> fileOrder = new HashMap<>();
    for (Path file : files) {
      fileOrder.putIfAbsent(JsonLinesFormat.name(file), (long) fileOrder.size());
    }
    FileSource<Part> source = FileSource.forBulkFileFormat(new JsonLinesFormat(files), files.toArray(new Path[0])).build();
    DataStream<Filed> read = env.fromSource(source, WatermarkStrategy.noWatermarks(), "JSON Lines")
        .rebalance()
        .flatMap(new Read(fileOrder)).returns(FILED).name("read");
    DataStream<Filed> pooled = read.filter(f -> f.type == Filed.RECORD).keyBy(BY_ID, Types.STRING)
        .reduce((a, b) -> a.order <= b.order ? a : b).name("first record of each id");
    BroadcastStream<Filed> index = pooled.filter(f -> !f.kind.equals("report"))
        .broadcast(INDEX);
    DataStream<Filed> filed = pooled.filter(f -> f.kind.equals("report")).connect(index)
        .process(new FileReports(), FILED).name("file reports");
    DataStream<Filed> items = filed.filter(f -> f.type == Filed.ITEM).keyBy(BY_ITEM, Types.STRING).connect(index)
        .process(new BuildItems(), FILED).name("build items");
    DataStream<Filed> reconciled = items.coGroup(filed.filter(f -> f.type == Filed.SOURCE))
        .where(BY_NEGOTIATION, Types.STRING).equalTo(BY_NEGOTIATION, Types.STRING)
        .window(GlobalWindows.createWithEndOfStreamTrigger()).apply(new Assemble(), FILED).name("assemble");
    return reconciled.union(read.filter(f -> f.type == Filed.PROBLEM));
  }

  /** Reads a line into its record, or its problems. */
  static final class Read implements FlatMapFunction<Part, Filed> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Long> fileOrder;
    private transient Parsers parsers;

    Read(Map<String, Long> fileOrder) {
      this.fileOrder = new HashMap<>(fileOrder);
    }

    @Override
    public void flatMap(Part line, Collector<Filed> out) {
      if (line.type == Part.COUNT) {
        return;
      }
      if (parsers == null) {
        parsers = new Parsers();
      }
      for (JsonLine parsed : parsers.of(line.file, line.version).parse(new JsonLinesSplitter.Line(line.line, line.bytes))) {
        if (parsed instanceof JsonLine.ErrorLine error) {
          error.exception().problems().forEach(p -> {
            Filed problem = Filed.of(Filed.PROBLEM);
            problem.json = p.toString();
            out.collect(problem);
          });
          continue;
        }
        Filed record = Filed.of(Filed.RECORD);
        record.file = line.file;
        record.line = line.line;
        record.order = (fileOrder.get(line.file) << 40) | line.line;
        record.bytes = line.bytes;
        record.version = line.version;
        if (parsed instanceof JsonLine.ReportLine r) {
          record.kind = "report";
          record.id = r.value().id().value();
        } else {
          Object value = Texts.record(parsers.of(line.file, line.version), line.bytes);
          record.kind = value instanceof Actor ? "actor" : value instanceof Negotiation ? "negotiation"
              : value instanceof Agreement ? "agreement" : "source";
          record.id = Texts.id(value);
        }
        out.collect(record);
      }
    }
  }

  /** The pooled index as a task sees it once the broadcast is in: a reconciler and the negotiations. */
  private static final class Pooled {
    final Reconciler reconciler;
    final Map<String, Negotiation> negotiations = new HashMap<>();
    final Map<String, Long> negotiationOrder = new HashMap<>();

    Pooled(ReadOnlyBroadcastState<String, Filed> state, Parsers parsers) throws Exception {
      List<Filed> records = new ArrayList<>();
      for (Map.Entry<String, Filed> entry : state.immutableEntries()) {
        records.add(entry.getValue());
      }
      records.sort(Comparator.comparingLong(f -> f.order));
      Dataset.Builder dataset = Dataset.builder();
      for (Filed f : records) {
        Object record = Texts.record(parsers.of(f.file, f.version), f.bytes);
        if (record instanceof Actor a) {
          dataset.addActors(a);
        } else if (record instanceof Agreement a) {
          dataset.addAgreements(a);
        } else if (record instanceof org.parley.model.Source s) {
          dataset.addSources(s);   // relative dates count from a source's publication day
        } else if (record instanceof Negotiation n) {
          negotiations.put(f.id, n);
          negotiationOrder.put(f.id, f.order);
        }
      }
      reconciler = Reconciler.of(dataset.build());
    }

    Report report(Parsers parsers, Filed f) {
      return ((JsonLine.ReportLine) parsers.of(f.file, f.version).parse(new JsonLinesSplitter.Line(2, f.bytes)).get(0))
          .value();
    }
  }

  /** Files each report: its source, and the items its claims go under. */
  static final class FileReports extends BroadcastProcessFunction<Filed, Filed, Filed> {
    private static final long serialVersionUID = 1L;
    private transient Parsers parsers;
    private transient Pooled pooled;

    @Override
    public void open(OpenContext context) {
      parsers = new Parsers();
    }

    @Override
    public void processBroadcastElement(Filed record, Context context, Collector<Filed> out) throws Exception {
      context.getBroadcastState(INDEX).put(record.id, record);
    }

    @Override
    public void processElement(Filed report, ReadOnlyContext context, Collector<Filed> out) throws Exception {
      if (pooled == null) {
        // In BATCH mode the broadcast side is read whole before the first report.
        pooled = new Pooled(context.getBroadcastState(INDEX), parsers);
      }
      Report value = pooled.report(parsers, report);
      Negotiation negotiation = pooled.negotiations.get(value.negotiation().value());
      if (negotiation == null) {
        return;   // as reconcileAll: only the dataset's negotiations are reconciled
      }
      Filed source = Filed.of(Filed.SOURCE);
      source.negotiation = negotiation.id().value();
      source.negotiationOrder = pooled.negotiationOrder.get(source.negotiation);
      source.order = report.order;
      source.id = value.source().value();
      out.collect(source);
      List<String> keys = pooled.reconciler.itemKeys(negotiation, value);
      for (int i = 0; i < keys.size(); i++) {
        Filed item = Filed.of(Filed.ITEM);
        item.negotiation = source.negotiation;
        item.negotiationOrder = source.negotiationOrder;
        item.item = keys.get(i);
        item.index = i;
        item.order = report.order;
        item.file = report.file;
        item.bytes = report.bytes;
        item.version = report.version;
        out.collect(item);
      }
    }
  }

  /** Builds each item from the reports filed under it, in pooled order, when its key's input is complete. */
  static final class BuildItems extends KeyedBroadcastProcessFunction<String, Filed, Filed, Filed> {
    private static final long serialVersionUID = 1L;
    private transient Parsers parsers;
    private transient Pooled pooled;
    private transient ListState<Filed> reports;

    @Override
    public void open(OpenContext context) {
      parsers = new Parsers();
      reports = getRuntimeContext().getListState(new ListStateDescriptor<>("reports", FILED));
    }

    @Override
    public void processBroadcastElement(Filed record, Context context, Collector<Filed> out) throws Exception {
      context.getBroadcastState(INDEX).put(record.id, record);
    }

    @Override
    public void processElement(Filed item, ReadOnlyContext context, Collector<Filed> out) throws Exception {
      if (pooled == null) {
        pooled = new Pooled(context.getBroadcastState(INDEX), parsers);
      }
      reports.add(item);
      // In BATCH mode a key's timers fire once all its records are in.
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Filed> out) throws Exception {
      List<Filed> filed = new ArrayList<>();
      reports.get().forEach(filed::add);
      reports.clear();
      filed.sort(Comparator.comparingLong((Filed f) -> f.order).thenComparingInt(f -> f.index));
      Filed first = filed.get(0);
      List<Report> values = new ArrayList<>(filed.size());
      filed.forEach(f -> values.add(pooled.report(parsers, f)));
      Negotiation negotiation = pooled.negotiations.get(first.negotiation);
      Optional<Item> shown = pooled.reconciler.item(negotiation, values, first.item);
      if (shown.isEmpty()) {
        return;   // a quote one source alone gives: filed, compared with nothing, not an item
      }
      Item item = shown.get();
      Filed built = Filed.of(Filed.ITEM_JSON);
      built.negotiation = first.negotiation;
      built.negotiationOrder = first.negotiationOrder;
      built.item = first.item;
      built.order = first.order;
      built.index = first.index;
      built.classification = item.classification().ordinal();
      built.itemKind = item.kind().ordinal();
      built.subject = item.subject();
      String json = COMPACT.write(item);
      built.json = json.substring(0, json.length() - 1);   // without its line end
      out.collect(built);
    }
  }

  /** Joins a negotiation's items, ordered as {@link Reconciler#reconcile} orders them, and its sources. */
  static final class Assemble implements CoGroupFunction<Filed, Filed, Filed> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public void coGroup(Iterable<Filed> items, Iterable<Filed> sources, Collector<Filed> out) {
      List<Filed> ordered = new ArrayList<>();
      items.forEach(ordered::add);
      // By classification, kind and subject; then in the order the items were first filed.
      ordered.sort(Comparator.comparingInt((Filed f) -> f.classification).thenComparingInt(f -> f.itemKind)
          .thenComparing(f -> f.subject).thenComparingLong(f -> f.order).thenComparingInt(f -> f.index));
      List<Filed> bySource = new ArrayList<>();
      sources.forEach(bySource::add);
      bySource.sort(Comparator.comparingLong(f -> f.order));
      LinkedHashSet<String> sourceIds = new LinkedHashSet<>();
      bySource.forEach(f -> sourceIds.add(f.id));
      Filed any = bySource.get(0);
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
        // The fields of ParleyJson's reconciliation, in its order; each item as ParleyJson wrote it.
        g.writeStartObject();
        g.writeStringProperty("negotiation", any.negotiation);
        g.writeName("sources");
        g.writeStartArray();
        sourceIds.forEach(g::writeString);
        g.writeEndArray();
        g.writeName("items");
        g.writeStartArray();
        ordered.forEach(f -> g.writeRawValue(f.json));
        g.writeEndArray();
        g.writeEndObject();
      }
      Filed reconciliation = Filed.of(Filed.RECONCILIATION);
      reconciliation.negotiation = any.negotiation;
      reconciliation.negotiationOrder = any.negotiationOrder;
      reconciliation.json = text.toString();
      out.collect(reconciliation);
    }
  }

  private static final KeySelector<Filed, String> BY_ID = f -> f.id;
  private static final KeySelector<Filed, String> BY_ITEM = f -> f.negotiation + "\n" + f.item;
  private static final KeySelector<Filed, String> BY_NEGOTIATION = f -> f.negotiation;
}
