package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted text prints on one line and cannot control the terminal. */
class PrintableTest {

  @Test
  void escapesControlLineAndBidirectionalCharactersOnly() {
    assertThat(Printable.escape("Türkiye’s “talks” — 🔗 ok")).isEqualTo("Türkiye’s “talks” — 🔗 ok");
    assertThat(Printable.escape("evil\u001b[2J\nerror forged line\r\u0007\u0000"))
        .isEqualTo("evil\\u001b[2J\\nerror forged line\\r\\u0007\\u0000");
    assertThat(Printable.escape("abc\u202eevil\u2066x\u2069\u0085\u2028"))
        .isEqualTo("abc\\u202eevil\\u2066x\\u2069\\u0085\\u2028");
  }
}
