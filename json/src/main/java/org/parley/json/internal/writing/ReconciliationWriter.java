package org.parley.json.internal.writing;

import java.util.List;
import org.parley.model.NegotiationId;
import org.parley.model.SourceId;
import org.parley.reconcile.Item;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationSink;
import org.parley.reconcile.Support;
import org.parley.reconcile.TextPosition;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Reconciliation} as JSON, names equal to the Java property names: {@code
 * {"negotiation", "sources", "items": [{"kind", "key", "subject", "classification", "reason",
 * "conflicts": [{"code", "message"}],
 * "positions": [{"value", "support": [{"source", "report", "pointer", "evidence": [{"start", "end"}],
 * "assessment"}]}]}]}}: each support a compact reference to the claim, which stays in its report:
 * {@code pointer} is its JSON Pointer inside the report, {@code evidence} the code point offsets of
 * its passages in the source's document, so programs read the claim's values from the dataset.
 */
public final class ReconciliationWriter implements ReconciliationSink {

  private final JsonGenerator out;

  public ReconciliationWriter(JsonGenerator out) {
    this.out = out;
  }

  public void reconciliation(Reconciliation r) {
    r.handTo(this);
  }

  @Override
  public void begin(NegotiationId negotiation, List<SourceId> sources, List<Heading> items) {
    out.writeStartObject();
    out.writeStringProperty("negotiation", negotiation.value());
    out.writeName("sources");
    out.writeStartArray();
    sources.forEach(s -> out.writeString(s.value()));
    out.writeEndArray();
    out.writeName("items");
    out.writeStartArray();
  }

  @Override
  public void end() {
    out.writeEndArray();
    out.writeEndObject();
  }

  @Override
  public void item(Item item) {
    out.writeStartObject();
    out.writeStringProperty("kind", item.kind().wireName());
    out.writeStringProperty("key", item.key());
    out.writeStringProperty("subject", item.subject());
    out.writeStringProperty("classification", item.classification().wireName());
    item.reason().ifPresent(r -> out.writeStringProperty("reason", r));
    if (!item.conflicts().isEmpty()) {
      out.writeName("conflicts");
      out.writeStartArray();
      item.conflicts().forEach(c -> {
        out.writeStartObject();
        out.writeStringProperty("code", c.code());
        out.writeStringProperty("message", c.message());
        out.writeEndObject();
      });
      out.writeEndArray();
    }
    out.writeName("positions");
    out.writeStartArray();
    item.positions().forEach(this::position);
    out.writeEndArray();
    out.writeEndObject();
  }

  private void position(Position position) {
    out.writeStartObject();
    out.writeStringProperty("value", position.value());
    out.writeName("support");
    out.writeStartArray();
    position.support().forEach(this::support);
    out.writeEndArray();
    out.writeEndObject();
  }

  private void support(Support support) {
    out.writeStartObject();
    out.writeStringProperty("source", support.source().value());
    out.writeStringProperty("report", support.report().value());
    out.writeStringProperty("pointer", support.pointer().toString());
    out.writeName("evidence");
    out.writeStartArray();
    for (TextPosition e : support.evidence()) {
      out.writeStartObject();
      out.writeNumberProperty("start", e.start());
      out.writeNumberProperty("end", e.end());
      out.writeEndObject();
    }
    out.writeEndArray();
    support.assessment().ifPresent(a -> {
      out.writeName("assessment");
      out.writeStartObject();
      out.writeStringProperty("verdict", a.verdict().wireName());
      a.note().ifPresent(n -> out.writeStringProperty("note", n));
      a.assessor().ifPresent(n -> out.writeStringProperty("assessor", n));
      out.writeEndObject();
    });
    out.writeEndObject();
  }
}
