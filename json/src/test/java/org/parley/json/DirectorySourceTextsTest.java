package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Source;
import org.parley.testing.Fixtures;

class DirectorySourceTextsTest {

  private static Source withDocument(String path) {
    return Source.builder().from(Fixtures.source()).document(Document.of(path, "0".repeat(64))).build();
  }

  @Test
  void findsADocumentByItsPathOrByItsFileName(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(dir.resolve("seeds/a.txt"), "in seeds");
    Files.writeString(dir.resolve("b.txt"), "at the top");
    DirectorySourceTexts texts = DirectorySourceTexts.in(dir);

    assertThat(texts.find(withDocument("seeds/a.txt")).orElseThrow().text()).isEqualTo("in seeds");
    assertThat(texts.find(withDocument("elsewhere/b.txt")).orElseThrow().text()).isEqualTo("at the top");
    assertThat(texts.find(withDocument("missing.txt"))).isEmpty();
  }

  @Test
  void neverReadsOutsideItsFolder(@TempDir Path dir) throws IOException {
    Path inside = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("secret.txt"), "not for the dataset");

    assertThat(DirectorySourceTexts.in(inside).find(withDocument("../secret.txt"))).isEmpty();
    assertThat(DirectorySourceTexts.in(inside).find(withDocument(dir.resolve("secret.txt").toString()))).isEmpty();
  }
}
