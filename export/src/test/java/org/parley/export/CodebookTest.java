package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published codebook is the one the column definitions give. */
class CodebookTest {

  private static final Path PUBLISHED = Path.of("..", "docs", "codebook.md");

  @Test
  void thePublishedCodebookIsCurrent() throws IOException {
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/codebook.md is out of date; run the main job (see the README) to regenerate it")
        .isEqualTo(Codebook.markdown());
  }

  @Test
  void describesEveryColumnOfEveryTable() {
    String codebook = Codebook.markdown();

    for (Table table : Tables.empty()) {
      assertThat(codebook).contains("## " + table.name() + ".csv");
      table.columns().forEach(c -> assertThat(codebook).contains("| `" + c.name() + "` | " + c.type().words() + " |"));
    }
    assertThat(codebook).contains("Values: `date`, `venue`, `duration`, `format`, `delegation`");
  }
}
