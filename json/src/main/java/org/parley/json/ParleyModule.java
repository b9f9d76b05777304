package org.parley.json;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.parley.json.internal.reading.JsonIn;
import org.parley.json.internal.reading.ModelReader;
import org.parley.json.internal.writing.ModelWriter;
import org.parley.model.*;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module for users' own mappers: every public type of the model, every id and every
 * enumeration is read and written in the form of the Parley format, by the same strict code as
 * {@link ParleyJson} (unknown fields, nulls, wrong types and unknown values refused with their JSON
 * Pointer; enumerations by wire name, ids and dates as strings). A user's record holding a
 * {@code Demand}, an {@code ActorId} or an {@code Issue} is written and read back as Parley writes
 * it, never as an empty object.
 *
 * <p>It is registered for {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it on the class path; on the module path add it with {@code addModule(new ParleyModule())}.
 */
public final class ParleyModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Every enumeration of the model, each read and written by its wire name. */
  static final List<Class<? extends Enum<?>>> ENUMS = List.of(ActKind.class, ActorKind.class, AgreementRelation.class, AgreementRole.class,
      AgreementStatus.class, AgreementType.class, Channel.class, ClaimKind.class, Completeness.class, DatePrecision.class,
      DateRole.class, DelegationRole.class, DurationQualifier.class, EventTiming.class, Issue.class, Magnitude.class,
      NegotiationRole.class, OutcomeKind.class, OutcomeRank.class, OutcomeStatus.class, PagePart.class, ProcessEventKind.class, QuantityBasis.class,
      QuantityQualifier.class, RelativeDate.class, ResponseKind.class, RevisionKind.class, RoundFormat.class, SourceKind.class,
      Stance.class, StatementMode.class, Tone.class, Verdict.class, Weekday.class);

  /** The module, with a serializer and a deserializer for every type it covers. */
  public ParleyModule() {
    super("parley");
    add(Dataset.class, ModelReader::dataset, ModelWriter::dataset);
    add(Actor.class, ModelReader::actor, ModelWriter::actor);
    add(Negotiation.class, ModelReader::negotiation, ModelWriter::negotiation);
    add(Agreement.class, ModelReader::agreement, ModelWriter::agreement);
    add(Source.class, ModelReader::source, ModelWriter::source);
    add(Document.class, ModelReader::document, ModelWriter::document);
    add(Revision.class, ModelReader::revision, ModelWriter::revision);
    add(Report.class, ModelReader::report, ModelWriter::report);
    add(Venue.class, ModelReader::venue, ModelWriter::venue);
    add(DurationEstimate.class, ModelReader::duration, ModelWriter::duration);
    add(Evidence.class, ModelReader::evidence, ModelWriter::evidence);
    add(Assessment.class, ModelReader::assessment, ModelWriter::assessment);
    add(Delegation.class, ModelReader::delegation, ModelWriter::delegation);
    add(DelegationMember.class, ModelReader::member, ModelWriter::member);
    add(Demand.class, ModelReader::demand, ModelWriter::demand);
    add(Response.class, ModelReader::response, ModelWriter::response);
    add(Outcome.class, ModelReader::outcome, ModelWriter::outcome);
    add(Quantity.class, ModelReader::quantity, ModelWriter::quantity);
    add(Statement.class, ModelReader::statement, ModelWriter::statement);
    add(About.class, ModelReader::about, ModelWriter::about);
    add(Attribution.class, ModelReader::attribution, ModelWriter::attribution);
    add(PersonTitle.class, ModelReader::title, ModelWriter::title);
    add(DateClaim.class, ModelReader::dateClaim, ModelWriter::dateClaim);
    add(AgreementClaim.class, ModelReader::agreementClaim, ModelWriter::agreementClaim);
    add(AgreementLink.class, ModelReader::link, ModelWriter::link);
    add(AgreementParticipant.class, ModelReader::participant, ModelWriter::participant);
    add(Provision.class, ModelReader::provision, ModelWriter::provision);
    add(Phase.class, ModelReader::phase, ModelWriter::phase);
    add(RoleClaim.class, ModelReader::role, ModelWriter::role);
    add(ProcessEvent.class, ModelReader::event, ModelWriter::event);
    add(FactClaim.class, ModelReader::fact, ModelWriter::fact);
    add(Act.class, ModelReader::act, ModelWriter::act);
    add(PartialDate.class, ModelReader::date, (w, d) -> w.out().writeString(d.format()));
    add(TimeOfDay.class, ModelReader::time, (w, t) -> w.out().writeString(t.format()));
    id(ActorId.class, ActorId::of);
    id(AgreementId.class, AgreementId::of);
    id(NegotiationId.class, NegotiationId::of);
    id(ReportId.class, ReportId::of);
    id(SourceId.class, SourceId::of);
    ENUMS.forEach(this::wireEnum);
    addSerializer(Reported.class, serializer(ModelWriter::reported));
    addDeserializer(Reported.class, new ReportedDeserializer(null));
  }

  private interface Read<T> {
    T read(ModelReader reader);
  }

  private <T> void add(Class<T> type, Read<T> read, BiConsumer<ModelWriter, T> write) {
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return read.read(new ModelReader(new JsonIn(parser)));
      }
    });
    addSerializer(type, serializer(write));
  }

  private static <T> ValueSerializer<T> serializer(BiConsumer<ModelWriter, T> write) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        write.accept(new ModelWriter(generator), value);
      }
    };
  }

  private <T extends TypedId> void id(Class<T> type, Function<String, T> of) {
    add(type, reader -> reader.in().string(of), (w, id) -> w.out().writeString(id.value()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void wireEnum(Class<? extends Enum<?>> type) {
    Class raw = type;
    add(raw, reader -> reader.in().enumValue(raw), (w, value) -> w.out().writeString(((WireEnum) value).wireName()));
  }

  /**
   * Reads a {@code Reported<T>} once it knows T from the declared type: a date, a venue or a
   * duration, the values a report gives with evidence.
   */
  private static final class ReportedDeserializer extends ValueDeserializer<Reported<?>> {
    private final Class<?> value;

    ReportedDeserializer(Class<?> value) {
      this.value = value;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      JavaType type = property != null ? property.getType() : context.getContextualType();
      JavaType parameter = type == null ? null : type.containedType(0);
      return new ReportedDeserializer(parameter == null ? null : parameter.getRawClass());
    }

    @Override
    public Reported<?> deserialize(JsonParser parser, DeserializationContext context) {
      ModelReader reader = new ModelReader(new JsonIn(parser));
      if (value == PartialDate.class) {
        return reader.reported(reader::date);
      }
      if (value == Venue.class) {
        return reader.reported(reader::venue);
      }
      if (value == DurationEstimate.class) {
        return reader.reported(reader::duration);
      }
      if (value == RoundFormat.class) {
        return reader.reported(() -> reader.in().enumValue(RoundFormat.class));
      }
      throw reader.in().error(ReadCodes.INVALID_VALUE, "Parley reads Reported<T> for a date (PartialDate), a venue"
          + " (Venue), a duration (DurationEstimate) or a format (RoundFormat), not for "
          + (value == null ? "an unknown T" : value.getName()));
    }
  }
}
