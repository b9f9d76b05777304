package org.parley.json;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Assessment;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.Negotiation;
import org.parley.model.Outcome;
import org.parley.model.PersonTitle;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.Source;
import org.parley.model.Statement;
import org.parley.model.TypedId;
import org.parley.model.Venue;
import org.parley.model.WireEnum;
import tools.jackson.core.JsonGenerator;

/**
 * Writes each type of the model in its JSON form: fields in the fixed order of {@link Fields},
 * absent optional values and empty lists left out, so equal values always give equal bytes.
 */
final class ModelWriter {

  private final JsonGenerator out;

  ModelWriter(JsonGenerator out) {
    this.out = out;
  }

  void dataset(Dataset d) {
    out.writeStartObject();
    out.writeStringProperty("parley", d.schemaVersion());
    list("actors", d.actors(), this::actor);
    list("negotiations", d.negotiations(), this::negotiation);
    list("sources", d.sources(), this::source);
    list("reports", d.reports(), this::report);
    out.writeEndObject();
  }

  void actor(Actor a) {
    out.writeStartObject();
    id("id", a.id());
    wire("kind", a.kind());
    out.writeStringProperty("name", a.name());
    list("aliases", a.aliases(), out::writeString);
    string("wikidataId", a.wikidataId());
    string("country", a.country());
    a.affiliation().ifPresent(id -> id("affiliation", id));
    out.writeEndObject();
  }

  void negotiation(Negotiation n) {
    out.writeStartObject();
    id("id", n.id());
    out.writeStringProperty("title", n.title());
    ids("parties", n.parties());
    ids("hosts", n.hosts());
    ids("mediators", n.mediators());
    n.previousRound().ifPresent(id -> id("previousRound", id));
    out.writeEndObject();
  }

  void source(Source s) {
    out.writeStartObject();
    id("id", s.id());
    wire("kind", s.kind());
    string("outlet", s.outlet());
    string("author", s.author());
    string("headline", s.headline());
    string("url", s.url());
    s.publicationDate().ifPresent(d -> out.writeStringProperty("publicationDate", d.format()));
    string("language", s.language());
    ids("cites", s.cites());
    s.document().ifPresent(d -> {
      out.writeName("document");
      out.writeStartObject();
      out.writeStringProperty("path", d.path());
      out.writeStringProperty("sha256", d.sha256());
      out.writeEndObject();
    });
    out.writeEndObject();
  }

  void report(Report r) {
    out.writeStartObject();
    id("id", r.id());
    id("source", r.source());
    id("negotiation", r.negotiation());
    reported("date", r.date(), d -> out.writeString(d.format()));
    reported("venue", r.venue(), this::venue);
    reported("duration", r.duration(), this::duration);
    list("delegations", r.delegations(), this::delegation);
    list("demands", r.demands(), this::demand);
    list("outcomes", r.outcomes(), this::outcome);
    list("statements", r.statements(), this::statement);
    list("titles", r.titles(), this::title);
    out.writeEndObject();
  }

  private <T> void reported(String name, Optional<Reported<T>> reported, Consumer<T> value) {
    if (reported.isPresent()) {
      out.writeName(name);
      out.writeStartObject();
      out.writeName("value");
      value.accept(reported.get().value());
      claim(reported.get());
      out.writeEndObject();
    }
  }

  private void venue(Venue v) {
    out.writeStartObject();
    out.writeStringProperty("name", v.name());
    string("city", v.city());
    out.writeEndObject();
  }

  private void duration(DurationEstimate d) {
    out.writeStartObject();
    out.writeNumberProperty("minutes", d.minutes());
    wire("qualifier", d.qualifier());
    out.writeEndObject();
  }

  private void claim(Claim c) {
    list("evidence", c.evidence(), this::evidence);
    c.assessment().ifPresent(this::assessment);
  }

  private void evidence(Evidence e) {
    out.writeStartObject();
    out.writeStringProperty("text", e.text());
    out.writeNumberProperty("start", e.start());
    out.writeEndObject();
  }

  private void assessment(Assessment a) {
    out.writeName("assessment");
    out.writeStartObject();
    wire("verdict", a.verdict());
    string("note", a.note());
    string("assessor", a.assessor());
    out.writeEndObject();
  }

  private void delegation(Delegation d) {
    out.writeStartObject();
    id("party", d.party());
    wire("role", d.role());
    d.head().ifPresent(id -> id("head", id));
    list("members", d.members(), this::member);
    claim(d);
    out.writeEndObject();
  }

  private void member(DelegationMember m) {
    out.writeStartObject();
    id("person", m.person());
    string("title", m.title());
    claim(m);
    out.writeEndObject();
  }

  private void demand(Demand d) {
    out.writeStartObject();
    id("by", d.by());
    id("addressee", d.addressee());
    wire("issue", d.issue());
    out.writeStringProperty("description", d.description());
    list("regions", d.regions(), out::writeString);
    list("conditions", d.conditions(), out::writeString);
    d.response().ifPresent(this::response);
    claim(d);
    out.writeEndObject();
  }

  private void response(Response r) {
    out.writeName("response");
    out.writeStartObject();
    wire("kind", r.kind());
    id("by", r.by());
    string("description", r.description());
    claim(r);
    out.writeEndObject();
  }

  private void outcome(Outcome o) {
    out.writeStartObject();
    wire("kind", o.kind());
    wire("issue", o.issue());
    ids("parties", o.parties());
    wire("status", o.status());
    out.writeStringProperty("description", o.description());
    list("quantities", o.quantities(), this::quantity);
    claim(o);
    out.writeEndObject();
  }

  private void quantity(Quantity q) {
    out.writeStartObject();
    out.writeNumberProperty("amount", q.amount());
    out.writeStringProperty("unit", q.unit());
    wire("basis", q.basis());
    out.writeEndObject();
  }

  private void statement(Statement s) {
    out.writeStartObject();
    id("speaker", s.speaker());
    wire("mode", s.mode());
    out.writeStringProperty("words", s.words());
    s.channel().ifPresent(c -> wire("channel", c));
    list("attribution", s.attribution(), this::attribution);
    claim(s);
    out.writeEndObject();
  }

  private void attribution(Attribution a) {
    out.writeStartObject();
    out.writeStringProperty("description", a.description());
    a.actor().ifPresent(id -> id("actor", id));
    out.writeEndObject();
  }

  private void title(PersonTitle t) {
    out.writeStartObject();
    id("person", t.person());
    out.writeStringProperty("title", t.title());
    claim(t);
    out.writeEndObject();
  }

  private void id(String name, TypedId id) {
    out.writeStringProperty(name, id.value());
  }

  private void ids(String name, List<ActorId> ids) {
    list(name, ids, id -> out.writeString(id.value()));
  }

  private void wire(String name, WireEnum value) {
    out.writeStringProperty(name, value.wireName());
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get());
    }
  }

  private <T> void list(String name, List<T> items, Consumer<T> item) {
    if (!items.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      items.forEach(item);
      out.writeEndArray();
    }
  }
}
