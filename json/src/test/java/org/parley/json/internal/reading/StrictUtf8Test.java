package org.parley.json.internal.reading;

import static org.parley.json.LineKinds.kindOf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.json.JsonLine;
import org.parley.json.ParleyJson;
import org.parley.json.ParleyJsonException;

/**
 * Only well-formed UTF-8 is read: overlong forms, surrogates and code points above U+10FFFF are
 * refused at the line and column (in code points) of their first byte, inside the value that holds
 * them, whether the input is bytes, a stream or a JSON Lines line.
 */
class StrictUtf8Test {

  /** {@code {"parley":"1.1","actors":[{"id":"actor:russi?"...}]}} with {@code bad} in place of the last letter. */
  private static byte[] actorWith(int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"parley\":\"1.1\",\n\"actors\":[{\"id\":\"actor:russi".getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes("\",\"kind\":\"state\",\"name\":\"Ü\"}]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String refusal(byte[] json) {
    ParleyJsonException fromBytes = catchThrowableOfType(ParleyJsonException.class, () -> ParleyJson.standard().read(json));
    ParleyJsonException fromStream = catchThrowableOfType(ParleyJsonException.class,
        () -> ParleyJson.standard().read(new ByteArrayInputStream(json)));
    assertThat(fromStream.getMessage()).isEqualTo(fromBytes.getMessage());
    return fromBytes.code() + " " + fromBytes.getMessage();
  }

  @Test
  void refusesAnOverlongFormThatWouldMakeTwoIdsOne() {
    assertThat(refusal(actorWith(0xC1, 0xA1))).isEqualTo("json.invalid-utf8 2:29: error json.invalid-utf8 /actors/0/id: the"
        + " input is not well-formed UTF-8 at byte offset 45: an overlong encoding (byte 0xC1)");
    assertThat(refusal(actorWith(0xC0, 0x80))).startsWith("json.invalid-utf8 2:29: error json.invalid-utf8 /actors/0/id:");
    assertThat(refusal(actorWith(0xE0, 0x81, 0xA1))).endsWith(": an overlong encoding");
  }

  @Test
  void refusesSurrogatesAndCodePointsBeyondUnicode() {
    assertThat(refusal(actorWith(0xED, 0xA0, 0x80)))
        .endsWith("/actors/0/id: the input is not well-formed UTF-8 at byte offset 45: a surrogate (U+D800 to U+DFFF),"
            + " which UTF-8 never encodes");
    assertThat(refusal(actorWith(0xF4, 0x90, 0x80, 0x80))).endsWith(": a code point beyond U+10FFFF");
    assertThat(refusal(actorWith(0xF5, 0x80, 0x80, 0x80))).endsWith(": a code point beyond U+10FFFF (byte 0xF5)");
  }

  @Test
  void readsEveryWellFormedCodePointUpToTheLast() {
    byte[] json = "{\"parley\":\"1.1\",\"actors\":[{\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"A\uDBFF\uDFFF 🔗\"}]}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(ParleyJson.standard().read(json).actors().get(0).name()).isEqualTo("A\uDBFF\uDFFF 🔗");
  }

  @Test
  void refusesAMalformedJsonLinesLineOnItsLineAndReadsTheNext() {
    byte[] lines = ("{\"parley\":\"1.1\"}\n{\"actor\":{\"id\":\"actor:x\",\"kind\":\"state\",\"name\":\"A\u00e9\"}}\n"
        + "{\"actor\":{\"id\":\"actor:y\",\"kind\":\"state\",\"name\":\"B\"}}\n").getBytes(StandardCharsets.UTF_8);
    int e9 = new String(lines, StandardCharsets.ISO_8859_1).indexOf("\u00c3");
    lines[e9] = (byte) 0xC1;   // é as C3 A9 becomes the overlong C1 A9

    List<String> read;
    try (Stream<JsonLine> stream = ParleyJson.standard().readLines(new ByteArrayInputStream(lines))) {
      read = stream.map(l -> l.error().map(e -> e.problem().line() + ":" + e.problem().column() + " " + e.code() + " " + e.problem().pointer())
          .orElse(kindOf(l))).collect(Collectors.toList());
    }

    assertThat(read).containsExactly("2:50 json.invalid-utf8 /actor/name", "ACTOR");
  }

  @Test
  void placesAFaultAndCountsLinesWhereverTheyFallInAnEightByteBlock() {
    for (int newlineAt = 0; newlineAt < 24; newlineAt++) {
      for (int faultAt = 0; faultAt < 24; faultAt++) {
        if (faultAt == newlineAt) {
          continue;
        }
        byte[] bytes = new byte[26];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[newlineAt] = '\n';
        bytes[faultAt] = (byte) 0xC1;   // never valid in UTF-8
        boolean after = faultAt > newlineAt;

        Utf8 utf8 = Utf8.scan(bytes, 0, bytes.length);

        assertThat(utf8.fault).as("newline %d, fault %d", newlineAt, faultAt).isNotNull();
        assertThat(utf8.faultOffset()).isEqualTo(faultAt);
        assertThat(utf8.fault.problem().line()).isEqualTo(after ? 2 : 1);
        assertThat(utf8.fault.problem().column()).isEqualTo(after ? faultAt - newlineAt : faultAt + 1);
      }
    }
    byte[] ascii = new byte[1000];
    java.util.Arrays.fill(ascii, (byte) 'x');
    assertThat(Utf8.scan(ascii, 3, 990).fault).isNull();
  }
}
