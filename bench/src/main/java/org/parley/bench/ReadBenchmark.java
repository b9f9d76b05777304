package org.parley.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.ValidationSummary;
import org.parley.validate.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Six ways through the same bytes of the JSON Lines corpus, one whole pass per operation. Time per
 * pass and the corpus size give MB/s; {@link BenchMain} prints the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  /** Where the corpus is; set by {@link BenchMain}. */
  public static final String CORPUS_PROPERTY = "parley.bench.corpus";

  private byte[] corpus;
  private final JsonFactory factory = JsonFactory.builder().build();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private ObjectReader plainReader;
  private ObjectReader modelReader;
  private JsonLinesValidator validator;
  private JsonLinesValidator allCores;
  private Schema lineSchema;

  @Setup
  public void load() throws IOException {
    corpus = Files.readAllBytes(Path.of(System.getProperty(CORPUS_PROPERTY)));
    plainReader = mapper.readerFor(PlainRecords.Line.class);
    modelReader = ImmutablesDatabind.mapper().readerFor(ImmutablesDatabind.Line.class);
    validator = new JsonLinesValidator(ParleyJson.standard(), Validator.builder().texts(Corpus.texts()).build());
    allCores = validator.withThreads(Runtime.getRuntime().availableProcessors());
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(ParleyJson.SCHEMA_ID, ParleyJson.schema())));
    lineSchema = registry.getSchema(SchemaLocation.of(ParleyJson.SCHEMA_ID + "#/$defs/line"));
  }

  /** (1) The limit: every token of the corpus, nothing built. */
  @Benchmark
  public long jacksonTokenScan() {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), corpus)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** (2) Parley: read every line strictly into the model and validate every record. */
  @Benchmark
  public long parleyReadAndValidate(Blackhole hole) {
    return validateCorpus(validator, hole);
  }

  /** (6) Parley: as (2), lines parsed on every core, validated in line order. */
  @Benchmark
  public long parleyReadAndValidateAllCores(Blackhole hole) {
    return validateCorpus(allCores, hole);
  }

  /** Validates the whole corpus, which must be valid, and gives the records read. */
  private long validateCorpus(JsonLinesValidator with, Blackhole hole) {
    ValidationSummary summary = with.validate(new ByteArrayInputStream(corpus), hole::consume);
    if (summary.errors() != 0) {
      throw new IllegalStateException("the corpus should be valid, found " + summary.errors() + " errors");
    }
    return summary.records();
  }

  /** (3) Parley: read every line strictly into the model. */
  @Benchmark
  public long parleyRead(Blackhole hole) {
    try (Stream<JsonLine> lines = ParleyJson.standard().readLines(new ByteArrayInputStream(corpus))) {
      return lines.peek(hole::consume).count();
    }
  }

  /**
   * (7) Jackson databind into the model itself through its Immutables builders ({@link
   * ImmutablesDatabind}): the peer a user of Immutables and Jackson writes first; the builders' checks, no
   * rules.
   */
  @Benchmark
  public long databindImmutablesModel(Blackhole hole) {
    long lines = 0;
    try (MappingIterator<ImmutablesDatabind.Line> it = modelReader.readValues(corpus)) {
      while (it.hasNext()) {
        hole.consume(it.next());
        lines++;
      }
    }
    return lines;
  }

  /** (4) Jackson databind into plain records of the same shape, no checks beyond types. */
  @Benchmark
  public long databindPlainRecords(Blackhole hole) {
    long lines = 0;
    try (MappingIterator<PlainRecords.Line> it = plainReader.readValues(corpus)) {
      while (it.hasNext()) {
        hole.consume(it.next());
        lines++;
      }
    }
    return lines;
  }

  /** (5) networknt json-schema-validator: each line parsed to a tree and validated against Parley's schema. */
  @Benchmark
  public long networkntSchema(Blackhole hole) {
    long lines = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(corpus)) {
      while (it.hasNext()) {
        List<Error> errors = lineSchema.validate(it.next());
        if (!errors.isEmpty()) {
          throw new IllegalStateException("the corpus should pass the schema: " + errors);
        }
        hole.consume(errors);
        lines++;
      }
    }
    return lines;
  }

}
