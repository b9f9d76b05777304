package org.parley.json;

import org.parley.model.Evidence;
import org.parley.reconcile.Item;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.Support;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Reconciliation} as JSON, names equal to the Java property names: {@code
 * {"negotiation", "sources", "items": [{"kind", "key", "subject", "classification", "reason",
 * "conflicts": [{"code", "message"}],
 * "positions": [{"value", "support": [{"source", "report", "evidence", "assessment", "claim"}]}]}]}}: the
 * claim is the typed claim the source's report holds, in its form inside a report, so programs read
 * values, not display text.
 */
final class ReconciliationWriter {

  private final JsonGenerator out;
  private final ModelWriter model;

  ReconciliationWriter(JsonGenerator out) {
    this.out = out;
    this.model = new ModelWriter(out);
  }

  void reconciliation(Reconciliation r) {
    out.writeStartObject();
    out.writeStringProperty("negotiation", r.negotiation().value());
    out.writeName("sources");
    out.writeStartArray();
    r.sources().forEach(s -> out.writeString(s.value()));
    out.writeEndArray();
    out.writeName("items");
    out.writeStartArray();
    r.items().forEach(this::item);
    out.writeEndArray();
    out.writeEndObject();
  }

  void item(Item item) {
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
    out.writeName("evidence");
    out.writeStartArray();
    for (Evidence e : support.evidence()) {
      out.writeStartObject();
      out.writeStringProperty("text", e.text());
      out.writeNumberProperty("start", e.start());
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
    out.writeName("claim");
    model.anyClaim(support.claim());
    out.writeEndObject();
  }
}
