package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireEnumTest {

  @Test
  void namesConstantsInLowercaseOnTheWire() {
    assertThat(Issue.SECURITY_GUARANTEES.wireName()).isEqualTo("security_guarantees");
    assertThat(StatementMode.DIRECT_QUOTE.wireName()).isEqualTo("direct_quote");
    assertThat(Verdict.FALSE.wireName()).isEqualTo("false");
  }

  @Test
  void readsEveryConstantBackFromItsWireName() {
    for (Issue issue : Issue.values()) {
      assertThat(Issue.fromWireName(issue.wireName())).isSameAs(issue);
    }
    for (OutcomeStatus status : OutcomeStatus.values()) {
      assertThat(OutcomeStatus.fromWireName(status.wireName())).isSameAs(status);
    }
  }

  @Test
  void refusesAnUnknownNameListingTheAllowedOnes() {
    assertThatThrownBy(() -> Issue.fromWireName("terrain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown Issue \"terrain\"; expected one of territory, ceasefire, prisoners, sanctions,"
            + " recognition, security_guarantees, military_limits, accountability, leaders_meeting, other, hostages,"
            + " humanitarian_access, displacement_and_return, remains, monitoring_and_verification,"
            + " civilian_protection, withdrawal, disarmament_demobilization, border_demarcation,"
            + " transit_and_connectivity, normalization, economic_cooperation, nuclear_program, power_sharing,"
            + " elections, constitutional_reform, transitional_justice");
  }

  @Test
  void refusesTheJavaNameOnTheWire() {
    assertThatThrownBy(() -> ActorKind.fromWireName("PERSON"))
        .hasMessage("Unknown ActorKind \"PERSON\"; expected one of person, state, organization, group,"
            + " armed_group, state_force, international_organization, ngo, media");
  }
}
