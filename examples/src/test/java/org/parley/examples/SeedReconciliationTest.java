package org.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Position;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.reconcile.ReconciliationTable;
import org.parley.reconcile.Support;

/** The reconciliation of the five seed reports finds what a careful reader of the articles finds. */
class SeedReconciliationTest {

  private static final Path EXPECTED = Path.of("src", "test", "resources", "istanbul-2025.reconciliation.txt");

  private final Reconciliation reconciliation = Reconciler.reconcileAll(Istanbul2025.dataset()).get(0);

  /** The claim a support points to, in the seed dataset. */
  private static org.parley.model.Claim claim(Support support) {
    return Istanbul2025.dataset().reports().stream().map(r -> support.claimIn(r)).flatMap(java.util.Optional::stream)
        .findFirst().orElseThrow();
  }

  private Item item(String subject) {
    return reconciliation.items().stream().filter(i -> i.subject().equals(subject)).findFirst().orElseThrow();
  }

  /** Each value of the item with the sources that give it. */
  private static Map<String, List<String>> sides(Item item) {
    return item.positions().stream().collect(Collectors.toMap(Position::value,
        p -> p.support().stream().map(Support::source).map(s -> s.value()).collect(Collectors.toList())));
  }

  @Test
  void findsTheConflictOverTheDateWithTheSourcesOnEachSide() {
    Item date = item("date");

    assertThat(date.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(sides(date)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "2025-05-16", List.of(Article000.SOURCE.value(), Article004.SOURCE.value()),
        "Friday", List.of(Article002.SOURCE.value(), Article003.SOURCE.value()),
        "2025-05-15", List.of(Article004.SOURCE.value())));
    // Seed 004 is on two sides: its photo caption says 16 May, its body 15 May.
    Support caption = date.positions().stream().filter(p -> p.value().equals("2025-05-16")).findFirst().orElseThrow()
        .support().get(1);
    assertThat(caption.source()).isEqualTo(Article004.SOURCE);
    assertThat(claim(caption).evidence().get(0).part()).hasValue(org.parley.model.PagePart.CAPTION);
  }

  @Test
  void findsTheConflictOverTheDurationWithTheSourcesOnEachSide() {
    Item duration = item("duration");

    assertThat(duration.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(sides(duration)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "2 hours", List.of(Article000.SOURCE.value()),
        "less than 2 hours", List.of(Article001.SOURCE.value(), Article003.SOURCE.value(), Article004.SOURCE.value()),
        "90 minutes", List.of(Article002.SOURCE.value())));
  }

  @Test
  void findsExactlyTheseConflicts() {
    assertThat(reconciliation.conflicts()).extracting(Item::subject).containsExactlyInAnyOrder(
        "date", "duration", "title of Donald Trump", "agreement on prisoners (prisoner-exchange)",
        "absent (Joe Biden) [us-president-stays-away]", "fact regions-not-fully-held",
        "follow up on leaders meeting (zelensky-putin-meeting)",
        "attended (Türkiye, Ukraine, United States) [trilateral-turkiye-us-ukraine]",
        "which followed from which: putin-absent and us-president-stays-away",
        "no agreement on ceasefire (no-ceasefire)");
    // Seed 004 does not say whether its 1,000 prisoners are per side or in all: no conflict of numbers.
    // 001 calls it the only tangible outcome, 004 one among the few.
    assertThat(item("agreement on prisoners (prisoner-exchange)").conflicts()).containsExactly(
        Conflict.of(ConflictCodes.RANK, "one source calls it the only outcome of the talks, another one among a few"),
        Conflict.of(ConflictCodes.STATUS, "status agreed vs discussed"));
    // 002 has the trilateral with the U.S. before the talks, 004 at the same time.
    assertThat(item("attended (Türkiye, Ukraine, United States) [trilateral-turkiye-us-ukraine]").conflicts())
        .containsExactly(Conflict.of(ConflictCodes.TIMING, "the sources place the event at different times against"
            + " the talks: before, during"));
    assertThat(reconciliation.conflicts()).extracting(Item::key).containsExactlyInAnyOrder(
        "date/held", "duration", "title/actor:donald-trump", "outcome/key:prisoner-exchange",
        "event/key:us-president-stays-away", "fact/key:regions-not-fully-held", "outcome/key:zelensky-putin-meeting",
        "event/key:trilateral-turkiye-us-ukraine", "cause/key:putin-absent+key:us-president-stays-away",
        "outcome/key:no-ceasefire");
    // 001: Putin declined Ukraine's ceasefire; 003: Ukraine's refusal blocked it.
    assertThat(item("no agreement on ceasefire (no-ceasefire)").conflicts()).containsExactly(Conflict.of(
        ConflictCodes.BLAME, "the sources hold different actors responsible: Vladimir Putin, Ukraine"));
    // 002: "Ukraine defiant"; 003: Umerov "The door remains open for diplomacy".
    assertThat(item("reaction of Ukraine").classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(item("reaction of Russia").classification()).isEqualTo(Classification.AGREED);
    // 000: the American president stayed away because Putin would not come; 004: the other way round.
    assertThat(item("which followed from which: putin-absent and us-president-stays-away").conflicts())
        .containsExactly(Conflict.of(ConflictCodes.DIRECTION, "the sources give the cause the other way round:"
            + " us-president-stays-away because of putin-absent; putin-absent because of us-president-stays-away"));
    // Seed 004's "Trump absent" under seed 000's key for Biden's cancelled trip: two claims, never agreed.
    assertThat(item("absent (Joe Biden) [us-president-stays-away]").conflicts()).extracting(Conflict::code)
        .containsExactly(ConflictCodes.ACTOR);
  }

  @Test
  void noAgreedItemJoinsClaimsThatDifferInKindActorsDirectionOrTiming() {
    assertThat(org.parley.testing.AgreedItems.agreed(Istanbul2025.dataset())).isGreaterThan(15);
    assertThat(org.parley.testing.AgreedItems.unlike(Istanbul2025.dataset())).isEmpty();
  }

  @Test
  void wrapsTheTableToATerminalsWidthWithoutLosingACharacter() {
    String plain = ReconciliationTable.render(reconciliation);
    String wrapped = ReconciliationTable.render(reconciliation, 100);

    assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
        .isLessThanOrEqualTo(100));
    assertThat(wrapped.lines().count()).isGreaterThan(plain.lines().count());
    assertThat(wrapped.replaceAll("\\s+", "")).isEqualTo(plain.replaceAll("\\s+", ""));
    // A continuation line starts under the values, after the classification and the subject.
    assertThat(wrapped.lines().filter(l -> l.startsWith(" ".repeat(4)) && !l.startsWith("  S"))).isNotEmpty();
  }

  @Test
  void reconcilesEveryItemAsTheExpectedTableSays() throws IOException {
    String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);

    assertThat(ReconciliationTable.render(reconciliation))
        .as("the reconciliation of the seeds differs from %s; if the change is meant, copy the table the main job"
            + " prints into it", EXPECTED)
        .isEqualTo(expected);
  }

  @Test
  void comparesTheItemsEveryArticleThatMentionsThemReports() {
    assertThat(sides(item("absent (Vladimir Putin) [putin-absent]"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "reported", List.of(Article000.SOURCE.value(), Article001.SOURCE.value()),
        "because: it became clear President Trump would not attend; following us-president-stays-away",
        List.of(Article004.SOURCE.value())));
    assertThat(item("agreement on prisoners (prisoner-exchange)").positions()).flatExtracting(Position::support)
        .extracting(sup -> sup.source().value()).containsExactlyInAnyOrder(Article000.SOURCE.value(),
            Article001.SOURCE.value(), Article002.SOURCE.value(), Article003.SOURCE.value(), Article004.SOURCE.value());
    // 003 counts from Russia's invasion, 004 from the collapse of the 2022 talks: a person must look.
    assertThat(item("fact first-direct-talks-since-2022").classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(item("fact first-direct-talks-since-2022").positions()).flatExtracting(Position::support)
        .extracting(sup -> sup.source().value()).containsExactlyInAnyOrder(Article001.SOURCE.value(),
            Article002.SOURCE.value(), Article003.SOURCE.value(), Article004.SOURCE.value());
  }

  @Test
  void doesNotReportAConflictBetweenSpellingsOfOneName() {
    // Zelensky / Zelenskyy, Türkiye’s / Turkish / Turkey’s, Dolmabahçe / Dolmabahce, Defence / Defense.
    assertThat(item("title of Volodymyr Zelensky").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("title of Hakan Fidan").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("title of Rustem Umerov").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("title of Recep Tayyip Erdoğan").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("venue").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("venue").positions()).hasSize(4);
  }

  @Test
  void keepsTheAssessmentsOfFalseClaimsVisible() {
    Support may15 = item("date").positions().stream().filter(p -> p.value().equals("2025-05-15")).findFirst()
        .orElseThrow().support().get(0);

    assertThat(may15.assessment().orElseThrow().verdict().wireName()).isEqualTo("false");
    assertThat(claim(may15).evidence().get(0).text()).startsWith("On May 15, Türkiye hosted");
    assertThat(may15.evidence().get(0).start()).isEqualTo(claim(may15).evidence().get(0).start());
  }
}
