package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.NegotiationRole;
import org.parley.model.RoleClaim;
import org.parley.testing.Fixtures;

/** A source's role claims against the negotiation record (Russia and Ukraine parties, Türkiye host). */
class RoleRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();

  private Dataset withRole(ActorId actor, NegotiationRole role) {
    return Fixtures.withReport(r -> r.roles(List.of(RoleClaim.builder().actor(actor).role(role)
        .addAllEvidence(Fixtures.report().demands().get(0).evidence()).build())));
  }

  @Test
  void acceptsRolesTheRecordGivesAndAPersonOfTheSideItNames() {
    assertThat(validator.validate(withRole(Fixtures.TURKEY, NegotiationRole.HOST))).hasNoViolations();
    assertThat(validator.validate(withRole(Fixtures.FIDAN, NegotiationRole.HOST))).hasNoViolations();
    assertThat(validator.validate(withRole(Fixtures.UMEROV, NegotiationRole.PARTY))).hasNoViolations();
    // The record lists no mediators: it is silent on them, not against the source.
    assertThat(validator.validate(withRole(Fixtures.TURKEY, NegotiationRole.MEDIATOR))).hasNoViolations();
    assertThat(validator.validate(withRole(Fixtures.TURKEY, NegotiationRole.OBSERVER))).hasNoViolations();
  }

  @Test
  void warnsOfAPartyCalledAThirdParty() {
    assertThat(validator.validate(withRole(Fixtures.RUSSIA, NegotiationRole.MEDIATOR)))
        .hasOnlyViolation(Severity.WARNING, Codes.ROLE_AGAINST_NEGOTIATION, "/reports/0/roles/0/role");
  }

  @Test
  void warnsOfAThirdPartyCalledAParty() {
    assertThat(validator.validate(withRole(Fixtures.TURKEY, NegotiationRole.PARTY)))
        .hasOnlyViolation(Severity.WARNING, Codes.ROLE_AGAINST_NEGOTIATION, "/reports/0/roles/0/role");
  }

  @Test
  void warnsOfAHostTheRecordDoesNotListAmongItsHosts() {
    assertThat(validator.validate(withRole(Fixtures.TRUMP, NegotiationRole.HOST)))
        .hasOnlyViolation(Severity.WARNING, Codes.ROLE_AGAINST_NEGOTIATION, "/reports/0/roles/0/role");
  }
}
