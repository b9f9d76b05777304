package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The values of format 1.1 refuse, at construction, what can never be valid on its own, naming field and value. */
class ModelOneOneConstructionTest {

  private static final ActorId A = ActorId.of("actor:a");

  @Test
  void aRangeNeedsItsUpperEndAndOnlyARangeHasOne() {
    assertThatThrownBy(() -> Quantity.builder().amount(200).qualifier(QuantityQualifier.RANGE).unit("detainees").build())
        .hasMessage("Invalid value for quantity max: a range needs its upper end (max) besides its lower end (amount)");
    assertThatThrownBy(() -> Quantity.range(300, 200, "detainees"))
        .hasMessage("Invalid value for quantity max (must not be below amount 300): 200");
    assertThatThrownBy(() -> Quantity.builder().amount(200).max(300L).unit("detainees").build())
        .hasMessage("Invalid value for quantity max: only a range has a max; this quantity is exact");
    assertThat(Quantity.range(200, 300, "detainees").toString()).isEqualTo("200–300 detainees");
  }

  @Test
  void aQuantityIsWrittenAsTheSourceQualifiesIt() {
    Quantity hundreds = Quantity.builder().amount(200).qualifier(QuantityQualifier.AT_LEAST).words("hundreds")
        .unit("prisoners").basis(QuantityBasis.UNSPECIFIED).build();
    Quantity part = Quantity.builder().amount(3).unit("hostages").part(true).build();

    assertThat(hundreds.toString()).isEqualTo("at least 200 prisoners (total or per party) (\"hundreds\")");
    assertThat(part.toString()).isEqualTo("part: 3 hostages");
  }

  @Test
  void aDateNeedsADateADayAWeekdayARelativeDateOrATime() {
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.EFFECTIVE).build())
        .hasMessage("Invalid value for date: give the calendar date, the day within a phase, the weekday, the date"
            + " relative to publication, or the time of day");
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.HELD).date(PartialDate.of(2025, 5))
        .relative(RelativeDate.NEXT_WEEK).build()).hasMessage("Invalid value for date relative: a calendar date is not"
            + " relative to publication; give one or the other");
    assertThat(DateClaim.builder().role(DateRole.HELD).weekday(Weekday.FRIDAY).build().weekday())
        .hasValue(Weekday.FRIDAY);
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.HELD).date(PartialDate.of(2025, 5))
        .weekday(Weekday.FRIDAY).build()).hasMessage("Invalid value for date weekday: with a calendar date, name the"
            + " weekday in the date, as in 2025-05-16 (Friday)");
    assertThat(Weekday.FRIDAY.dayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    assertThat(Weekday.of(java.time.DayOfWeek.MONDAY).englishName()).isEqualTo("Monday");
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.EFFECTIVE).date(PartialDate.of(2025)).phase(1).build())
        .hasMessage("Invalid value for date phase: a phase is given only with the day counted in it");
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.DEADLINE).day(7).provision("release").build())
        .hasMessage("Invalid value for date provision: a provision belongs to an agreement; set the date's agreement too");
    assertThatThrownBy(() -> DateClaim.builder().role(DateRole.EFFECTIVE).day(0).build())
        .hasMessage("Invalid value for date day (must be 1 or more): 0");
  }

  @Test
  void aPhaseHasANumberANameOrALength() {
    assertThatThrownBy(() -> Phase.builder().build())
        .hasMessage("Invalid value for phase: give its number, its name or its length in days");
    assertThat(Phase.builder().days(42).build().days()).contains(42);
    assertThat(Phase.builder().name("humanitarian phase").build().name()).contains("humanitarian phase");
  }

  @Test
  void keysAreLikeTheLocalPartOfAnId() {
    assertThatThrownBy(() -> Demand.builder().key("Temporary Ceasefire").by(A).addressee(ActorId.of("actor:b"))
        .issue(Issue.CEASEFIRE).description("a truce").build())
        .hasMessage("Invalid value for demand key (lowercase letters and digits separated by '.', '_' or '-', at most"
            + " 128 characters, as temporary-ceasefire): \"Temporary Ceasefire\"");
  }

  @Test
  void aStatementsStanceNeedsTheClaimItIsTakenOn() {
    assertThatThrownBy(() -> Statement.builder().speaker(A).mode(StatementMode.PARAPHRASE).words("denied it")
        .stance(Stance.DENIES).build())
        .hasMessage("Invalid value for statement stance: a stance needs the claim it is taken on; set about too");
  }

  @Test
  void anAgreementIsNamedByItsIdAndOtherClaimsByAKey() {
    assertThat(About.agreement(AgreementId.of("agreement:doha-2025")).key()).isEqualTo("agreement:doha-2025");
    assertThatThrownBy(() -> About.of(ClaimKind.AGREEMENT, "doha-2025"))
        .hasMessageStartingWith("Invalid agreement id \"doha-2025\"");
    assertThatThrownBy(() -> About.of(ClaimKind.EVENT, "agreement:doha-2025"))
        .hasMessageStartingWith("Invalid value for about key");
  }

  @Test
  void anOutcomesProvisionBelongsToAnAgreement() {
    assertThatThrownBy(() -> Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.HOSTAGES).provision("release")
        .status(OutcomeStatus.AGREED).description("release of hostages").build())
        .hasMessage("Invalid value for outcome provision: a provision belongs to an agreement; set the outcome's"
            + " agreement too");
  }

  @Test
  void aGroupDoesNotListItselfAndAProvisionNamesAnIssue() {
    assertThatThrownBy(() -> Actor.builder().id(A).kind(ActorKind.GROUP).name("the joint facilitators").addMembers(A)
        .build()).hasMessage("Invalid value for actor members: actor:a lists itself as a member");
    assertThatThrownBy(() -> Provision.builder().description("a truce").build())
        .hasMessage("Invalid value for provision issues: name at least one issue");
  }

  @Test
  void theModelIsFormat12() {
    assertThat(Dataset.builder().build().schemaVersion()).isEqualTo("1.2");
    assertThatThrownBy(() -> Dataset.builder().schemaVersion("1.1").build())
        .hasMessage("Invalid value for schemaVersion (the model is format 1.2; earlier documents are read into it):"
            + " \"1.1\"");
  }

  @Test
  void eventsHaveATimingAgainstTheTalksAndOutcomesARankSinceFormat12() {
    ProcessEvent event = ProcessEvent.builder().kind(ProcessEventKind.ATTENDED).timing(EventTiming.BEFORE).build();
    Outcome outcome = Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
        .status(OutcomeStatus.AGREED).rank(OutcomeRank.ONLY).build();

    assertThat(event.timing()).hasValue(EventTiming.BEFORE);
    assertThat(outcome.rank()).hasValue(OutcomeRank.ONLY);
    assertThat(EventTiming.fromWireName("during")).isEqualTo(EventTiming.DURING);
    assertThat(OutcomeRank.fromWireName("among_few")).isEqualTo(OutcomeRank.AMONG_FEW);
  }

  @Test
  void timesOfDayParseAndFormatAsInverses() {
    assertThat(TimeOfDay.parse("08:30+02:00")).isEqualTo(TimeOfDay.of(8, 30, ZoneOffset.ofHours(2)));
    assertThat(TimeOfDay.parse("06:30Z").format()).isEqualTo("06:30Z");
    assertThat(TimeOfDay.parse("12:00").format()).isEqualTo("12:00");
    assertThat(TimeOfDay.parse("08:30+02:00").utcMinuteOfDay()).contains(6 * 60 + 30);
    assertThat(TimeOfDay.parse("01:00+02:00").utcMinuteOfDay()).contains(23 * 60);
    assertThatThrownBy(() -> TimeOfDay.parse("8:30 a.m."))
        .hasMessage("Invalid time of day \"8:30 a.m.\": expected HH:MM, optionally followed by Z or an offset such as"
            + " +02:00 (as 08:30+02:00)");
    assertThatThrownBy(() -> TimeOfDay.parse("24:00"))
        .hasMessage("Invalid value for time of day hour (valid values 0 - 23): 24");
  }

  @Test
  void locatesAPassageByCodePointsSoNobodyCountsByHand() {
    String text = "🔗 Talks resumed. Talks ended. 🔗 Talks resumed.";

    assertThat(Evidence.locate(text, "Talks ended")).isEqualTo(Evidence.of("Talks ended", 17));
    assertThat(Evidence.locate(text, "Talks resumed", 2)).isEqualTo(Evidence.of("Talks resumed", 32));
    assertThatThrownBy(() -> Evidence.locate(text, "Talks resumed"))
        .hasMessage("Invalid value for evidence text: \"Talks resumed\" occurs 2 times in the document, at code point"
            + " offsets [2, 32]; say which with locate(document, passage, occurrence)");
    assertThatThrownBy(() -> Evidence.locate(text, "Talks collapsed"))
        .hasMessage("Invalid value for evidence text: \"Talks collapsed\" does not occur in the document");
    assertThatThrownBy(() -> Evidence.locate(text, "Talks resumed", 3))
        .hasMessage("Invalid value for evidence occurrence (valid values 1 - 2, the passage \"Talks resumed\" occurs 2"
            + " times): 3");
  }
}
