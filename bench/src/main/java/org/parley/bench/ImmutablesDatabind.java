package org.parley.bench;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.parley.model.About;
import org.parley.model.ActorId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.Attribution;
import org.parley.model.ClaimKind;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.PartialDate;
import org.parley.model.TimeOfDay;
import org.parley.model.TypedId;
import org.parley.model.WireEnum;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.StdConverter;

/**
 * The peer a user of Immutables and Jackson would write first: Jackson databind straight into
 * Parley's model types through their Immutables builders — what {@code @JsonDeserialize(builder =
 * X.Builder.class)} on each type would do, given here by an annotation introspector so that core
 * keeps no Jackson — with ids and dates from their strings, enumerations by wire name, and the few
 * types without a builder through their factories. Unknown fields refused, but no strictness beyond
 * that and what the builders check, and no validation rules: the cost of getting the model, for
 * comparison with Parley's reader.
 */
final class ImmutablesDatabind {

  private ImmutablesDatabind() {}

  /** One JSON Lines line, in model types. */
  record Line(String parley, org.parley.model.Actor actor, org.parley.model.Negotiation negotiation,
      org.parley.model.Agreement agreement, org.parley.model.Source source, org.parley.model.Report report) {}

  static JsonMapper mapper() {
    return JsonMapper.builder()
        .annotationIntrospector(new Introspector())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)   // Jackson 3 turned it off: a field never dropped unseen
        .addMixIn(Document.class, DocumentMixin.class)
        .addMixIn(DurationEstimate.class, DurationMixin.class)
        .addMixIn(Attribution.class, AttributionMixin.class)
        .addMixIn(About.class, AboutMixin.class)
        .addMixIn(AgreementParticipant.class, ParticipantMixin.class)
        .build();
  }

  /** Builders for the model's types, ids and dates from strings, enumerations by wire name. */
  static final class Introspector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    private static boolean isModel(Class<?> type) {
      return type.getPackageName().equals("org.parley.model");
    }

    /** The model type a builder builds, or null. */
    private static Class<?> built(Class<?> builder) {
      Class<?> outer = builder.getEnclosingClass();
      return builder.getSimpleName().equals("Builder") && outer != null && isModel(outer) ? outer : null;
    }

    @Override
    public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass ac) {
      Class<?> type = ac.getRawType();
      if (isModel(type) && type != PartialDate.class && type != TimeOfDay.class) {
        for (Class<?> nested : type.getDeclaredClasses()) {
          if (nested.getSimpleName().equals("Builder")) {
            return nested;
          }
        }
      }
      return super.findPOJOBuilder(config, ac);
    }

    @Override
    public JsonPOJOBuilder.Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass ac) {
      if (built(ac.getRawType()) != null) {
        return new JsonPOJOBuilder.Value("build", "");   // Immutables: aliases(…), not withAliases(…)
      }
      return super.findPOJOBuilderConfig(config, ac);
    }

    /**
     * Of a builder's overloads, the plain setter only: {@code affiliation(ActorId)}, not {@code
     * affiliation(Optional)}; {@code aliases(Iterable)}, not {@code addAliases} or {@code from}. The others
     * get names no JSON field has (ignoring one would make Jackson ignore the whole property, and naming
     * only them would rename the plain setter with them).
     */
    @Override
    public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated a) {
      if (a instanceof AnnotatedMethod method && isBuilder(method.getDeclaringClass())
          && method.getAnnotated().getParameterCount() == 1) {
        Method raw = method.getAnnotated();
        String name = raw.getName();
        Class<?> parameter = raw.getParameterTypes()[0];
        boolean adder = name.length() > 3 && name.startsWith("add") && Character.isUpperCase(name.charAt(3));
        if (adder || name.equals("from") || parameter.isArray() || parameter == Optional.class
            || parameter == OptionalInt.class || parameter == OptionalLong.class || parameter == OptionalDouble.class) {
          return PropertyName.construct("(" + name + " of " + parameter.getSimpleName() + ")");
        }
        // Named explicitly too, so that Jackson splits the overloads into two properties instead of merging them.
        return PropertyName.construct(name);
      }
      return super.findNameForDeserialization(config, a);
    }

    /** A model type's builder, or the generated one it extends. */
    private static boolean isBuilder(Class<?> type) {
      Class<?> outer = type.getEnclosingClass();
      return type.getSimpleName().equals("Builder") && outer != null && isModel(outer);
    }

    /** Ids by {@code of(String)}, dates and times by {@code parse(String)}. */
    @Override
    public JsonCreator.Mode findCreatorAnnotation(MapperConfig<?> config, Annotated a) {
      if (a instanceof AnnotatedMethod method) {
        Method raw = method.getAnnotated();
        Class<?> owner = raw.getDeclaringClass();
        boolean fromString = Modifier.isStatic(raw.getModifiers()) && raw.getParameterCount() == 1
            && raw.getParameterTypes()[0] == String.class;
        if (fromString && (TypedId.class.isAssignableFrom(owner) && raw.getName().equals("of")
            || (owner == PartialDate.class || owner == TimeOfDay.class) && raw.getName().equals("parse"))) {
          return JsonCreator.Mode.DELEGATING;
        }
      }
      return super.findCreatorAnnotation(config, a);
    }

    @Override
    public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass ac, Enum<?>[] values, String[] names) {
      String[] found = super.findEnumValues(config, ac, values, names);
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof WireEnum wire) {
          found[i] = wire.wireName();
        }
      }
      return found;
    }
  }

  // The types without a builder (their attributes are the parameters of a factory), through a converter each.

  record DocumentJson(String path, String sha256) {}

  @JsonDeserialize(converter = DocumentMixin.Convert.class)
  interface DocumentMixin {
    final class Convert extends StdConverter<DocumentJson, Document> {
      @Override
      public Document convert(DocumentJson json) {
        return Document.of(json.path(), json.sha256());
      }
    }
  }

  record DurationJson(long minutes, DurationQualifier qualifier) {}

  @JsonDeserialize(converter = DurationMixin.Convert.class)
  interface DurationMixin {
    final class Convert extends StdConverter<DurationJson, DurationEstimate> {
      @Override
      public DurationEstimate convert(DurationJson json) {
        return DurationEstimate.of(json.minutes(), json.qualifier());
      }
    }
  }

  record AttributionJson(String description, ActorId actor) {}

  @JsonDeserialize(converter = AttributionMixin.Convert.class)
  interface AttributionMixin {
    final class Convert extends StdConverter<AttributionJson, Attribution> {
      @Override
      public Attribution convert(AttributionJson json) {
        return json.actor() == null ? Attribution.of(json.description()) : Attribution.of(json.description(), json.actor());
      }
    }
  }

  record AboutJson(ClaimKind kind, String key) {}

  @JsonDeserialize(converter = AboutMixin.Convert.class)
  interface AboutMixin {
    final class Convert extends StdConverter<AboutJson, About> {
      @Override
      public About convert(AboutJson json) {
        return About.of(json.kind(), json.key());
      }
    }
  }

  record ParticipantJson(ActorId actor, AgreementRole role) {}

  @JsonDeserialize(converter = ParticipantMixin.Convert.class)
  interface ParticipantMixin {
    final class Convert extends StdConverter<ParticipantJson, AgreementParticipant> {
      @Override
      public AgreementParticipant convert(ParticipantJson json) {
        return AgreementParticipant.of(json.actor(), json.role());
      }
    }
  }
}
