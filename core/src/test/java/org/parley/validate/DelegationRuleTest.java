package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.testing.Fixtures;

class DelegationRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();
  private final List<Delegation> delegations = Fixtures.report().delegations();

  private Dataset withDelegations(Delegation... replaced) {
    return Fixtures.withReport(r -> r.delegations(List.of(replaced)));
  }

  @Test
  void rejectsAHeadWhoIsNotAMember() {
    Dataset dataset = withDelegations(
        Delegation.builder().from(delegations.get(0)).head(Fixtures.FIDAN).build(),
        delegations.get(1), delegations.get(2));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.HEAD_NOT_MEMBER, "/reports/0/delegations/0/head");
  }

  @Test
  void rejectsAPersonListedTwiceInOneDelegation() {
    DelegationMember medinsky = delegations.get(0).members().get(0);
    Dataset dataset = withDelegations(
        Delegation.builder().from(delegations.get(0)).addMembers(medinsky).build(),
        delegations.get(1), delegations.get(2));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.DUPLICATE_MEMBER, "/reports/0/delegations/0/members/1/person");
  }

  @Test
  void rejectsAPersonInTheDelegationsOfBothParties() {
    DelegationMember medinsky = delegations.get(0).members().get(0);
    Dataset dataset = withDelegations(
        delegations.get(0),
        Delegation.builder().from(delegations.get(1)).addMembers(medinsky).build(),
        delegations.get(2));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.PERSON_IN_OPPOSING_DELEGATIONS, "/reports/0/delegations/1/members/1/person");
  }

  @Test
  void acceptsAPartyMemberWhoAlsoAppearsWithTheHost() {
    DelegationMember medinsky = delegations.get(0).members().get(0);
    Dataset dataset = withDelegations(
        delegations.get(0), delegations.get(1),
        Delegation.builder().from(delegations.get(2)).addMembers(medinsky).build());

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  @Test
  void acceptsTwoDelegationsOfOneParty() {
    Delegation secondRussian = Delegation.builder().from(delegations.get(0)).role(DelegationRole.PARTY).build();
    Dataset dataset = withDelegations(delegations.get(0), delegations.get(1), delegations.get(2), secondRussian);

    assertThat(validator.validate(dataset)).hasNoViolations();
  }
}
