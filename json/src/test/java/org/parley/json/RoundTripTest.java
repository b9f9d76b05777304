package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Issue;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

class RoundTripTest {

  private static final int CASES = 10_000;

  private final ParleyJson pretty = ParleyJson.standard();
  private final ParleyJson compact = ParleyJson.builder().pretty(false).build();

  @Test
  void readsBackEveryRandomDatasetEqualAndRewritesItByteForByte() {
    Set<Issue> issuesSeen = EnumSet.noneOf(Issue.class);
    for (long seed = 0; seed < CASES; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      ParleyJson json = seed % 2 == 0 ? pretty : compact;

      byte[] written = json.writeBytes(dataset);
      Dataset read = json.read(written);

      assertThat(read).as("seed %d", seed).isEqualTo(dataset);
      assertThat(json.writeBytes(read)).as("seed %d", seed).isEqualTo(written);
      read.reports().forEach(r -> r.demands().forEach(d -> issuesSeen.add(d.issue())));
    }
    assertThat(issuesSeen).as("the generator reaches every issue").containsExactlyInAnyOrder(Issue.values());
  }

  @Test
  void readsBackEveryRandomDatasetFromJsonLines() throws IOException {
    for (long seed = 0; seed < 1_000; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      compact.writeLines(dataset, out);

      Dataset.Builder read = Dataset.builder();
      try (Stream<JsonLine> lines = compact.readLines(new ByteArrayInputStream(out.toByteArray()))) {
        lines.forEach(line -> {
          assertThat(line.error()).isEmpty();
          line.actor().ifPresent(read::addActors);
          line.negotiation().ifPresent(read::addNegotiations);
          line.agreement().ifPresent(read::addAgreements);
          line.source().ifPresent(read::addSources);
          line.report().ifPresent(read::addReports);
        });
      }
      assertThat(read.build()).as("seed %d", seed).isEqualTo(dataset);
    }
  }

  @Test
  void readsTheFixtureBackEqualInBothLayoutsAndEachLayoutRewritesItsOwnText() {
    Dataset fixture = Fixtures.dataset();
    for (ParleyJson json : new ParleyJson[] {pretty, compact}) {
      String written = json.write(fixture);
      Dataset read = json.read(written);

      assertThat(read).isEqualTo(fixture);
      assertThat(read.reports().get(0).demands()).isEqualTo(fixture.reports().get(0).demands());
      assertThat(json.write(read)).isEqualTo(written);
    }
    assertThat(compact.read(pretty.write(fixture))).isEqualTo(fixture);
    assertThat(compact.write(fixture).strip()).doesNotContain("\n").isNotEqualTo(pretty.write(fixture).strip());
  }

  @Test
  void writesUtf8WithUnixLineEndsAndUnescapedText() {
    String text = pretty.write(Fixtures.dataset());

    assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\"name\": \"Türkiye\"")
        .startsWith("{\n  \"parley\": \"1.2\",\n  \"actors\": [\n    {\n");
  }

  @Test
  void writesCharactersOutsideTheBmpAsThemselvesAndEscapesControlCharacters() {
    // A headline may hold what a name may not: the article's own line break, even a stray control character.
    Dataset dataset = Dataset.builder().addSources(org.parley.model.Source.builder().id(Fixtures.SOURCE)
        .kind(org.parley.model.SourceKind.NEWS).headline("🔗 \"links\"\n\u0001").build()).build();

    String text = compact.write(dataset);

    assertThat(text).contains("\"headline\":\"🔗 \\\"links\\\"\\n\\u0001\"");
    assertThat(compact.read(text)).isEqualTo(dataset);
  }

  @Test
  void writesCompactDocumentsOnOneLine() {
    String text = compact.write(Fixtures.dataset());

    assertThat(text.lines()).hasSize(1);
    assertThat(text).startsWith("{\"parley\":\"1.2\",\"actors\":[{\"id\":\"actor:russia\",\"kind\":\"state\"");
    assertThat(compact.read(text)).isEqualTo(Fixtures.dataset());
  }
}
