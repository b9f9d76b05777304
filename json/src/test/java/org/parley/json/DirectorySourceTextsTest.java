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
    assertThat(DirectorySourceTexts.in(inside).unavailable(withDocument("../secret.txt"))).hasValue(
        "its document path ../secret.txt lies outside the texts folder " + inside.toAbsolutePath().normalize()
            + ", and Parley reads articles only inside it");
    assertThat(DirectorySourceTexts.in(inside).unavailable(withDocument("missing.txt"))).isEmpty();
  }

  @Test
  void refusesALinkThatLeadsOutOfItsFolderAndSaysWhy(@TempDir Path dir) throws IOException {
    Path inside = Files.createDirectories(dir.resolve("texts"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the dataset");
    Files.createSymbolicLink(inside.resolve("article.txt"), secret);
    Files.writeString(inside.resolve("real.txt"), "an article");
    Files.createSymbolicLink(inside.resolve("alias.txt"), inside.resolve("real.txt"));
    DirectorySourceTexts texts = DirectorySourceTexts.in(inside);

    assertThat(texts.find(withDocument("article.txt"))).isEmpty();
    assertThat(texts.unavailable(withDocument("article.txt"))).hasValue("article.txt is a link to "
        + secret.toRealPath() + ", outside the texts folder " + inside.toAbsolutePath().normalize()
        + ", and Parley reads articles only inside it");
    assertThat(texts.find(withDocument("alias.txt")).orElseThrow().text()).isEqualTo("an article");
  }

  @Test
  void theValidatorSaysWhyAReportsEvidenceWasNotChecked(@TempDir Path dir) throws IOException {
    Path inside = Files.createDirectories(dir.resolve("texts"));
    Files.createSymbolicLink(inside.resolve("fixture.txt"), Files.writeString(dir.resolve("elsewhere.txt"), "x"));

    var result = org.parley.validate.Validator.builder().texts(DirectorySourceTexts.in(inside)).build()
        .validate(Fixtures.dataset());

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("evidence.unchecked");
      assertThat(v.message()).startsWith("the text of source:fixture-article was not read: fixture.txt is a link to ")
          .endsWith(", and Parley reads articles only inside it, so the 14 evidence passage(s) of this report were not"
              + " checked against it");
    });
  }
}
