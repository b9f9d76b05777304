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
            + " recognition, security_guarantees, military_limits, accountability, leaders_meeting, other");
  }

  @Test
  void refusesTheJavaNameOnTheWire() {
    assertThatThrownBy(() -> ActorKind.fromWireName("PERSON"))
        .hasMessage("Unknown ActorKind \"PERSON\"; expected one of person, state, organization, group");
  }
}
