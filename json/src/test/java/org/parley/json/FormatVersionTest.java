package org.parley.json;

import static org.parley.json.LineKinds.kindOf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementRelation;
import org.parley.model.Dataset;

/**
 * Format 1.1 only adds to 1.0: every 1.0 document reads, into the current model, and is written back
 * as 1.1; a document that uses a 1.1 field or value under a 1.0 header is refused, at that field or
 * value, with a message that says which version it needs.
 */
class FormatVersionTest {

  private static final ParleyJson JSON = ParleyJson.standard();

  @Test
  void readsAFormat10DocumentIntoTheCurrentModelAndWritesItBackAs12() {
    byte[] v10 = BadInputTest.resource("valid/every-field-once.json");

    Dataset dataset = JSON.read(v10);
    String written = JSON.write(dataset);

    assertThat(new String(v10, StandardCharsets.UTF_8)).contains("\"parley\": \"1.0\"");
    assertThat(dataset.schemaVersion()).isEqualTo("1.2");
    assertThat(written).startsWith("{\n  \"parley\": \"1.2\",\n");
    assertThat(JSON.read(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
  }

  @Test
  void refusesAFormat11FieldUnderA10HeaderWhereTheFieldIs() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(BadInputTest.resource("bad/v10-demand-key.json")));

    assertThat(e.code()).isEqualTo(ReadCodes.NEEDS_NEWER_VERSION);
    assertThat(e.getMessage()).isEqualTo("48:11: error json.needs-newer-version /reports/0/demands/0/key: the field \"key\" of a demand"
        + " is new in Parley format 1.1, which the \"parley\": \"1.0\" of the header does not allow; declare"
        + " \"parley\": \"1.1\" to use it");
  }

  private static final String EVENT_WITH_TIMING = "{\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\","
      + "\"negotiation\":\"negotiation:n\",\"events\":[{\"kind\":\"attended\",\"timing\":\"before\",\"cause\":\"k\"}],"
      + "\"outcomes\":[{\"kind\":\"agreement\",\"issue\":\"prisoners\",\"status\":\"agreed\",\"rank\":\"only\"}]}]";

  @Test
  void readsAnEventsTimingAndCauseAndAnOutcomesRankUnderA12HeaderAndWritesThemBack() {
    Dataset dataset = JSON.read((EVENT_WITH_TIMING + ",\"parley\":\"1.2\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(dataset.reports().get(0).events().get(0).timing()).hasValue(org.parley.model.EventTiming.BEFORE);
    assertThat(dataset.reports().get(0).events().get(0).cause()).hasValue("k");
    assertThat(dataset.reports().get(0).outcomes().get(0).rank()).hasValue(org.parley.model.OutcomeRank.ONLY);
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
  }

  @Test
  void readsThePlacesOfAnOutcomeAndAProvisionUnderA12HeaderAndRefusesThemUnderA11One() {
    String withPlaces = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"outcomes\":[{\"kind\":\"agreement\",\"issue\":\"transit_and_connectivity\",\"status\":\"agreed\","
        + "\"regions\":[\"Nakhchivan\"]}],\"agreements\":[{\"agreement\":\"agreement:a\",\"provisions\":[{"
        + "\"issues\":[\"transit_and_connectivity\"],\"regions\":[\"Syunik\",\"Nakhchivan\"]}]}]}]}";

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + withPlaces).getBytes(StandardCharsets.UTF_8));
    // With the header first, every use of a newer field is refused where it stands.
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + withPlaces).getBytes(StandardCharsets.UTF_8)));

    assertThat(dataset.reports().get(0).outcomes().get(0).regions()).containsExactly("Nakhchivan");
    assertThat(dataset.reports().get(0).agreements().get(0).provisions().get(0).regions())
        .containsExactly("Syunik", "Nakhchivan");
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
    assertThat(old.problems()).extracting(p -> p.code() + " " + p.location().pointer()).containsExactly(
        "json.needs-newer-version /reports/0/outcomes/0/regions",
        "json.needs-newer-version /reports/0/agreements/0/provisions/0/regions");
  }

  @Test
  void readsTheStepsOfAnAgreementsLifeUnderA12HeaderAndRefusesThemUnderA11One() {
    String steps = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"dates\":[{\"role\":\"approved\",\"weekday\":\"friday\",\"agreement\":\"agreement:a\","
        + "\"actor\":\"actor:israel\",\"key\":\"cabinet-vote\"}],"
        + "\"agreements\":[{\"agreement\":\"agreement:a\",\"status\":\"approved\",\"statusBy\":\"actor:israel\","
        + "\"links\":[{\"relation\":\"implements\",\"agreement\":\"agreement:framework\"}]},"
        + "{\"agreement\":\"agreement:permanent\",\"status\":\"sought\"}]}]}";

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + steps).getBytes(StandardCharsets.UTF_8));
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + steps).getBytes(StandardCharsets.UTF_8)));

    AgreementClaim approval = dataset.reports().get(0).agreements().get(0);
    assertThat(approval.statusBy()).contains(ActorId.of("actor:israel"));
    assertThat(approval.links()).containsExactly(
        AgreementLink.of(AgreementRelation.IMPLEMENTS, AgreementId.of("agreement:framework")));
    assertThat(dataset.reports().get(0).dates().get(0).key()).contains("cabinet-vote");
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
    assertThat(old.problems()).extracting(p -> p.code() + " " + p.location().pointer()).containsExactly(
        "json.needs-newer-version /reports/0/dates/0/role",
        "json.needs-newer-version /reports/0/dates/0/weekday",
        "json.needs-newer-version /reports/0/dates/0/actor",
        "json.needs-newer-version /reports/0/dates/0/key",
        "json.needs-newer-version /reports/0/agreements/0/status",
        "json.needs-newer-version /reports/0/agreements/0/statusBy",
        "json.needs-newer-version /reports/0/agreements/0/links",
        "json.needs-newer-version /reports/0/agreements/1/status");
  }

  @Test
  void readsTheLengthOfAnyClaimUnderA12HeaderAndRefusesItUnderA11One() {
    String lengths = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"demands\":[{\"by\":\"actor:a\",\"addressee\":\"actor:b\",\"issue\":\"ceasefire\","
        + "\"duration\":{\"minutes\":43200,\"qualifier\":\"exact\"}}],"
        + "\"agreements\":[{\"agreement\":\"agreement:a\",\"provisions\":[{\"issues\":[\"territory\"],"
        + "\"duration\":{\"minutes\":52034400,\"qualifier\":\"up_to\"}}]}]}]}";

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + lengths).getBytes(StandardCharsets.UTF_8));
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + lengths).getBytes(StandardCharsets.UTF_8)));

    assertThat(dataset.reports().get(0).agreements().get(0).provisions().get(0).duration().orElseThrow())
        .hasToString("up to 99 years");
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
    assertThat(old.problems()).extracting(p -> p.code() + " " + p.location().pointer()).containsExactly(
        "json.needs-newer-version /reports/0/demands/0/duration",
        "json.needs-newer-version /reports/0/agreements/0/provisions/0/duration",
        "json.needs-newer-version /reports/0/agreements/0/provisions/0/duration/qualifier");
  }

  @Test
  void readsAMagnitudeInsteadOfAnAmountUnderA12HeaderAndRefusesItUnderA11OneOrBesideAnAmount() {
    String start = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"facts\":[{\"description\":\"families fled\",\"quantity\":{";
    String end = "\"unit\":\"families\",\"words\":\"hundreds\"}}]}]}";
    String hundreds = start + "\"magnitude\":\"hundreds\"," + end;

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + hundreds).getBytes(StandardCharsets.UTF_8));
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + hundreds).getBytes(StandardCharsets.UTF_8)));
    ParleyJsonException both = catchThrowableOfType(ParleyJsonException.class, () -> JSON.read(
        ("{\"parley\":\"1.2\"," + start + "\"amount\":300,\"magnitude\":\"hundreds\"," + end)
            .getBytes(StandardCharsets.UTF_8)));
    ParleyJsonException neither = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.2\"," + start + end).getBytes(StandardCharsets.UTF_8)));

    assertThat(dataset.reports().get(0).facts().get(0).quantity().orElseThrow()).hasToString(
        "at least 200 families (\"hundreds\")");
    assertThat(JSON.write(dataset)).contains("\"magnitude\": \"hundreds\"").doesNotContain("\"amount\"");
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
    assertThat(old.problem().code() + " " + old.problem().location().pointer())
        .isEqualTo("json.needs-newer-version /reports/0/facts/0/quantity/magnitude");
    assertThat(both.problem().code()).isEqualTo(ReadCodes.INVALID_VALUE);
    assertThat(both.problem().message()).isEqualTo("a quantity with a magnitude has its amount and qualifier from it"
        + " (\"hundreds\" is at least 200); leave \"amount\" and \"qualifier\" out");
    assertThat(neither.problem().code()).isEqualTo(ReadCodes.MISSING_FIELD);
    assertThat(neither.problem().message()).isEqualTo("a quantity needs the field \"amount\" or \"magnitude\" (a"
        + " magnitude, since format 1.2, for words such as \"hundreds\")");
  }

  @Test
  void readsADateRelativeToPublicationUnderA12HeaderAndRefusesItUnderA11One() {
    String nextMonday = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"dates\":[{\"role\":\"scheduled\",\"weekday\":\"monday\",\"relative\":\"next_week\"}]}]}";

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + nextMonday).getBytes(StandardCharsets.UTF_8));
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + nextMonday).getBytes(StandardCharsets.UTF_8)));

    assertThat(dataset.reports().get(0).dates().get(0).relative()).contains(org.parley.model.RelativeDate.NEXT_WEEK);
    assertThat(JSON.read(JSON.write(dataset).getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
    assertThat(old.problems()).extracting(p -> p.code() + " " + p.location().pointer()).containsExactly(
        "json.needs-newer-version /reports/0/dates/0/weekday", "json.needs-newer-version /reports/0/dates/0/relative");
  }

  @Test
  void readsAPhaseGivenOnlyByItsLengthUnderA12HeaderAndRefusesItUnderA11One() {
    String phase = "\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"agreements\":[{\"agreement\":\"agreement:a\",\"provisions\":[{\"issues\":[\"hostages\"],"
        + "\"phase\":{\"days\":42}}]}]}]}";

    Dataset dataset = JSON.read(("{\"parley\":\"1.2\"," + phase).getBytes(StandardCharsets.UTF_8));
    ParleyJsonException old = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(("{\"parley\":\"1.1\"," + phase).getBytes(StandardCharsets.UTF_8)));

    assertThat(dataset.reports().get(0).agreements().get(0).provisions().get(0).phase().orElseThrow().days())
        .contains(42);
    assertThat(old.problem().code()).isEqualTo(ReadCodes.NEEDS_NEWER_VERSION);
    assertThat(old.problem().location().pointer().toString()).isEqualTo("/reports/0/agreements/0/provisions/0/phase");
    assertThat(old.problem().message()).isEqualTo("a phase with neither a number nor a name is new in Parley format 1.2,"
        + " which the \"parley\": \"1.1\" of the header does not allow; declare \"parley\": \"1.2\" to use it");
  }

  @Test
  void refusesAFormat12FieldUnderA11HeaderEvenWhenTheHeaderComesLast() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read((EVENT_WITH_TIMING + ",\"parley\":\"1.1\"}").getBytes(StandardCharsets.UTF_8)));

    assertThat(e.code()).isEqualTo(ReadCodes.NEEDS_NEWER_VERSION);
    assertThat(e.problem().pointer().toString()).isEqualTo("/reports/0/events/0/timing");
    // The events field of format 1.1 comes first: remembering only the first newer field let a 1.2 field pass.
    assertThat(e.problem().message()).isEqualTo("the field \"timing\" of a process event is new in Parley format 1.2,"
        + " which the document's header does not allow; declare \"parley\": \"1.2\" to use it");
  }

  @Test
  void namesThe12FieldThatFollowsA11FieldBeforeA10Header() {
    // The header comes last: what is remembered until it comes is the first use of the newest version.
    String v10 = "{\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
        + "\"events\":[{\"key\":\"k\",\"kind\":\"attended\",\"timing\":\"before\"}]}],\"parley\":\"1.0\"}";
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(v10.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.problem().pointer().toString()).isEqualTo("/reports/0/events/0/timing");
    assertThat(e.problem().message()).contains("is new in Parley format 1.2");
  }

  @Test
  void refusesAFormat11ValueUnderA10Header() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(BadInputTest.resource("bad/v10-issue-hostages.json")));

    assertThat(e.problem().message()).isEqualTo("the value \"hostages\" is new in Parley format 1.1, which the \"parley\":"
        + " \"1.0\" of the header does not allow; declare \"parley\": \"1.1\" to use it");
  }

  @Test
  void refusesAFormat11FieldThatComesBeforeA10HeaderAtTheField() {
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(BadInputTest.resource("bad/v10-header-after-agreements.json")));

    assertThat(e.problem().pointer()).hasToString("/agreements");
    assertThat(e.problem().line()).isEqualTo(24);
    assertThat(e.problem().message()).isEqualTo("the field \"agreements\" of a dataset is new in Parley format 1.1, which the"
        + " document's header does not allow; declare \"parley\": \"1.1\" to use it");
  }

  @Test
  void appliesTheHeaderOfAJsonLinesFileToEveryLine() {
    String lines = "{\"parley\":\"1.0\"}\n"
        + "{\"actor\":{\"id\":\"actor:hamas\",\"kind\":\"armed_group\",\"name\":\"Hamas\"}}\n"
        + "{\"actor\":{\"id\":\"actor:israel\",\"kind\":\"state\",\"name\":\"Israel\"}}\n"
        + "{\"agreement\":{\"id\":\"agreement:deal\",\"name\":\"the deal\",\"type\":\"ceasefire\"}}\n";

    List<String> read;
    try (Stream<JsonLine> stream = JSON.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      read = stream.map(l -> l.error().map(ParleyJsonException::getMessage).orElse(kindOf(l)))
          .collect(Collectors.toList());
    }

    assertThat(read).containsExactly(
        "2:37: error json.needs-newer-version /actor/kind: the value \"armed_group\" is new in Parley format 1.1, which the \"parley\":"
            + " \"1.0\" of the header does not allow; declare \"parley\": \"1.1\" to use it",
        "ACTOR",
        "4:2: error json.needs-newer-version /agreement: the field \"agreement\" of a JSON Lines record is new in Parley format 1.1,"
            + " which the \"parley\": \"1.0\" of the header does not allow; declare \"parley\": \"1.1\" to use it");
  }

  @Test
  void shipsTheSchemaOfEachVersion() {
    assertThat(ParleyJson.schema("1.0")).contains("\"const\": \"1.0\"");
    assertThat(ParleyJson.schema("1.1")).contains("\"$id\": \"urn:parley:schema:parley-1.1\"");
    assertThat(ParleyJson.schema()).isEqualTo(ParleyJson.schema("1.2")).contains("\"$id\": \"urn:parley:schema:parley-1.2\"");
    assertThatThrownBy(() -> ParleyJson.schema("2.0"))
        .hasMessage("Unknown Parley format version \"2.0\"; expected one of 1.0, 1.1, 1.2");
  }

  @Test
  void aDelegationsRoleDefaultsToPartySince11AndIsRequiredUnder10() {
    String v10 = new String(BadInputTest.resource("valid/every-field-once.json"), StandardCharsets.UTF_8);
    String withoutRole = v10.replaceFirst("\"role\": \"party\",\\s*", "");
    String v11 = withoutRole.replace("\"parley\": \"1.0\"", "\"parley\": \"1.1\"");

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(withoutRole.getBytes(StandardCharsets.UTF_8)));
    Dataset read = JSON.read(v11.getBytes(StandardCharsets.UTF_8));

    assertThat(withoutRole).isNotEqualTo(v10);
    assertThat(e.code()).isEqualTo(ReadCodes.NEEDS_NEWER_VERSION);
    assertThat(e.problem().pointer()).hasToString("/reports/0/delegations/0");
    assertThat(e.problem().message()).isEqualTo("a delegation without a role (a party's, by default) is new in Parley format"
        + " 1.1, which the \"parley\": \"1.0\" of the header does not allow; declare \"parley\": \"1.1\" to use it");
    assertThat(read.reports().get(0).delegations().get(0).role()).isEqualTo(org.parley.model.DelegationRole.PARTY);
  }

  @Test
  void aDemandsDescriptionIsOptionalSince11AndRequiredUnder10() {
    String v10 = new String(BadInputTest.resource("valid/every-field-once.json"), StandardCharsets.UTF_8);
    String withoutDescription = v10.replaceFirst("\"description\": \"withdraw\",\\s*", "");
    String v11 = withoutDescription.replace("\"parley\": \"1.0\"", "\"parley\": \"1.1\"");

    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class,
        () -> JSON.read(withoutDescription.getBytes(StandardCharsets.UTF_8)));

    assertThat(withoutDescription).isNotEqualTo(v10);
    assertThat(e.code()).isEqualTo(ReadCodes.NEEDS_NEWER_VERSION);
    assertThat(e.problem().pointer()).hasToString("/reports/0/demands/0");
    assertThat(JSON.read(v11.getBytes(StandardCharsets.UTF_8)).reports().get(0).demands().get(0).description())
        .isEmpty();
  }
}
