package org.parley.agree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.json.ParleyJson;
import org.parley.model.Dataset;
import org.parley.model.Report;

/**
 * Two independent encodings of seed article 002: the shipped one and a second one written from the
 * article alone ({@code examples/.../second-coder-002.parley.json}); and the edge cases.
 */
class AgreementTest {

  private static Dataset shipped;
  private static Dataset second;

  @BeforeAll
  static void read() throws IOException {
    shipped = ParleyJson.standard().read(Path.of("..", "seeds", "istanbul-2025.parley.json"));
    second = ParleyJson.standard().read(Path.of("..", "examples", "src", "main", "resources", "org", "parley",
        "examples", "second-coder-002.parley.json"));
  }

  private static Agreement of(Dataset... datasets) {
    List<String> names = List.of("A", "B", "C").subList(0, datasets.length);
    return Agreement.of(List.of(datasets), names, Map.of());
  }

  private static Optional<Agreement.FieldAgreement> field(Agreement agreement, String name) {
    return agreement.fields().stream().filter(f -> f.field().equals(name)).findFirst();
  }

  @Test
  void comparesOnlyTheArticleBothCodersEncodedMatchedByItsDocumentsHash() {
    Agreement agreement = of(shipped, second);

    assertThat(agreement.units()).extracting(Agreement.Unit::source).containsOnly(
        "sha256:63a6a58f20f9a6ce2f21c3283c7829ee4dd3fd43fb5c0a00ca4d29d4dc296706");
    assertThat(agreement.units().stream().filter(u -> u.claims().get(0).isPresent())).hasSize(32);
    assertThat(agreement.units().stream().filter(u -> u.claims().get(1).isPresent())).hasSize(31);
    assertThat(agreement.units().stream().filter(u -> u.claims().stream().allMatch(Optional::isPresent))).hasSize(29);
  }

  @Test
  void givesAlphaPerFieldWithItsLevelAndKappaForTwoCoders() {
    Agreement agreement = of(shipped, second);

    assertThat(agreement.fields()).extracting(f -> f.field() + " " + f.level().words() + " " + f.units() + " "
        + String.format(java.util.Locale.ROOT, "%.3f", f.observed()) + " " + f.alpha() + " " + f.kappa())
        .containsExactly(
            "actor_id nominal 20 1.000 1.000 1.000",
            "counterpart_id nominal 6 1.000 1.000 1.000",
            "other_actors nominal 4 1.000 1.000 1.000",
            "issue nominal 4 0.500 0.417 0.429",
            "kind nominal 16 0.813 0.774 0.769",
            "status nominal 3 0.667 0.545 0.500",
            "qualifier nominal 2 0.500 0.400 0.333",
            "amount ratio 2 0.500 n/a n/a",
            "unit nominal 2 0.500 0.000 0.000",
            "date interval 1 1.000 n/a n/a",
            "date_role nominal 1 1.000 n/a n/a",
            "timing ordinal 2 1.000 n/a n/a",
            "tone nominal 2 1.000 1.000 1.000",
            "place nominal 1 1.000 n/a n/a",
            "regions nominal 1 1.000 n/a n/a",
            "verdict nominal 3 0.000 -0.364 0.000");
    assertThat(field(agreement, "date").orElseThrow().alpha().undefined()).isEqualTo("no unit has values from two coders");
    assertThat(field(agreement, "amount").orElseThrow().alpha().undefined())
        .isEqualTo("one value only: there was no choice to disagree on");
    assertThat(field(agreement, "date_role").orElseThrow().alpha().undefined())
        .isEqualTo("one value only: there was no choice to disagree on");
    assertThat(field(agreement, "amount").orElseThrow().kappa().undefined()).isEqualTo("kappa is for nominal fields");
  }

  @Test
  void givesUnitizingAlphaAndOverlapPerClaimType() throws IOException {
    String text = java.nio.file.Files.readString(Path.of("..", "seeds", "002_254a3b9810478911.txt"));
    Agreement agreement = Agreement.of(List.of(shipped, second), List.of("A", "B"), Map.of(
        "sha256:63a6a58f20f9a6ce2f21c3283c7829ee4dd3fd43fb5c0a00ca4d29d4dc296706",
        (long) text.codePointCount(0, text.length())));
    // Without the text, the article ends at its furthest passage: a shorter stretch of agreed silence.
    Agreement withoutText = of(shipped, second);

    assertThat(withoutText.spans()).extracting(s -> s.type() + " " + s.alpha()).contains("statement 0.508");
    assertThat(agreement.spans()).extracting(s -> s.type() + " " + s.alpha() + " "
        + String.format(java.util.Locale.ROOT, "%.3f %.3f %.3f", s.precision(), s.recall(), s.f1()))
        .contains("demand 1.000 1.000 1.000 1.000", "statement 0.499 0.978 0.568 0.719",
            "outcome 0.329 0.687 0.407 0.511", "title 0.693 0.583 1.000 0.736");
  }

  @Test
  void listsEveryClaimOneCoderLacksAndEveryFieldCodedDifferentlyWithThePassage() {
    Agreement agreement = of(shipped, second);

    assertThat(agreement.differences()).hasSize(17);
    assertThat(agreement.differences()).filteredOn(d -> d.field().equals("claim"))
        .extracting(d -> d.type() + " " + d.values() + " " + d.claims()).containsExactly(
            "statement [present, absent] [report:peace-hopes-fizzle#/statements/2, ]",
            "statement [present, absent] [report:peace-hopes-fizzle#/statements/10, ]",
            "event [present, absent] [report:peace-hopes-fizzle#/events/0, ]",
            "title [absent, present] [, report:second-coder-002#/titles/0]",
            "title [absent, present] [, report:second-coder-002#/titles/1]");
    assertThat(agreement.differences()).filteredOn(d -> d.field().equals("issue"))
        .extracting(d -> d.type() + " " + d.values() + " \"" + d.passage() + "\"").containsExactly(
            "demand [territory, withdrawal] \"reportedly demanded Ukraine withdraw its forces from four key"
                + " regions—Donetsk, Luhansk, Kherson, and Zaporizhzhia—as a condition for a ceasefire\"",
            "response [territory, withdrawal] \"swiftly rejected the demands\"");
    // The ceasefire outcome of each coder is aligned with the other's, though A's passages overlap B's
    // prisoner exchange as much: the matching that shares the most in all.
    assertThat(agreement.differences()).filteredOn(d -> d.type().equals("outcome"))
        .extracting(d -> d.field() + " " + d.values() + " " + d.claims()).containsExactly(
            "kind [no_agreement, agreement] [report:peace-hopes-fizzle#/outcomes/1, report:second-coder-002#/outcomes/0]",
            "status [not_reached, discussed] [report:peace-hopes-fizzle#/outcomes/1, report:second-coder-002#/outcomes/0]",
            "verdict [disputed, (none)] [report:peace-hopes-fizzle#/outcomes/0, report:second-coder-002#/outcomes/1]");
    assertThat(agreement.differences()).filteredOn(d -> d.field().equals("amount"))
        .extracting(d -> d.type() + " " + d.values()).containsExactly("fact [1576800, (none)]");
  }

  @Test
  void aDatasetAgreesWithItselfEverywhere() {
    Agreement agreement = of(shipped, shipped);

    assertThat(agreement.differences()).isEmpty();
    assertThat(agreement.fields()).allSatisfy(f -> {
      assertThat(f.observed()).isEqualTo(1.0);
      assertThat(f.alpha().value().orElse(1.0)).isEqualTo(1.0);
    });
    assertThat(agreement.spans()).allSatisfy(s -> assertThat(s.f1()).isEqualTo(1.0));
  }

  @Test
  void aCoderWhoCodedNothingLacksEveryClaim() {
    Report empty = Report.builder().id(org.parley.model.ReportId.of("report:nothing"))
        .source(second.sources().get(0).id()).negotiation(second.reports().get(0).negotiation()).build();
    Dataset nothing = Dataset.builder().from(second).reports(List.of(empty)).build();

    Agreement agreement = of(second, nothing);

    assertThat(agreement.fields()).isEmpty();
    assertThat(agreement.differences()).hasSize(31).allMatch(d -> d.field().equals("claim")
        && d.values().equals(List.of("present", "absent")));
    assertThat(agreement.spans()).allSatisfy(s -> {
      assertThat(s.recall()).isZero();
      assertThat(s.alpha().value().orElseThrow()).isLessThanOrEqualTo(0.0);
    });
  }

  @Test
  void threeCodersHaveAlphaButNoKappaAndFewerThanTwoAreRefused() {
    Agreement agreement = of(shipped, second, second);

    assertThat(field(agreement, "kind").orElseThrow().kappa().undefined()).isEqualTo("kappa compares two coders");
    assertThat(field(agreement, "kind").orElseThrow().alpha().value()).isPresent();
    assertThatThrownBy(() -> Agreement.of(List.of(shipped), List.of("A"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreement needs two or more datasets, each with a coder's name; got 1 datasets and 1 names");
  }
}
