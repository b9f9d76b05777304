package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLocationsTest {

  private static final byte[] DOCUMENT = ("{\n"
      + "  \"actors\": [\n"
      + "    {\"id\": \"actor:a\", \"aliases\": [\"A\", \"B\"]},\n"
      + "    {\"id\": \"actor:b\"}\n"
      + "  ]\n"
      + "}\n").getBytes(StandardCharsets.UTF_8);

  @Test
  void findsAValueOrItsNearestEnclosingOne() {
    JsonLocations all = JsonLocations.of(DOCUMENT);

    assertThat(all.find("/actors/0/aliases/1")).containsExactly(3, 40);
    assertThat(all.find("/actors/1/id")).containsExactly(4, 12);
    assertThat(all.find("/actors/1/kind")).containsExactly(4, 5);
    assertThat(all.find("/sources/0")).containsExactly(1, 1);
  }

  @Test
  void countsColumnsInCodePointsNotBytes() {
    // "Türkiye’s" is 9 code points and 12 bytes; "é" 1 and 2; 🔗 1 code point, 4 bytes
    byte[] json = "{\"a\":\"Türkiye’s\",\n\"b\":{\"c\":\"é🔗\",\"d\":1}}".getBytes(StandardCharsets.UTF_8);

    JsonLocations all = JsonLocations.of(json);

    assertThat(all.find("/a")).containsExactly(1, 6);
    assertThat(all.find("/b/c")).containsExactly(2, 10);
    assertThat(all.find("/b/d")).containsExactly(2, 19);
  }

  @Test
  void locatesOnlyWhatIsAskedForAndGivesTheSameAnswers() {
    List<String> asked = List.of("/actors/0/aliases/1", "/actors/1/kind");
    JsonLocations some = JsonLocations.of(DOCUMENT, asked);
    JsonLocations all = JsonLocations.of(DOCUMENT);

    for (String pointer : asked) {
      assertThat(some.find(pointer)).containsExactly(all.find(pointer));
    }
    assertThat(some.find("/actors/0/id")).containsExactly(all.find("/actors/0"));
    assertThat(all.find("/actors/0/id")).containsExactly(3, 12);
    assertThat(some.find("/actors/1/id")).containsExactly(4, 5);
  }
}
