package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Evidence;
import org.parley.model.PagePart;
import org.parley.model.Report;
import org.parley.model.RoleClaim;
import org.parley.validate.Anchoring;
import org.parley.model.JsonPointer;
import org.parley.validate.SourceText;

/** Anchoring puts each passage found once at its code point offset and lists the rest, untouched. */
class AnchoringTest {

  private static final JsonPointer AT = JsonPointer.root().child("reports", 0);

  @Test
  void putsEveryPassageOfEveryKindOfClaimBackWhereItOccurs() {
    Report original = GazaCeasefireTest.wireReport();
    Report zeroed = Anchoring.anchor(original, AT, SourceText.of("")).report();   // nothing found: all left
    Report misplaced = Report.builder().from(original).roles(List.of(RoleClaim.builder()
        .from(original.roles().get(0)).evidence(List.of(Evidence.builder().text("mediators Qatar").start(3)
            .part(PagePart.BODY).build())).build(), original.roles().get(1))).build();

    Anchoring.Result result = Anchoring.anchor(misplaced, AT, SourceText.of(GazaCeasefireTest.WIRE.text()));

    assertThat(zeroed).isEqualTo(original);
    assertThat(result.moved()).isEqualTo(1);
    assertThat(result.unanchored()).isEmpty();
    assertThat(result.report().roles().get(0).evidence().get(0))
        .isEqualTo(Evidence.builder().from(original.roles().get(0).evidence().get(0)).part(PagePart.BODY).build());
  }

  @Test
  void listsAPassageThatOccursTwiceWithBothOffsets() {
    Report original = GazaCeasefireTest.wireReport();
    Report ambiguous = Report.builder().from(original).roles(List.of(RoleClaim.builder()
        .from(original.roles().get(0)).evidence(List.of(Evidence.of("Gaza", 0))).build(), original.roles().get(1)))
        .build();

    Anchoring.Result result = Anchoring.anchor(ambiguous, AT, SourceText.of(GazaCeasefireTest.WIRE.text()));

    assertThat(result.unanchored()).extracting(Anchoring.Unanchored::toString).containsExactly(
        "/reports/0/roles/0/evidence/0: \"Gaza\" occurs 2 times, at code point offsets "
            + SourceText.of(GazaCeasefireTest.WIRE.text()).findAll("Gaza") + "; left at offset 0");
    assertThat(result.report()).isEqualTo(ambiguous);
  }
}
