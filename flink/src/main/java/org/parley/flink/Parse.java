package org.parley.flink;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.json.JsonLine;
import org.parley.json.JsonLinesSplitter;
import org.parley.model.ActorId;
import org.parley.model.JsonPointer;
import org.parley.model.Report;
import org.parley.model.TypedId;
import org.parley.validate.KeyedKinds;
import org.parley.validate.References;

/**
 * Parses lines on any task and says what each needs: an index record becomes a {@link Part#DEF};
 * a report becomes the report itself, its id and its account (for the checks across reports), a
 * {@link Part#REF} for every record it names and a {@link Part#CHAIN} for every responder; a bad
 * line becomes its problems. A file's count of records passes through.
 */
final class Parse implements FlatMapFunction<Part, Part> {

  private static final long serialVersionUID = 1L;
  private static final JsonPointer REPORT = JsonPointer.root().child("report");
  /** Whether sources' documents are sent on ({@link Part#DOC}), to be joined with a file of texts. */
  private final boolean documents;
  private transient Parsers parsers;

  Parse(boolean documents) {
    this.documents = documents;
  }

  @Override
  public void flatMap(Part line, Collector<Part> out) {
    if (line.type == Part.COUNT) {
      out.collect(line);
      return;
    }
    if (parsers == null) {
      parsers = new Parsers();
    }
    List<JsonLine> lines = parsers.of(line.file, line.version).parse(new JsonLinesSplitter.Line(line.line, line.bytes));
    for (JsonLine parsed : lines) {
      if (parsed instanceof JsonLine.ErrorLine error) {
        error.exception().problems().forEach(problem -> out.collect(Problems.part(problem)));
        continue;
      }
      long number = parsed.lineNumber();
      if (parsed instanceof JsonLine.ReportLine r) {
        report(r.value(), line, number, out);
      } else {
        Part def = Part.of(Part.DEF, line, number);
        def.key = id(parsed).value();
        def.bytes = line.bytes;
        def.version = line.version;
        out.collect(def);
        if (documents && parsed instanceof JsonLine.SourceLine s && s.value().document().isPresent()) {
          Part document = Part.of(Part.DOC, line, number);   // for texts given as a file: joined by path
          document.key = s.value().document().get().path();
          document.key2 = def.key;
          out.collect(document);
        }
      }
    }
  }

  private static TypedId id(JsonLine line) {
    if (line instanceof JsonLine.ActorLine a) {
      return a.value().id();
    } else if (line instanceof JsonLine.NegotiationLine n) {
      return n.value().id();
    } else if (line instanceof JsonLine.AgreementLine a) {
      return a.value().id();
    } else if (line instanceof JsonLine.SourceLine s) {
      return s.value().id();
    }
    throw new IllegalStateException("no id for " + line);
  }

  private static void report(Report report, Part line, long number, Collector<Part> out) {
    Part whole = Part.of(Part.REPORT, line, number);
    whole.key = report.id().value();
    whole.key2 = report.source().value();
    whole.bytes = line.bytes;
    whole.version = line.version;
    out.collect(whole);
    Part id = Part.of(Part.REPORT_ID, line, number);
    id.key = report.id().value();
    out.collect(id);
    Part account = Part.of(Part.ACCOUNT, line, number);
    account.key = report.source().value() + " " + report.negotiation().value();
    account.key2 = report.id().value();
    out.collect(account);
    List<KeyedKinds.Keyed> keyed = KeyedKinds.of(report);
    for (int i = 0; i < keyed.size(); i++) {
      Part claim = Part.of(Part.KEYED, line, number);
      claim.at = i;
      claim.key = keyed.get(i).item();
      claim.key2 = keyed.get(i).kind();
      claim.message = REPORT.append(keyed.get(i).pointer()).toString();
      claim.keys = new String[] {keyed.get(i).key()};
      out.collect(claim);
    }
    for (TypedId named : References.of(report)) {
      Part ref = Part.of(Part.REF, line, 0);
      ref.at = number;
      ref.key = named.value();
      out.collect(ref);
    }
    Set<ActorId> responders = new LinkedHashSet<>();
    report.demands().forEach(d -> d.response().ifPresent(r -> responders.add(r.by())));
    for (ActorId responder : responders) {
      Part chain = Part.of(Part.CHAIN, line, 0);
      chain.at = number;
      chain.key = responder.value();
      chain.key2 = report.negotiation().value();
      out.collect(chain);
    }
  }
}
