// Over 400 lines: one method per object type of the format. A table-driven form shared with the
// reader read 19 % slower; ARCHITECTURE.md ("How data flows") says why it is not here yet.
package org.parley.json;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.*;
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

  JsonGenerator out() {
    return out;
  }

  void dataset(Dataset d) {
    out.writeStartObject();
    out.writeStringProperty("parley", d.schemaVersion());
    list("actors", d.actors(), this::actor);
    list("negotiations", d.negotiations(), this::negotiation);
    list("agreements", d.agreements(), this::agreement);
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
    id("affiliation", a.affiliation());
    list("demonyms", a.demonyms(), out::writeString);
    ids("members", a.members());
    flag("anonymous", a.anonymous());
    out.writeEndObject();
  }

  void negotiation(Negotiation n) {
    out.writeStartObject();
    id("id", n.id());
    out.writeStringProperty("title", n.title());
    ids("parties", n.parties());
    ids("hosts", n.hosts());
    ids("mediators", n.mediators());
    id("previousRound", n.previousRound());
    number("round", n.round());
    wire("format", n.format());
    out.writeEndObject();
  }

  void agreement(Agreement a) {
    out.writeStartObject();
    id("id", a.id());
    out.writeStringProperty("name", a.name());
    wire("type", a.type());
    id("negotiation", a.negotiation());
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
    date("publicationDate", s.publicationDate());
    string("language", s.language());
    ids("cites", s.cites());
    s.document().ifPresent(d -> {
      out.writeName("document");
      document(d);
    });
    id("originalPublisher", s.originalPublisher());
    wire("completeness", s.completeness());
    list("revisions", s.revisions(), this::revision);
    out.writeEndObject();
  }

  void document(Document d) {
    out.writeStartObject();
    out.writeStringProperty("path", d.path());
    out.writeStringProperty("sha256", d.sha256());
    out.writeEndObject();
  }

  void revision(Revision r) {
    out.writeStartObject();
    wire("kind", r.kind());
    date("date", r.date());
    string("note", r.note());
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
    list("dates", r.dates(), this::dateClaim);
    list("agreements", r.agreements(), this::agreementClaim);
    list("roles", r.roles(), this::role);
    list("events", r.events(), this::event);
    list("facts", r.facts(), this::fact);
    out.writeEndObject();
  }

  /** A reported date, venue or duration with its evidence. */
  void reported(Reported<?> r) {
    out.writeStartObject();
    out.writeName("value");
    Object value = r.value();
    if (value instanceof PartialDate d) {
      out.writeString(d.format());
    } else if (value instanceof Venue v) {
      venue(v);
    } else if (value instanceof DurationEstimate d) {
      duration(d);
    } else {
      throw new IllegalArgumentException("Parley has no JSON form for a reported " + value.getClass().getName()
          + "; a report gives dates (PartialDate), venues (Venue) and durations (DurationEstimate)");
    }
    claim(r);
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

  void venue(Venue v) {
    out.writeStartObject();
    out.writeStringProperty("name", v.name());
    string("city", v.city());
    out.writeEndObject();
  }

  void duration(DurationEstimate d) {
    out.writeStartObject();
    out.writeNumberProperty("minutes", d.minutes());
    wire("qualifier", d.qualifier());
    out.writeEndObject();
  }

  /** The fields every claim has, in the order every claim type lists them last. */
  private void claim(Claim c) {
    list("evidence", c.evidence(), this::evidence);
    c.assessment().ifPresent(a -> {
      out.writeName("assessment");
      assessment(a);
    });
    string("note", c.note());
  }

  void evidence(Evidence e) {
    out.writeStartObject();
    out.writeStringProperty("text", e.text());
    out.writeNumberProperty("start", e.start());
    wire("part", e.part());
    string("language", e.language());
    flag("translated", e.translated());
    out.writeEndObject();
  }

  void assessment(Assessment a) {
    out.writeStartObject();
    wire("verdict", a.verdict());
    string("note", a.note());
    string("assessor", a.assessor());
    out.writeEndObject();
  }

  void delegation(Delegation d) {
    out.writeStartObject();
    id("party", d.party());
    wire("role", d.role());
    id("head", d.head());
    list("members", d.members(), this::member);
    claim(d);
    out.writeEndObject();
  }

  void member(DelegationMember m) {
    out.writeStartObject();
    id("person", m.person());
    string("title", m.title());
    claim(m);
    out.writeEndObject();
  }

  void demand(Demand d) {
    out.writeStartObject();
    string("key", d.key());
    id("by", d.by());
    id("addressee", d.addressee());
    wire("issue", d.issue());
    list("otherIssues", d.otherIssues(), i -> out.writeString(i.wireName()));
    string("description", d.description());
    list("regions", d.regions(), out::writeString);
    list("conditions", d.conditions(), out::writeString);
    d.response().ifPresent(r -> {
      out.writeName("response");
      response(r);
    });
    claim(d);
    out.writeEndObject();
  }

  void response(Response r) {
    out.writeStartObject();
    wire("kind", r.kind());
    id("by", r.by());
    string("description", r.description());
    claim(r);
    out.writeEndObject();
  }

  void outcome(Outcome o) {
    out.writeStartObject();
    string("key", o.key());
    wire("kind", o.kind());
    wire("issue", o.issue());
    list("otherIssues", o.otherIssues(), i -> out.writeString(i.wireName()));
    id("agreement", o.agreement());
    string("provision", o.provision());
    ids("parties", o.parties());
    wire("status", o.status());
    string("description", o.description());
    list("quantities", o.quantities(), this::quantity);
    claim(o);
    out.writeEndObject();
  }

  void quantity(Quantity q) {
    out.writeStartObject();
    out.writeNumberProperty("amount", q.amount());
    q.max().ifPresent(max -> out.writeNumberProperty("max", max));
    if (q.qualifier() != QuantityQualifier.EXACT) {
      wire("qualifier", q.qualifier());
    }
    out.writeStringProperty("unit", q.unit());
    wire("basis", q.basis());
    string("words", q.words());
    id("by", q.by());
    id("to", q.to());
    flag("part", q.part());
    out.writeEndObject();
  }

  void statement(Statement s) {
    out.writeStartObject();
    id("speaker", s.speaker());
    id("onBehalfOf", s.onBehalfOf());
    wire("mode", s.mode());
    out.writeStringProperty("words", s.words());
    wire("channel", s.channel());
    list("attribution", s.attribution(), this::attribution);
    s.about().ifPresent(a -> {
      out.writeName("about");
      about(a);
    });
    wire("stance", s.stance());
    claim(s);
    out.writeEndObject();
  }

  void about(About a) {
    out.writeStartObject();
    wire("kind", a.kind());
    out.writeStringProperty("key", a.key());
    out.writeEndObject();
  }

  void attribution(Attribution a) {
    out.writeStartObject();
    out.writeStringProperty("description", a.description());
    id("actor", a.actor());
    out.writeEndObject();
  }

  void title(PersonTitle t) {
    out.writeStartObject();
    id("person", t.person());
    out.writeStringProperty("title", t.title());
    claim(t);
    out.writeEndObject();
  }

  void dateClaim(DateClaim d) {
    out.writeStartObject();
    wire("role", d.role());
    date("date", d.date());
    d.time().ifPresent(t -> out.writeStringProperty("time", t.format()));
    number("day", d.day());
    number("phase", d.phase());
    id("agreement", d.agreement());
    string("provision", d.provision());
    string("event", d.event());
    claim(d);
    out.writeEndObject();
  }

  void agreementClaim(AgreementClaim a) {
    out.writeStartObject();
    id("agreement", a.agreement());
    wire("status", a.status());
    list("participants", a.participants(), this::participant);
    list("provisions", a.provisions(), this::provision);
    claim(a);
    out.writeEndObject();
  }

  void participant(AgreementParticipant p) {
    out.writeStartObject();
    id("actor", p.actor());
    wire("role", p.role());
    out.writeEndObject();
  }

  void provision(Provision p) {
    out.writeStartObject();
    string("key", p.key());
    list("issues", p.issues(), i -> out.writeString(i.wireName()));
    string("description", p.description());
    p.phase().ifPresent(phase -> {
      out.writeName("phase");
      phase(phase);
    });
    list("conditions", p.conditions(), out::writeString);
    list("quantities", p.quantities(), this::quantity);
    claim(p);
    out.writeEndObject();
  }

  void phase(Phase phase) {
    out.writeStartObject();
    number("number", phase.number());
    string("name", phase.name());
    number("days", phase.days());
    out.writeEndObject();
  }

  void role(RoleClaim r) {
    out.writeStartObject();
    id("actor", r.actor());
    wire("role", r.role());
    claim(r);
    out.writeEndObject();
  }

  void event(ProcessEvent e) {
    out.writeStartObject();
    string("key", e.key());
    wire("kind", e.kind());
    ids("actors", e.actors());
    date("date", e.date());
    e.time().ifPresent(t -> out.writeStringProperty("time", t.format()));
    e.venue().ifPresent(v -> {
      out.writeName("venue");
      venue(v);
    });
    string("reason", e.reason());
    string("description", e.description());
    claim(e);
    out.writeEndObject();
  }

  void fact(FactClaim f) {
    out.writeStartObject();
    string("key", f.key());
    out.writeStringProperty("description", f.description());
    date("date", f.date());
    date("since", f.since());
    f.duration().ifPresent(d -> {
      out.writeName("duration");
      duration(d);
    });
    f.quantity().ifPresent(q -> {
      out.writeName("quantity");
      quantity(q);
    });
    id("actor", f.actor());
    claim(f);
    out.writeEndObject();
  }

  private void id(String name, TypedId id) {
    out.writeStringProperty(name, id.value());
  }

  private void id(String name, Optional<? extends TypedId> id) {
    if (id.isPresent()) {
      out.writeStringProperty(name, id.get().value());
    }
  }

  private void ids(String name, List<ActorId> ids) {
    list(name, ids, id -> out.writeString(id.value()));
  }

  private void wire(String name, WireEnum value) {
    out.writeStringProperty(name, value.wireName());
  }

  private void wire(String name, Optional<? extends WireEnum> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get().wireName());
    }
  }

  private void date(String name, Optional<PartialDate> date) {
    if (date.isPresent()) {
      out.writeStringProperty(name, date.get().format());
    }
  }

  private void number(String name, Optional<Integer> value) {
    if (value.isPresent()) {
      out.writeNumberProperty(name, value.get());
    }
  }

  /** A flag that is false unless set: written only when true, so format 1.0 documents stay as they were. */
  private void flag(String name, boolean value) {
    if (value) {
      out.writeBooleanProperty(name, true);
    }
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
