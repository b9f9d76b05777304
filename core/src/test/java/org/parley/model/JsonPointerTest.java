package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

  @Test
  void parsesTextBackIntoTheSameTokens() {
    JsonPointer parsed = JsonPointer.parse("/reports/2/a~1b~0c/0");
    assertThat(parsed.tokens()).containsExactly("reports", "2", "a/b~c", "0");
    assertThat(parsed).hasToString("/reports/2/a~1b~0c/0");
    assertThat(parsed.depth()).isEqualTo(4);
    assertThat(parsed.index()).isEqualTo(0);
    assertThat(parsed.token(2)).isEqualTo("a/b~c");
    assertThat(parsed.parent()).contains(JsonPointer.parse("/reports/2/a~1b~0c"));
    assertThat(JsonPointer.parse("")).isSameAs(JsonPointer.root());
    assertThat(JsonPointer.root().parent()).isEmpty();
    assertThat(JsonPointer.root().last()).isEmpty();
  }

  @Test
  void readsOnlyCanonicalIndexesAsIndexes() {
    assertThat(JsonPointer.parse("/a/01").index()).isEqualTo(-1);
    assertThat(JsonPointer.parse("/a/10").index()).isEqualTo(10);
    assertThat(JsonPointer.parse("/a/").last()).contains("");
  }

  @Test
  void refusesTextThatIsNoPointer() {
    assertThatThrownBy(() -> JsonPointer.parse("reports/0"))
        .hasMessage("Invalid JSON Pointer (must be empty or start with '/'): reports/0");
    assertThatThrownBy(() -> JsonPointer.parse("/a~2"))
        .hasMessage("Invalid JSON Pointer ('~' must be followed by 0 or 1): /a~2");
  }

  @Test
  void appendsAndRebasesTokenByToken() {
    JsonPointer report = JsonPointer.root().child("reports", 3);
    JsonPointer relative = JsonPointer.parse("/demands/0/response");
    JsonPointer absolute = report.append(relative);
    assertThat(absolute).hasToString("/reports/3/demands/0/response");
    assertThat(absolute.startsWith(report)).isTrue();
    assertThat(absolute.startsWith(JsonPointer.parse("/reports/30"))).isFalse();
    assertThat(absolute.rebase(report, JsonPointer.root())).isEqualTo(relative);
    assertThat(absolute.rebase(report, JsonPointer.root()).tokens()).isEqualTo(List.of("demands", "0", "response"));
    assertThatThrownBy(() -> relative.rebase(report, JsonPointer.root()))
        .hasMessage("/demands/0/response does not start with /reports/3");
  }

  @Test
  void cutsToItsFirstTokens() {
    JsonPointer pointer = JsonPointer.parse("/actors/3/aliases/0");
    assertThat(pointer.upTo(2)).hasToString("/actors/3");
    assertThat(pointer.upTo(2).index()).isEqualTo(3);
    assertThat(pointer.upTo(0).isRoot()).isTrue();
    assertThat(pointer.upTo(4)).isSameAs(pointer);
    assertThatThrownBy(() -> pointer.upTo(5))
        .hasMessage("The first 5 tokens of a pointer of 4: /actors/3/aliases/0");
  }
}
