package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  private static final Path SEED_004 = Path.of("..", "seeds", "004_e89adec3750aa83b.txt");

  @Test
  void addressesSeed004ByCodePointsPastItsEmoji() throws IOException {
    // Offsets computed independently with Python's str, which counts code points.
    SourceText text = SourceText.ofUtf8(Files.readAllBytes(SEED_004));

    assertThat(text.codePointLength()).isEqualTo(8278);
    assertThat(text.text().length()).isEqualTo(8279);
    assertThat(text.slice(4697, 4698)).isEqualTo("🔗");
    assertThat(text.slice(4701, 4701 + 17)).isEqualTo("In Libya, Türkiye");
    assertThat(text.slice(5390, 5390 + 44)).isEqualTo("agreement to exchange 1,000 prisoners of war");
    assertThat(text.find("agreement to exchange 1,000 prisoners of war")).contains(5390);
  }

  @Test
  void hashesTheDocumentBytes() throws IOException {
    SourceText text = SourceText.ofUtf8(Files.readAllBytes(SEED_004));

    assertThat(text.sha256()).isEqualTo("6d341c298945e277a3e8872eec9480458ba03d0adcd4010ef05b3ea1728ede77");
    assertThat(SourceText.of(text.text()).sha256()).isEqualTo(text.sha256());
  }

  @Test
  void refusesBytesThatAreNotUtf8AndSaysWhere() {
    byte[] bytes = {'a', 'b', (byte) 0xC3, 'c'};

    assertThatThrownBy(() -> SourceText.ofUtf8(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The document is not valid UTF-8: malformed bytes at byte offset 2");
  }

  @Test
  void keepsAByteOrderMarkAsTheFirstCodePoint() {
    SourceText text = SourceText.ofUtf8("\uFEFFabc".getBytes(StandardCharsets.UTF_8));

    assertThat(text.codePointLength()).isEqualTo(4);
    assertThat(text.slice(1, 4)).isEqualTo("abc");
  }

  @Test
  void refusesASliceOutsideTheText() {
    SourceText text = SourceText.of("a🔗b");

    assertThat(text.slice(1, 3)).isEqualTo("🔗b");
    assertThatThrownBy(() -> text.slice(2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Code point range [2, 4) is outside a text of 3 code points");
  }
}
