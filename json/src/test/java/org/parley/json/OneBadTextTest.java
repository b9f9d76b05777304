package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Document;
import org.parley.model.Evidence;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.testing.Fixtures;
import org.parley.validate.Validator;

/** One bad document or passage is a located problem of its own; it never stops the checking of the rest. */
class OneBadTextTest {

  /** The fixture, plus a second source whose document is {@code path}, with a report of its own. */
  private static Dataset withSecondSource(String path) {
    Dataset base = Fixtures.dataset();
    SourceId second = SourceId.of("source:second");
    Report report = Report.builder().from(Fixtures.report()).id(ReportId.of("report:second")).source(second).build();
    return Dataset.builder().from(base)
        .sources(List.of(Source.builder().id(second).kind(org.parley.model.SourceKind.NEWS)
            .document(Document.of(path, "0".repeat(64))).build(), base.sources().get(0)))
        .reports(List.of(report, Report.builder().from(Fixtures.report())
            .date(org.parley.model.Reported.of(org.parley.model.PartialDate.parse("2025-05 (Friday)"),
                Evidence.of("met on Friday", 0))).build()))
        .build();
  }

  private static List<String> codes(Dataset dataset, Path dir) {
    return Validator.builder().texts(DirectorySourceTexts.in(dir)).build().validate(dataset).violations().stream()
        .map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void aDocumentThatIsNotUtf8IsAnErrorOfItsSourceAndTheOthersAreStillChecked(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE);
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(codes(withSecondSource("latin1.txt"), dir)).containsExactly(
        "source.text-unreadable /sources/0/document/path",
        "evidence.text-mismatch /reports/1/date/evidence/0/text");
  }

  @Test
  void aDocumentPathNoFileSystemAcceptsIsAnErrorOfItsSource(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE);

    assertThat(codes(withSecondSource("bad\u0000name.txt"), dir)).containsExactly(
        "source.text-unreadable /sources/0/document/path",
        "evidence.text-mismatch /reports/1/date/evidence/0/text");
  }

  @Test
  void anOffsetWhosePassageWouldEndPastTheLargestOffsetIsRefusedWhereItIs() {
    assertThatThrownBy(() -> Evidence.of("ab", Integer.MAX_VALUE))
        .hasMessage("Invalid value for evidence start (the passage must end at or before offset 2147483647):"
            + " 2147483647");
    ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, () -> ParleyJson.standard().read(
        ("{\"parley\":\"1.1\",\"reports\":[{\"id\":\"report:r\",\"source\":\"source:s\",\"negotiation\":\"negotiation:n\","
            + "\"titles\":[{\"person\":\"actor:a\",\"title\":\"T\",\"evidence\":[{\"text\":\"ab\",\"start\":2147483647}]}]}]}")
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(e.code()).isEqualTo(ReadCodes.INVALID_VALUE);
    assertThat(e.problem().pointer()).hasToString("/reports/0/titles/0/evidence/0");
  }

  @Test
  void anArticleLargerThanTheLimitIsNotReadAndIsAnErrorOfItsSource(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), Fixtures.ARTICLE);
    Dataset dataset = Fixtures.dataset();

    List<org.parley.validate.Violation> violations = Validator.builder().texts(DirectorySourceTexts.in(dir, 100))
        .build().validate(dataset).violations();

    assertThat(violations).extracting(v -> v.code() + " " + v.path()).containsExactly(
        "source.text-unreadable /sources/0/document/path");
    assertThat(violations.get(0).message()).isEqualTo("the document fixture.txt of source:fixture-article could not"
        + " be read: " + dir.toAbsolutePath().normalize().resolve("fixture.txt") + ": the article has "
        + Fixtures.ARTICLE.getBytes(StandardCharsets.UTF_8).length + " bytes, more than the limit of 100 bytes; the"
        + " evidence of its reports was not checked");
  }
}
