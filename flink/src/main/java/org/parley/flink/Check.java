package org.parley.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesSplitter;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.JsonPointer;
import org.parley.validate.Codes;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.ValidationSession;
import org.parley.validate.Validator;
import org.parley.validate.Violation;
import org.parley.model.Source;

/**
 * Checks each report with every rule, against the records it names and nothing else: a fresh
 * {@link ValidationSession} per report holding the records found for it, so the rules run exactly
 * as in the single-process validator. Reports arrive keyed by their source, so a task reads each
 * source's text once and keeps the last few (the evidence checks).
 */
final class Check extends RichFlatMapFunction<Part, Part> {

  private static final long serialVersionUID = 1L;
  private static final JsonPointer REPORT = JsonPointer.root().child("report");
  /** Source texts kept per task, most recently used. */
  private static final int TEXTS = 64;
  /** Index records kept per task, read once: each report names a few of the same actors again. */
  private static final int RECORDS = 1 << 14;

  private final String texts;
  private final boolean textsInFile;
  private transient Validator validator;
  private transient Validator withGivenText;
  /** The text travelling with the report being checked, when texts come as a file. */
  private transient SourceText given;
  private transient Map<String, SourceText> givenTexts;
  private transient Parsers parsers;
  private transient Map<String, Object> parsed;

  /**
   * Checks against the documents in the folder {@code texts}, or none when it is null; or, when {@code
   * textsInFile}, against the text each report's bundle carries.
   */
  Check(String texts, boolean textsInFile) {
    this.texts = texts;
    this.textsInFile = textsInFile;
  }

  @Override
  public void open(OpenContext context) {
    validator = Validator.builder().texts(new Cached(textsInFile ? SourceTexts.none() : Texts.of(texts))).build();
    withGivenText = Validator.builder().texts(source -> Optional.ofNullable(given)).build();
    givenTexts = Lru.of(TEXTS);
    parsers = new Parsers();
    parsed = Lru.of(RECORDS);
  }

  @Override
  public void flatMap(Part bundle, Collector<Part> out) {
    JsonLinesSplitter.Parser parser = parsers.of(bundle.file, bundle.version);
    Map<String, Object> records = new LinkedHashMap<>();
    for (int i = 0; i < bundle.records.length; i++) {
      // A file's record of an id is always its first: the same for every report that names it.
      byte[] bytes = bundle.records[i];
      String id = bundle.ids[i];
      Object record = bytes.length == 0 ? Texts.stub(id)
          : parsed.computeIfAbsent(id + "\n" + bundle.fileIndex, k -> Texts.record(parser, bytes));
      records.put(bundle.ids[i], record);
    }
    for (int i = 0; i < bundle.keys.length; i += 2) {
      // The first party on the responder's affiliations, found on the whole index, as its affiliation here.
      Actor responder = (Actor) records.get(bundle.keys[i]);
      records.put(bundle.keys[i], Actor.builder().from(responder).affiliation(ActorId.of(bundle.keys[i + 1])).build());
    }
    ValidationSession session;
    if (textsInFile) {
      given = bundle.message == null ? null
          : givenTexts.computeIfAbsent(bundle.key2 + "\n" + bundle.fileIndex, k -> SourceText.of(bundle.message));
      session = withGivenText.session();
    } else {
      session = validator.session();
    }
    records.values().forEach(record -> Texts.add(session, record));
    JsonLine.ReportLine report = (JsonLine.ReportLine) parser.parse(new JsonLinesSplitter.Line(2, bundle.bytes)).get(0);
    for (Violation v : session.check(report.value(), REPORT, "line " + bundle.line)) {
      if (v.code().equals(Codes.KEY_JOINS_UNLIKE_KINDS)) {
        continue;   // a report alone cannot tell which claim came first under a key: UnlikeKinds finds them all
      }
      out.collect(Problems.part(v, bundle.file, bundle.line, v.path()));
    }
  }

  /** Source texts remembered by source, read once while a task meets that source's reports. */
  static final class Cached implements SourceTexts {
    private final SourceTexts texts;
    private final Map<Source, Object> found = Lru.of(TEXTS);
    private final Map<Source, Optional<String>> unavailable = Lru.of(TEXTS);

    Cached(SourceTexts texts) {
      this.texts = texts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SourceText> find(Source source) {
      Object known = found.get(source);
      if (known == null) {
        try {
          known = texts.find(source);
        } catch (RuntimeException e) {
          known = e;
        }
        found.put(source, known);
      }
      if (known instanceof RuntimeException e) {
        throw e;
      }
      return (Optional<SourceText>) known;
    }

    @Override
    public Optional<String> unavailable(Source source) {
      return unavailable.computeIfAbsent(source, texts::unavailable);
    }
  }
}
