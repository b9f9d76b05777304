package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void writesPathsAsRfc6901Pointers() {
    assertThat(JsonPointer.root()).hasToString("");
    assertThat(JsonPointer.root().child("reports", 2).child("demands").child(0).child("by"))
        .hasToString("/reports/2/demands/0/by");
  }

  @Test
  void escapesTildeAndSlashInNames() {
    assertThat(JsonPointer.root().child("a/b~c")).hasToString("/a~1b~0c");
  }

  @Test
  void equalsByText() {
    assertThat(JsonPointer.root().child("reports", 1)).isEqualTo(JsonPointer.root().child("reports").child(1));
  }

  @Test
  void refusesANegativeIndex() {
    assertThatThrownBy(() -> JsonPointer.root().child(-1))
        .hasMessage("Invalid array index (must not be negative): -1");
  }
}
