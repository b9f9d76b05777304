package org.parley.json;

import org.parley.model.Actor;
import org.parley.model.Agreement;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.Report;
import org.parley.model.Source;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets a user's own {@code JsonMapper} read and write Parley's records —
 * {@link Dataset}, {@link Actor}, {@link Negotiation}, {@link Source}, {@link Report} — inside
 * documents of their own, in exactly the form {@link ParleyJson} uses and with its strictness.
 * It is registered for {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it.
 */
public final class ParleyModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public ParleyModule() {
    super("parley");
    add(Dataset.class, ModelReader::dataset, ModelWriter::dataset);
    add(Actor.class, ModelReader::actor, ModelWriter::actor);
    add(Negotiation.class, ModelReader::negotiation, ModelWriter::negotiation);
    add(Agreement.class, ModelReader::agreement, ModelWriter::agreement);
    add(Source.class, ModelReader::source, ModelWriter::source);
    add(Report.class, ModelReader::report, ModelWriter::report);
  }

  private interface Read<T> {
    T read(ModelReader reader);
  }

  private interface Write<T> {
    void write(ModelWriter writer, T value);
  }

  private <T> void add(Class<T> type, Read<T> read, Write<T> write) {
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return read.read(new ModelReader(new JsonIn(parser)));
      }
    });
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        write.write(new ModelWriter(generator), value);
      }
    });
  }
}
