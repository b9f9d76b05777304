// Over 400 lines: one method per object type of the format (32 of them), writing the type's
// FieldName constants in the order of Fields; no field name is spelled here.
package org.parley.json.internal.writing;

import static org.parley.json.internal.format.FieldName.*;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.json.internal.format.FieldName;
import org.parley.json.internal.format.Fields;
import org.parley.model.*;
import tools.jackson.core.JsonGenerator;

/**
 * Writes each type of the model in its JSON form: fields in the fixed order of {@link Fields},
 * absent optional values and empty lists left out, so equal values always give equal bytes.
 */
public final class ModelWriter {

  private final JsonGenerator out;

  public ModelWriter(JsonGenerator out) {
    this.out = out;
  }

  public JsonGenerator out() {
    return out;
  }

  public void dataset(Dataset d) {
    out.writeStartObject();
    text(PARLEY, d.schemaVersion());
    list(ACTORS, d.actors(), this::actor);
    list(NEGOTIATIONS, d.negotiations(), this::negotiation);
    list(AGREEMENTS, d.agreements(), this::agreement);
    list(SOURCES, d.sources(), this::source);
    list(REPORTS, d.reports(), this::report);
    out.writeEndObject();
  }

  public void actor(Actor a) {
    out.writeStartObject();
    id(ID, a.id());
    wire(KIND, a.kind());
    text(NAME, a.name());
    list(ALIASES, a.aliases(), out::writeString);
    string(WIKIDATA_ID, a.wikidataId());
    string(COUNTRY, a.country());
    id(AFFILIATION, a.affiliation());
    list(DEMONYMS, a.demonyms(), out::writeString);
    ids(MEMBERS, a.members());
    flag(ANONYMOUS, a.anonymous());
    out.writeEndObject();
  }

  public void negotiation(Negotiation n) {
    out.writeStartObject();
    id(ID, n.id());
    text(TITLE, n.title());
    ids(PARTIES, n.parties());
    ids(HOSTS, n.hosts());
    ids(MEDIATORS, n.mediators());
    id(PREVIOUS_ROUND, n.previousRound());
    number(ROUND, n.round());
    wire(FORMAT, n.format());
    out.writeEndObject();
  }

  public void agreement(Agreement a) {
    out.writeStartObject();
    id(ID, a.id());
    text(NAME, a.name());
    wire(TYPE, a.type());
    id(NEGOTIATION, a.negotiation());
    out.writeEndObject();
  }

  public void source(Source s) {
    out.writeStartObject();
    id(ID, s.id());
    wire(KIND, s.kind());
    string(OUTLET, s.outlet());
    string(AUTHOR, s.author());
    string(HEADLINE, s.headline());
    string(URL, s.url());
    date(PUBLICATION_DATE, s.publicationDate());
    string(LANGUAGE, s.language());
    ids(CITES, s.cites());
    s.document().ifPresent(d -> {
      name(DOCUMENT);
      document(d);
    });
    id(ORIGINAL_PUBLISHER, s.originalPublisher());
    wire(COMPLETENESS, s.completeness());
    list(REVISIONS, s.revisions(), this::revision);
    out.writeEndObject();
  }

  public void document(Document d) {
    out.writeStartObject();
    text(PATH, d.path());
    string(SHA256, d.sha256());
    out.writeEndObject();
  }

  public void revision(Revision r) {
    out.writeStartObject();
    wire(KIND, r.kind());
    date(DATE, r.date());
    string(NOTE, r.note());
    out.writeEndObject();
  }

  public void report(Report r) {
    out.writeStartObject();
    id(ID, r.id());
    id(SOURCE, r.source());
    id(NEGOTIATION, r.negotiation());
    reported(DATE, r.date(), d -> out.writeString(d.format()));
    reported(VENUE, r.venue(), this::venue);
    reported(DURATION, r.duration(), this::duration);
    reported(FORMAT, r.format(), f -> out.writeString(f.wireName()));
    list(DELEGATIONS, r.delegations(), this::delegation);
    list(DEMANDS, r.demands(), this::demand);
    list(OUTCOMES, r.outcomes(), this::outcome);
    list(STATEMENTS, r.statements(), this::statement);
    list(TITLES, r.titles(), this::title);
    list(DATES, r.dates(), this::dateClaim);
    list(AGREEMENTS, r.agreements(), this::agreementClaim);
    list(ROLES, r.roles(), this::role);
    list(EVENTS, r.events(), this::event);
    list(FACTS, r.facts(), this::fact);
    list(ACTS, r.acts(), this::act);
    out.writeEndObject();
  }

  /** A reported date, venue, duration or format with its evidence. */
  public void reported(Reported<?> r) {
    out.writeStartObject();
    name(VALUE);
    Object value = r.value();
    if (value instanceof PartialDate d) {
      out.writeString(d.format());
    } else if (value instanceof Venue v) {
      venue(v);
    } else if (value instanceof DurationEstimate d) {
      duration(d);
    } else if (value instanceof RoundFormat f) {
      out.writeString(f.wireName());
    } else {
      throw new IllegalArgumentException("Parley has no JSON form for a reported " + value.getClass().getName()
          + "; a report gives dates (PartialDate), venues (Venue), durations (DurationEstimate) and formats"
          + " (RoundFormat)");
    }
    claim(r);
    out.writeEndObject();
  }

  private <T> void reported(FieldName name, Optional<Reported<T>> reported, Consumer<T> value) {
    if (reported.isPresent()) {
      out.writeName(name.wire);
      out.writeStartObject();
      name(VALUE);
      value.accept(reported.get().value());
      claim(reported.get());
      out.writeEndObject();
    }
  }

  public void venue(Venue v) {
    out.writeStartObject();
    text(NAME, v.name());
    string(CITY, v.city());
    out.writeEndObject();
  }

  /** A claim's own {@code duration}, if it has one. */
  private void lasting(Optional<DurationEstimate> duration) {
    duration.ifPresent(d -> {
      name(DURATION);
      duration(d);
    });
  }

  public void duration(DurationEstimate d) {
    out.writeStartObject();
    count(MINUTES, d.minutes());
    wire(QUALIFIER, d.qualifier());
    out.writeEndObject();
  }

  /** The fields every claim has, in the order every claim type lists them last. */
  private void claim(Claim c) {
    list(EVIDENCE, c.evidence(), this::evidence);
    c.assessment().ifPresent(a -> {
      name(ASSESSMENT);
      assessment(a);
    });
    string(NOTE, c.note());
  }

  public void evidence(Evidence e) {
    out.writeStartObject();
    text(TEXT, e.text());
    count(START, e.start());
    wire(PART, e.part());
    string(LANGUAGE, e.language());
    flag(TRANSLATED, e.translated());
    out.writeEndObject();
  }

  public void assessment(Assessment a) {
    out.writeStartObject();
    wire(VERDICT, a.verdict());
    string(NOTE, a.note());
    string(ASSESSOR, a.assessor());
    out.writeEndObject();
  }

  public void delegation(Delegation d) {
    out.writeStartObject();
    id(PARTY, d.party());
    wire(ROLE, d.role());
    id(HEAD, d.head());
    list(MEMBERS, d.members(), this::member);
    claim(d);
    out.writeEndObject();
  }

  public void member(DelegationMember m) {
    out.writeStartObject();
    id(PERSON, m.person());
    string(TITLE, m.title());
    claim(m);
    out.writeEndObject();
  }

  public void demand(Demand d) {
    out.writeStartObject();
    string(KEY, d.key());
    id(BY, d.by());
    id(ADDRESSEE, d.addressee());
    wire(ISSUE, d.issue());
    list(OTHER_ISSUES, d.otherIssues(), i -> out.writeString(i.wireName()));
    string(DESCRIPTION, d.description());
    list(REGIONS, d.regions(), out::writeString);
    list(CONDITIONS, d.conditions(), out::writeString);
    lasting(d.duration());
    d.response().ifPresent(r -> {
      name(RESPONSE);
      response(r);
    });
    claim(d);
    out.writeEndObject();
  }

  public void response(Response r) {
    out.writeStartObject();
    wire(KIND, r.kind());
    id(BY, r.by());
    string(DESCRIPTION, r.description());
    claim(r);
    out.writeEndObject();
  }

  public void outcome(Outcome o) {
    out.writeStartObject();
    string(KEY, o.key());
    wire(KIND, o.kind());
    wire(ISSUE, o.issue());
    list(OTHER_ISSUES, o.otherIssues(), i -> out.writeString(i.wireName()));
    id(AGREEMENT, o.agreement());
    string(PROVISION, o.provision());
    ids(PARTIES, o.parties());
    wire(STATUS, o.status());
    wire(RANK, o.rank());
    id(BLAME, o.blame());
    string(DESCRIPTION, o.description());
    list(QUANTITIES, o.quantities(), this::quantity);
    list(REGIONS, o.regions(), out::writeString);
    lasting(o.duration());
    claim(o);
    out.writeEndObject();
  }

  public void quantity(Quantity q) {
    out.writeStartObject();
    // A magnitude gives the amount and qualifier ("hundreds": at least 200): they are not written.
    if (q.magnitude().isEmpty()) {
      count(AMOUNT, q.amount());
    }
    q.max().ifPresent(max -> count(MAX, max));
    if (q.qualifier() != QuantityQualifier.EXACT && q.magnitude().isEmpty()) {
      wire(QUALIFIER, q.qualifier());
    }
    text(UNIT, q.unit());
    wire(BASIS, q.basis());
    string(WORDS, q.words());
    wire(MAGNITUDE, q.magnitude());
    id(BY, q.by());
    id(TO, q.to());
    flag(PART, q.part());
    number(DAY, q.day());
    number(PHASE, q.phase());
    out.writeEndObject();
  }

  public void statement(Statement s) {
    out.writeStartObject();
    id(SPEAKER, s.speaker());
    id(ON_BEHALF_OF, s.onBehalfOf());
    wire(MODE, s.mode());
    text(WORDS, s.words());
    wire(CHANNEL, s.channel());
    list(ATTRIBUTION, s.attribution(), this::attribution);
    s.about().ifPresent(a -> {
      name(ABOUT);
      about(a);
    });
    wire(STANCE, s.stance());
    wire(TONE, s.tone());
    claim(s);
    out.writeEndObject();
  }

  public void about(About a) {
    out.writeStartObject();
    wire(KIND, a.kind());
    text(KEY, a.key());
    a.field().ifPresent(f -> text(FIELD, f));
    a.value().ifPresent(v -> text(VALUE, v));
    out.writeEndObject();
  }

  public void attribution(Attribution a) {
    out.writeStartObject();
    text(DESCRIPTION, a.description());
    id(ACTOR, a.actor());
    out.writeEndObject();
  }

  public void title(PersonTitle t) {
    out.writeStartObject();
    id(PERSON, t.person());
    text(TITLE, t.title());
    claim(t);
    out.writeEndObject();
  }

  public void dateClaim(DateClaim d) {
    out.writeStartObject();
    wire(ROLE, d.role());
    date(DATE, d.date());
    wire(WEEKDAY, d.weekday());
    wire(RELATIVE, d.relative());
    d.time().ifPresent(t -> text(TIME, t.format()));
    number(DAY, d.day());
    number(PHASE, d.phase());
    id(AGREEMENT, d.agreement());
    string(PROVISION, d.provision());
    string(EVENT, d.event());
    id(ACTOR, d.actor());
    string(KEY, d.key());
    claim(d);
    out.writeEndObject();
  }

  public void agreementClaim(AgreementClaim a) {
    out.writeStartObject();
    id(AGREEMENT, a.agreement());
    wire(STATUS, a.status());
    id(STATUS_BY, a.statusBy());
    list(LINKS, a.links(), this::link);
    lasting(a.duration());
    list(PARTICIPANTS, a.participants(), this::participant);
    list(PROVISIONS, a.provisions(), this::provision);
    claim(a);
    out.writeEndObject();
  }

  public void link(AgreementLink l) {
    out.writeStartObject();
    wire(RELATION, l.relation());
    id(AGREEMENT, l.agreement());
    out.writeEndObject();
  }

  public void participant(AgreementParticipant p) {
    out.writeStartObject();
    id(ACTOR, p.actor());
    wire(ROLE, p.role());
    list(EVIDENCE, p.evidence(), this::evidence);
    out.writeEndObject();
  }

  public void provision(Provision p) {
    out.writeStartObject();
    string(KEY, p.key());
    list(ISSUES, p.issues(), i -> out.writeString(i.wireName()));
    string(DESCRIPTION, p.description());
    p.phase().ifPresent(phase -> {
      name(PHASE);
      phase(phase);
    });
    list(CONDITIONS, p.conditions(), out::writeString);
    list(QUANTITIES, p.quantities(), this::quantity);
    list(REGIONS, p.regions(), out::writeString);
    lasting(p.duration());
    claim(p);
    out.writeEndObject();
  }

  public void phase(Phase phase) {
    out.writeStartObject();
    number(NUMBER, phase.number());
    string(NAME, phase.name());
    number(DAYS, phase.days());
    out.writeEndObject();
  }

  public void role(RoleClaim r) {
    out.writeStartObject();
    id(ACTOR, r.actor());
    wire(ROLE, r.role());
    claim(r);
    out.writeEndObject();
  }

  public void event(ProcessEvent e) {
    out.writeStartObject();
    string(KEY, e.key());
    wire(KIND, e.kind());
    ids(ACTORS, e.actors());
    date(DATE, e.date());
    e.time().ifPresent(t -> text(TIME, t.format()));
    wire(TIMING, e.timing());
    e.venue().ifPresent(v -> {
      name(VENUE);
      venue(v);
    });
    string(REASON, e.reason());
    string(CAUSE, e.cause());
    string(DESCRIPTION, e.description());
    lasting(e.duration());
    claim(e);
    out.writeEndObject();
  }

  public void fact(FactClaim f) {
    out.writeStartObject();
    string(KEY, f.key());
    text(DESCRIPTION, f.description());
    date(DATE, f.date());
    date(SINCE, f.since());
    string(SINCE_EVENT, f.sinceEvent());
    lasting(f.duration());
    f.quantity().ifPresent(q -> {
      name(QUANTITY);
      quantity(q);
    });
    list(QUANTITIES, f.quantities(), this::quantity);
    id(ACTOR, f.actor());
    claim(f);
    out.writeEndObject();
  }

  public void act(Act a) {
    out.writeStartObject();
    string(KEY, a.key());
    wire(KIND, a.kind());
    id(BY, a.by());
    id(TARGET, a.target());
    wire(ISSUE, a.issue());
    string(DESCRIPTION, a.description());
    string(CONDITION, a.condition());
    date(DATE, a.date());
    wire(TIMING, a.timing());
    claim(a);
    out.writeEndObject();
  }

  private void name(FieldName name) {
    out.writeName(name.wire);
  }

  private void text(FieldName name, String value) {
    out.writeStringProperty(name.wire, value);
  }

  private void count(FieldName name, long value) {
    out.writeNumberProperty(name.wire, value);
  }

  private void id(FieldName name, TypedId id) {
    out.writeStringProperty(name.wire, id.value());
  }

  private void id(FieldName name, Optional<? extends TypedId> id) {
    if (id.isPresent()) {
      out.writeStringProperty(name.wire, id.get().value());
    }
  }

  private void ids(FieldName name, List<ActorId> ids) {
    list(name, ids, id -> out.writeString(id.value()));
  }

  private void wire(FieldName name, WireEnum value) {
    out.writeStringProperty(name.wire, value.wireName());
  }

  private void wire(FieldName name, Optional<? extends WireEnum> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name.wire, value.get().wireName());
    }
  }

  private void date(FieldName name, Optional<PartialDate> date) {
    if (date.isPresent()) {
      out.writeStringProperty(name.wire, date.get().format());
    }
  }

  private void number(FieldName name, Optional<Integer> value) {
    if (value.isPresent()) {
      out.writeNumberProperty(name.wire, value.get());
    }
  }

  /** A flag that is false unless set: written only when true, so format 1.0 documents stay as they were. */
  private void flag(FieldName name, boolean value) {
    if (value) {
      out.writeBooleanProperty(name.wire, true);
    }
  }

  private void string(FieldName name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name.wire, value.get());
    }
  }

  private <T> void list(FieldName name, List<T> items, Consumer<T> item) {
    if (!items.isEmpty()) {
      out.writeName(name.wire);
      out.writeStartArray();
      items.forEach(item);
      out.writeEndArray();
    }
  }
}
