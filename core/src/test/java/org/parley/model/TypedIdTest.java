package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdTest {

  @Test
  void keepsItsTextAndLocalPart() {
    ActorId id = ActorId.of("actor:volodymyr-zelensky");

    assertThat(id.value()).isEqualTo("actor:volodymyr-zelensky");
    assertThat(id.localPart()).isEqualTo("volodymyr-zelensky");
    assertThat(id).hasToString("actor:volodymyr-zelensky");
  }

  @Test
  void equalsOnlyAnIdOfTheSameKindAndText() {
    assertThat(ActorId.of("actor:a")).isEqualTo(ActorId.of("actor:a")).hasSameHashCodeAs(ActorId.of("actor:a"));
    assertThat(ActorId.of("actor:a")).isNotEqualTo(ActorId.of("actor:b"));
    assertThat(SourceId.of("source:x").localPart()).isEqualTo(ReportId.of("report:x").localPart());
    assertThat((Object) SourceId.of("source:x")).isNotEqualTo(ReportId.of("report:x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"actor:a", "actor:2022-talks", "actor:un.security_council", "actor:q1-2"})
  void acceptsWellFormedIds(String text) {
    assertThat(ActorId.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "actor:", "zelensky", "source:zelensky", "actor:Zelensky", "actor:a b",
      "actor:-a", "actor:a-", "actor:a--b", "Actor:a", "actor: a"})
  void refusesMalformedIdsNamingTheKind(String text) {
    assertThatThrownBy(() -> ActorId.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid actor id \"" + text + "\": expected \"actor:\" followed by lowercase letters and"
            + " digits separated by '.', '_' or '-', at most 128 characters in all (for example actor:example-1)");
  }

  @Test
  void refusesAnIdLongerThan128Characters() {
    assertThatThrownBy(() -> NegotiationId.of("negotiation:" + "a".repeat(117)))
        .hasMessageStartingWith("Invalid negotiation id");
    assertThat(NegotiationId.of("negotiation:" + "a".repeat(116)).value()).hasSize(128);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> ReportId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("report id");
  }
}
