package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.*;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own mapper, with the module found by {@code findAndAddModules()}, reads and writes every
 * public type of the model, id and enumeration in Parley's form, and reads them back equal; nothing
 * is written as an empty object.
 */
class JacksonModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final ActorId A = ActorId.of("actor:a");

  /** One value of every public type of the model, the abstract id base and the interfaces aside. */
  static Map<Class<?>, Object> samples() {
    Dataset dataset = Fixtures.dataset();
    Report report = dataset.reports().get(0);
    Demand demand = report.demands().get(0);
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    samples.put(Dataset.class, dataset);
    samples.put(Actor.class, Actor.builder().id(A).kind(ActorKind.GROUP).name("the joint facilitators")
        .addMembers(ActorId.of("actor:qatar")).addDemonyms("Qatari").anonymous(true).build());
    samples.put(Negotiation.class, Negotiation.builder().from(dataset.negotiations().get(0)).round(4)
        .format(RoundFormat.INDIRECT).build());
    samples.put(Agreement.class, Agreement.builder().id(AgreementId.of("agreement:deal")).name("the deal")
        .type(AgreementType.CEASEFIRE).build());
    samples.put(Source.class, Source.builder().from(dataset.sources().get(0)).completeness(Completeness.EXCERPT)
        .addRevisions(Revision.builder().kind(RevisionKind.CORRECTION).date(PartialDate.of(2025, 5, 17)).build())
        .build());
    samples.put(Document.class, dataset.sources().get(0).document().orElseThrow());
    samples.put(Revision.class, Revision.builder().kind(RevisionKind.UPDATE).note("adds the Kremlin's reply").build());
    samples.put(Report.class, report);
    samples.put(Venue.class, report.venue().orElseThrow().value());
    samples.put(DurationEstimate.class, report.duration().orElseThrow().value());
    samples.put(Evidence.class, Evidence.builder().text("«Нет»").start(7).part(PagePart.CAPTION).language("ru")
        .translated(true).build());
    samples.put(Assessment.class, Assessment.of(Verdict.FALSE, "he is not"));
    samples.put(Delegation.class, report.delegations().get(0));
    samples.put(DelegationMember.class, report.delegations().get(0).members().get(0));
    samples.put(Demand.class, Demand.builder().from(demand).key("territory").addOtherIssues(Issue.WITHDRAWAL).build());
    samples.put(Response.class, demand.response().orElseThrow());
    samples.put(Outcome.class, report.outcomes().get(0));
    samples.put(Quantity.class, Quantity.builder().magnitude(Magnitude.HUNDREDS).words("hundreds")
        .unit("prisoners").by(A).part(true).build());
    samples.put(Statement.class, report.statements().get(0));
    samples.put(About.class, About.of(ClaimKind.FACT, "war-length"));
    samples.put(Attribution.class, Attribution.of("sources cited by Reuters", A));
    samples.put(PersonTitle.class, report.titles().get(0));
    samples.put(DateClaim.class, DateClaim.builder().role(DateRole.EFFECTIVE).day(7).phase(1).build());
    samples.put(AgreementClaim.class, AgreementClaim.builder().agreement(AgreementId.of("agreement:deal"))
        .status(AgreementStatus.APPROVED).statusBy(A)
        .addLinks(AgreementLink.of(AgreementRelation.EXTENDS, AgreementId.of("agreement:truce")))
        .addParticipants(AgreementParticipant.of(A, AgreementRole.WITNESS)).build());
    samples.put(AgreementLink.class, AgreementLink.of(AgreementRelation.IMPLEMENTS, AgreementId.of("agreement:framework")));
    samples.put(AgreementRelation.class, AgreementRelation.PART_OF);
    samples.put(Act.class, Act.builder().kind(ActKind.THREATENED).by(A).target(ActorId.of("actor:b"))
        .description("military action").condition("if no new agreement is reached").build());
    samples.put(ActKind.class, ActKind.IMPOSED_SANCTIONS);
    samples.put(Magnitude.class, Magnitude.HUNDREDS);
    samples.put(AgreementParticipant.class, AgreementParticipant.of(A, AgreementRole.GUARANTOR));
    samples.put(Provision.class, Provision.builder().addIssues(Issue.HOSTAGES).description("release")
        .phase(Phase.of(1, 42)).build());
    samples.put(Phase.class, Phase.builder().name("second phase").build());
    samples.put(RoleClaim.class, RoleClaim.builder().actor(A).role(NegotiationRole.FACILITATOR).build());
    samples.put(ProcessEvent.class, ProcessEvent.builder().kind(ProcessEventKind.WALKED_OUT).addActors(A)
        .reason("accusing the other side").build());
    samples.put(FactClaim.class, FactClaim.builder().description("more than two years into the war")
        .since(PartialDate.of(2022, 2, 24)).build());
    samples.put(PartialDate.class, PartialDate.parse("2025-05 (Friday)"));
    samples.put(TimeOfDay.class, TimeOfDay.of(8, 30, ZoneOffset.ofHours(2)));
    samples.put(ActorId.class, A);
    samples.put(AgreementId.class, AgreementId.of("agreement:deal"));
    samples.put(NegotiationId.class, dataset.negotiations().get(0).id());
    samples.put(ReportId.class, report.id());
    samples.put(SourceId.class, report.source());
    for (Class<? extends Enum<?>> type : ParleyModule.ENUMS) {
      samples.put(type, type.getEnumConstants()[type.getEnumConstants().length - 1]);
    }
    return samples;
  }

  @Test
  void hasASampleOfEveryPublicModelType() {
    Set<String> types = new ClassFileImporter().importPackages("org.parley.model").stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .filter(c -> !c.isInterface() && !c.isAnnotation() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
            || c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.getSimpleName().equals("TypedId"))
        .filter(c -> !c.isInterface() && !c.isAnnotation())
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    types.remove(Reported.class.getName());   // generic: covered in a user's record below
    // The walk over a report's claims and the places it names: no part of the JSON format.
    types.removeAll(Set.of(org.parley.model.Claims.class.getName(), org.parley.model.ClaimType.class.getName(),
        org.parley.model.Located.class.getName(), org.parley.model.JsonPointer.class.getName()));

    assertThat(samples().keySet().stream().map(Class::getName).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(types);
  }

  @Test
  void writesAndReadsBackEveryTypeInParleysForm() {
    List<String> failures = new ArrayList<>();
    samples().forEach((type, value) -> {
      String json = MAPPER.writeValueAsString(value);
      Object back = MAPPER.readValue(json, type);
      if (!back.equals(value) || json.equals("{}")) {
        failures.add(type.getSimpleName() + ": " + json);
      }
    });

    assertThat(failures).isEmpty();
    assertThat(MAPPER.writeValueAsString(Issue.SECURITY_GUARANTEES)).isEqualTo("\"security_guarantees\"");
    assertThat(MAPPER.writeValueAsString(A)).isEqualTo("\"actor:a\"");
    assertThat(MAPPER.writeValueAsString(PartialDate.parse("2025-05 (Friday)"))).isEqualTo("\"2025-05 (Friday)\"");
  }

  /** A user's own record holding Parley values, reported ones included. */
  record Case(String name, ActorId actor, Issue issue, Demand demand, List<Evidence> evidence,
      Reported<PartialDate> date, Reported<Venue> venue, Quantity quantity, TimeOfDay time,
      Reported<RoundFormat> format) {}

  @Test
  void roundTripsParleyValuesInsideAUsersOwnRecord() {
    Report report = Fixtures.report();
    Case original = new Case("case 1", A, Issue.HOSTAGES, report.demands().get(0), report.demands().get(0).evidence(),
        report.date().orElseThrow(), report.venue().orElseThrow(), Quantity.range(200, 300, "detainees"),
        TimeOfDay.parse("06:30Z"), Reported.of(RoundFormat.MIXED, report.demands().get(0).evidence().get(0)));

    String json = MAPPER.writeValueAsString(original);

    assertThat(MAPPER.readValue(json, Case.class)).isEqualTo(original);
    assertThat(json).contains("\"actor\":\"actor:a\"", "\"issue\":\"hostages\"", "\"time\":\"06:30Z\"",
        "\"format\":{\"value\":\"mixed\",",
        "\"quantity\":{\"amount\":200,\"max\":300,\"qualifier\":\"range\",\"unit\":\"detainees\",\"basis\":\"total\"}");
  }

  @Test
  void refusesAnUnknownWireNameAndAReportedValueOfNoParleyType() {
    ParleyJsonException unknown = catchThrowableOfType(ParleyJsonException.class,
        () -> MAPPER.readValue("\"terrain\"", Issue.class));
    ParleyJsonException reported = catchThrowableOfType(ParleyJsonException.class,
        () -> MAPPER.readValue("{\"value\":1}", new TypeReference<Reported<Integer>>() {}));

    assertThat(unknown.code()).isEqualTo(ReadCodes.UNKNOWN_VALUE);
    assertThat(unknown.problem().message()).startsWith("unknown value \"terrain\"; expected one of territory, ceasefire");
    assertThat(reported.code()).isEqualTo(ReadCodes.INVALID_VALUE);
    assertThat(reported.problem().message()).isEqualTo("Parley reads Reported<T> for a date (PartialDate), a venue (Venue), a"
        + " duration (DurationEstimate) or a format (RoundFormat), not for java.lang.Integer");
  }

  @Test
  void writesRandomDatasetsAsParleyJsonDoes() {
    for (long seed = 0; seed < 50; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      assertThat(MAPPER.writeValueAsString(dataset))
          .isEqualTo(ParleyJson.builder().pretty(false).build().write(dataset).strip());
    }
  }
}
