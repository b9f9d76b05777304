package org.parley.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.Venue;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.SourceId;
import org.parley.testing.Fixtures;

class ReconcilerTest {

  private static final Evidence E = Evidence.of("x", 0);

  private static Report report(int n) {
    return Report.builder().id(ReportId.of("report:r" + n)).source(SourceId.of("source:s" + n))
        .negotiation(Fixtures.TALKS).build();
  }

  private static Reconciliation reconcile(List<Actor> actors, Report... reports) {
    return Reconciler.of(actors).reconcile(Fixtures.negotiations().get(0), List.of(reports));
  }

  private static Item item(Reconciliation r, String subject) {
    return r.items().stream().filter(i -> i.subject().equals(subject)).findFirst().orElseThrow();
  }

  private static Outcome prisoners(OutcomeStatus status, Quantity... quantities) {
    return Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS).status(status)
        .addParties(Fixtures.RUSSIA, Fixtures.UKRAINE).description("exchange").addQuantities(quantities)
        .addEvidence(E).build();
  }

  @Test
  void groupsValuesWithTheirSourcesAndPutsConflictsFirst() {
    Report a = Report.builder().from(report(1)).date(Reported.of(PartialDate.of(2025, 5, 16), E)).build();
    Report b = Report.builder().from(report(2)).date(Reported.of(PartialDate.of(2025, 5, 15), E))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), E)).build();
    Report c = Report.builder().from(report(3))
        .date(Reported.of(PartialDate.builder().year(2025).month(5).dayOfWeek(DayOfWeek.FRIDAY).build(), E))
        .duration(Reported.of(DurationEstimate.exact(Duration.ofMinutes(90)), E)).build();

    Reconciliation r = reconcile(Fixtures.actors(), a, b, c);

    assertThat(r.sources()).extracting(SourceId::value).containsExactly("source:s1", "source:s2", "source:s3");
    assertThat(r.items()).extracting(Item::subject, Item::classification).containsExactly(
        org.assertj.core.groups.Tuple.tuple("date", Classification.CONFLICT),
        org.assertj.core.groups.Tuple.tuple("duration", Classification.AGREED));
    Item date = item(r, "date");
    assertThat(date.positions()).extracting(Position::value).containsExactly("2025-05-16", "2025-05-15", "2025-05 (Friday)");
    assertThat(date.positions().get(1).support()).extracting(s -> s.source().value()).containsExactly("source:s2");
  }

  @Test
  void anItemOnlyOneSourceMentionsIsSingleSource() {
    Report a = Report.builder().from(report(1)).date(Reported.of(PartialDate.of(2025, 5, 16), E)).build();

    assertThat(item(reconcile(Fixtures.actors(), a, report(2)), "date").classification())
        .isEqualTo(Classification.SINGLE_SOURCE);
  }

  @Test
  void agreedAndOnlyDiscussedIsAConflictOfStatus() {
    Report a = Report.builder().from(report(1)).addOutcomes(prisoners(OutcomeStatus.AGREED)).build();
    Report b = Report.builder().from(report(2)).addOutcomes(prisoners(OutcomeStatus.DISCUSSED)).build();

    Item outcome = item(reconcile(Fixtures.actors(), a, b), "agreement on prisoners");

    assertThat(outcome.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(outcome.reason()).contains("status agreed vs discussed");
  }

  @Test
  void aThousandPerSideIsNotAThousandInAll() {
    Report a = Report.builder().from(report(1))
        .addOutcomes(prisoners(OutcomeStatus.AGREED, Quantity.perParty(1000, "prisoners of war"))).build();
    Report b = Report.builder().from(report(2))
        .addOutcomes(prisoners(OutcomeStatus.AGREED, Quantity.of(1000, "prisoners"))).build();
    Report c = Report.builder().from(report(3))
        .addOutcomes(prisoners(OutcomeStatus.AGREED, Quantity.of(2000, "prisoners of war"))).build();

    assertThat(item(reconcile(Fixtures.actors(), a, b), "agreement on prisoners").conflicts()).containsExactly(
        Conflict.of(ConflictCodes.QUANTITY, "no total of prisoners fits all of 1000 prisoners of war per party, 1000 prisoners"));
    assertThat(item(reconcile(Fixtures.actors(), a, c), "agreement on prisoners").classification())
        .isEqualTo(Classification.AGREED);
  }

  @Test
  void resolvesSpellingsOfOneActorBeforeComparing() {
    ActorId zelensky = ActorId.of("actor:zelensky");
    ActorId zelenskyy = ActorId.of("actor:zelenskyy");
    List<Actor> actors = List.of(
        Actor.builder().id(zelensky).kind(ActorKind.PERSON).name("Volodymyr Zelensky").build(),
        Actor.builder().id(zelenskyy).kind(ActorKind.PERSON).name("Volodymyr Zelenskyy")
            .addAliases("Volodymyr Zelensky").build());
    Report a = Report.builder().from(report(1))
        .addTitles(PersonTitle.builder().person(zelensky).title("Ukrainian President").addEvidence(E).build()).build();
    Report b = Report.builder().from(report(2))
        .addTitles(PersonTitle.builder().person(zelenskyy).title("President").addEvidence(E).build()).build();

    Reconciliation r = reconcile(actors, a, b);

    assertThat(r.items()).extracting(Item::subject).containsExactly("title of Volodymyr Zelensky");
    assertThat(r.items().get(0).classification()).isEqualTo(Classification.AGREED);
  }

  @Test
  void resolvesActorsWithTheSameWikidataId() {
    ActorId one = ActorId.of("actor:erdogan");
    ActorId two = ActorId.of("actor:recep-tayyip-erdogan");
    List<Actor> actors = List.of(
        Actor.builder().id(one).kind(ActorKind.PERSON).name("Erdogan").wikidataId("Q39259").build(),
        Actor.builder().id(two).kind(ActorKind.PERSON).name("R. T. Erdoğan").wikidataId("Q39259").build());
    Report a = Report.builder().from(report(1))
        .addTitles(PersonTitle.builder().person(one).title("Turkish President").addEvidence(E).build()).build();
    Report b = Report.builder().from(report(2))
        .addTitles(PersonTitle.builder().person(two).title("Turkish Prime Minister").addEvidence(E).build()).build();

    Item title = reconcile(actors, a, b).items().get(0);

    assertThat(title.subject()).isEqualTo("title of Erdogan");
    assertThat(title.classification()).isEqualTo(Classification.CONFLICT);
  }

  @Test
  void aPersonsDemandIsTheDemandOfTheSideTheyActFor() {
    org.parley.model.Demand byPerson = org.parley.model.Demand.builder().from(Fixtures.report().demands().get(0))
        .by(Fixtures.MEDINSKY).build();
    Report a = Report.builder().from(report(1)).addDemands(Fixtures.report().demands().get(0)).build();
    Report b = Report.builder().from(report(2)).addDemands(byPerson).build();

    Reconciliation r = reconcile(Fixtures.actors(), a, b);

    assertThat(r.items()).extracting(Item::subject).contains("demand by Russia of Ukraine on territory");
    assertThat(item(r, "demand by Russia of Ukraine on territory").sourceCount()).isEqualTo(2);
  }

  @Test
  void carriesAssessmentsIntoTheResult() {
    Reconciliation r = Reconciler.reconcileAll(Dataset.builder().from(Fixtures.dataset()).build()).get(0);

    Support trump = item(r, "title of Donald Trump").positions().get(0).support().get(0);
    assertThat(trump.assessment().orElseThrow().verdict()).isEqualTo(org.parley.model.Verdict.FALSE);
    org.parley.model.Evidence quoted = Fixtures.evidence("Ukrainian President Donald Trump");
    assertThat(trump.evidence()).containsExactly(TextPosition.of(quoted));
    assertThat(trump.evidence().get(0).end()).isEqualTo(quoted.start() + "Ukrainian President Donald Trump".length());
    assertThat(trump.pointer()).hasToString("/titles/0");
    Report report = Fixtures.dataset().reports().stream().filter(x -> x.id().equals(trump.report())).findFirst()
        .orElseThrow();
    assertThat(trump.claimIn(report)).containsSame(report.titles().get(0));
    Report other = Report.builder().from(report).id(org.parley.model.ReportId.of("report:other")).build();
    assertThat(trump.claimIn(other)).isEmpty();
  }

  @Test
  void rendersOneLinePerItemWithConflictsFirst() {
    Report a = Report.builder().from(report(1)).date(Reported.of(PartialDate.of(2025, 5, 16), E))
        .duration(Reported.of(DurationEstimate.exact(Duration.ofMinutes(90)), E)).build();
    Report b = Report.builder().from(report(2)).date(Reported.of(PartialDate.of(2025, 5, 15), E))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), E)).build();

    String table = ReconciliationTable.render(reconcile(Fixtures.actors(), a, b));

    assertThat(table).isEqualTo(
        "Reconciliation of negotiation:istanbul-2025: 2 sources, 2 items (1 in conflict, 0 unclear, 0 from one"
            + " source only, 1 agreed)\n"
            + "  S1 = source:s1\n"
            + "  S2 = source:s2\n"
            + "CONFLICT       date      2025-05-16 [S1] | 2025-05-15 [S2]  ! no single day fits 2025-05-16, 2025-05-15\n"
            + "AGREED         duration  90 minutes [S1] | less than 2 hours [S2]\n");
  }

  @Test
  void comparesManyDistinctVenuesWithACommonWordWithoutConflictAndStillFindsTheOneThatDiffers() {
    List<Report> halls = new java.util.ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      halls.add(Report.builder().from(report(n))
          .venue(Reported.of(Venue.of("Dolmabahçe Palace hall " + n, "Istanbul"), E)).build());
    }
    List<Report> withAnkara = new java.util.ArrayList<>(halls);
    withAnkara.add(Report.builder().from(report(20_000)).venue(Reported.of(Venue.of("Presidential Complex", "Ankara"), E))
        .build());

    Item agreed = item(Reconciler.of(Fixtures.actors()).reconcile(Fixtures.negotiations().get(0), halls), "venue");
    Item differs = item(Reconciler.of(Fixtures.actors()).reconcile(Fixtures.negotiations().get(0), withAnkara), "venue");

    assertThat(agreed.classification()).isNotEqualTo(Classification.CONFLICT);
    assertThat(agreed.conflicts()).isEmpty();
    assertThat(differs.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(differs.conflicts()).extracting(c -> c.code() + ": " + c.message()).containsExactly(
        "conflict.venue: \"Dolmabahçe Palace hall 0\" and \"Presidential Complex\" name different places");
  }

  @Test
  void venuesJoinedThroughSharedWordsAgreeAndTwoGroupsConflict() {
    // 30,000 names, each two of "Xanadu", "Yonder", "Zephyr" and a word of its own: every two share
    // a word, no word is in all; pair by pair that is 450 million comparisons, word by word 90,000.
    String[][] pairs = {{"Xanadu", "Yonder"}, {"Xanadu", "Zephyr"}, {"Yonder", "Zephyr"}};
    List<Report> rooms = new java.util.ArrayList<>();
    for (int n = 0; n < 30_000; n++) {
      String[] pair = pairs[n % 3];
      rooms.add(Report.builder().from(report(n))
          .venue(Reported.of(Venue.of(pair[0] + " " + pair[1] + " room" + n, "Istanbul"), E)).build());
    }
    List<Report> chain = new java.util.ArrayList<>();
    String[] names = {"Ritz Hilton", "Hilton Carlton", "Carlton Towers", "Savoy Grand"};
    for (int n = 0; n < names.length; n++) {
      chain.add(Report.builder().from(report(n)).venue(Reported.of(Venue.of(names[n], "Muscat"), E)).build());
    }

    Item agreed = item(Reconciler.of(Fixtures.actors()).reconcile(Fixtures.negotiations().get(0), rooms), "venue");
    Item joined = item(Reconciler.of(Fixtures.actors()).reconcile(Fixtures.negotiations().get(0), chain.subList(0, 3)),
        "venue");
    Item twoGroups = item(Reconciler.of(Fixtures.actors()).reconcile(Fixtures.negotiations().get(0), chain), "venue");

    assertThat(agreed.conflicts()).isEmpty();
    assertThat(agreed.classification()).isNotEqualTo(Classification.CONFLICT);
    assertThat(joined.conflicts()).isEmpty();
    assertThat(twoGroups.conflicts()).extracting(c -> c.code() + ": " + c.message()).containsExactly(
        "conflict.venue: \"Ritz Hilton\" and \"Savoy Grand\" name different places");
  }

  private static Report heldOn(int n, org.parley.model.DateClaim.Builder date) {
    return Report.builder().from(report(n)).addDates(date.role(org.parley.model.DateRole.HELD).addEvidence(E).build())
        .build();
  }

  @Test
  void comparesAWeekdayWithoutADateWithTheDatesAndWeekdaysOfOtherSources() {
    org.parley.model.DateClaim.Builder friday = org.parley.model.DateClaim.builder()
        .weekday(org.parley.model.Weekday.FRIDAY);

    Item fits = item(reconcile(Fixtures.actors(), heldOn(1, org.parley.model.DateClaim.builder()
        .weekday(org.parley.model.Weekday.FRIDAY)), heldOn(2, org.parley.model.DateClaim.builder()
        .date(PartialDate.of(2025, 5, 16)))), "date");
    Item thursday = item(reconcile(Fixtures.actors(), heldOn(1, friday), heldOn(2, org.parley.model.DateClaim.builder()
        .date(PartialDate.of(2025, 5, 15)))), "date");
    Item saturday = item(reconcile(Fixtures.actors(), heldOn(1, org.parley.model.DateClaim.builder()
        .weekday(org.parley.model.Weekday.FRIDAY)), heldOn(2, org.parley.model.DateClaim.builder()
        .weekday(org.parley.model.Weekday.SATURDAY))), "date");

    assertThat(fits.classification()).isEqualTo(Classification.AGREED);
    assertThat(fits.positions()).extracting(Position::value).containsExactly("Friday", "2025-05-16");
    assertThat(thursday.conflicts()).containsExactly(Conflict.of(ConflictCodes.DATE,
        "no day fits Friday and 2025-05-15: 2025-05-15 is a Thursday"));
    assertThat(saturday.conflicts()).containsExactly(Conflict.of(ConflictCodes.WEEKDAY,
        "the sources name different weekdays"));
  }
}
