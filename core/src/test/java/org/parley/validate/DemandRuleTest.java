package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Response;
import org.parley.testing.Fixtures;

class DemandRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();
  private final Demand demand = Fixtures.report().demands().get(0);

  private Dataset withDemand(Demand replaced) {
    return Fixtures.withReport(r -> r.demands(List.of(replaced)));
  }

  private Demand answeredBy(org.parley.model.ActorId responder) {
    return Demand.builder().from(demand)
        .response(Response.builder().from(demand.response().orElseThrow()).by(responder).build())
        .build();
  }

  @Test
  void rejectsADemandMadeOfTheDemander() {
    Dataset dataset = withDemand(Demand.builder().from(demand).addressee(Fixtures.RUSSIA).build());

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.SELF_ADDRESSED_DEMAND, "/reports/0/demands/0/addressee");
  }

  @Test
  void warnsWhenTheResponderIsNeitherAPartyNorActsForOne() {
    Dataset dataset = withDemand(answeredBy(Fixtures.FIDAN));

    assertThat(validator.validate(dataset))
        .hasOnlyViolation(Severity.WARNING, Codes.RESPONDER_NOT_PARTY, "/reports/0/demands/0/response/by");
  }

  @Test
  void acceptsAPartyAsResponder() {
    assertThat(validator.validate(withDemand(answeredBy(Fixtures.UKRAINE)))).hasNoViolations();
  }

  @Test
  void acceptsAPersonAffiliatedToAPartyAsResponder() {
    assertThat(validator.validate(withDemand(answeredBy(Fixtures.UMEROV)))).hasNoViolations();
  }

  @Test
  void leavesAnUnknownResponderToTheReferenceRule() {
    assertThat(validator.validate(withDemand(answeredBy(org.parley.model.ActorId.of("actor:nobody")))))
        .hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/demands/0/response/by");
  }
}
