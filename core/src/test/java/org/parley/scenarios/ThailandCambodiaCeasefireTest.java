package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.parley.model.About;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementId;
import org.parley.model.AgreementType;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.EventTiming;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeRank;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.TimeOfDay;
import org.parley.model.Tone;
import org.parley.model.Venue;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * Three short stories written for this test about the talks between Thailand and Cambodia that
 * Malaysia hosted in July 2025, which disagree on nearly everything a report can say: the day and its
 * weekday, when the ceasefire begins and at what hour, how long the talks lasted and where, who led
 * the Thai side and what his office is, which area Thailand demanded a withdrawal from and whether
 * Cambodia accepted, whether the ceasefire was agreed or only discussed and whether it was the only
 * result, whether the commanders met before or after the talks, how many people fled, what Malaysia
 * undertook, whether the talks were suspended because the Thai delegation walked out or the other
 * way round, who blocked the border's reopening, and whether Cambodia took the talks well. Each disagreement is its own conflict code; none is agreed.
 */
class ThailandCambodiaCeasefireTest {

  static final Article WIRE = Article.of("source:wire-putrajaya", SourceKind.WIRE,
      "PUTRAJAYA, July 28 (Wire) - Thailand and Cambodia agreed on Monday to an immediate and unconditional"
          + " ceasefire after talks in Putrajaya hosted by Malaysian Prime Minister Anwar Ibrahim. The ceasefire"
          + " takes effect at 11 p.m. local time on July 28, the only result of the meeting. The talks lasted about"
          + " two hours. Thailand's delegation was led by acting Prime Minister Phumtham Wechayachai. Thailand"
          + " demanded that Cambodian troops withdraw from the Ta Muen Thom temple area, and Cambodia accepted."
          + " Military commanders of both sides met before the talks. Malaysia will send observers to monitor the"
          + " border. The fighting has displaced more than 260,000 people. The talks were briefly suspended after"
          + " the Thai delegation walked out. Cambodia called the talks a success. No agreement was reached on"
          + " reopening the border, which Thailand blocked. It was the worst fighting since the 2011 border clashes.");

  static final Article DAILY = Article.of("source:daily-phnom-penh", SourceKind.NEWS,
      "PHNOM PENH (Daily) - Cambodian and Thai leaders met in Kuala Lumpur on Tuesday, July 29, and discussed a"
          + " ceasefire, one of several results of the meeting. The ceasefire is due to begin at 6 a.m. local time on"
          + " Wednesday, July 30. The meeting lasted four hours. Foreign Minister Maris Sangiampongsa led the Thai"
          + " side. Bangkok demanded a Cambodian withdrawal from the Preah Vihear area, which Phnom Penh rejected."
          + " The two armies' commanders met after the talks. About 140,000 people have fled the fighting. The Thai"
          + " delegation walked out after the talks were briefly suspended. Phnom Penh said it was disappointed by"
          + " the talks. Cambodia blocked any agreement on reopening the border. It was the worst fighting since the"
          + " 2008 temple dispute.");

  static final Article AGENCY = Article.of("source:agency-kuala-lumpur", SourceKind.NEWS,
      "KUALA LUMPUR (Agency) - A Thai army spokesman denied that any ceasefire had been agreed. Interior"
          + " Minister Phumtham Wechayachai attended the talks. Malaysia will oversee the pullback of troops"
          + " from the border.");

  static final ActorId THAILAND = ActorId.of("actor:thailand");
  static final ActorId CAMBODIA = ActorId.of("actor:cambodia");
  static final ActorId MALAYSIA = ActorId.of("actor:malaysia");
  static final ActorId PHUMTHAM = ActorId.of("actor:phumtham-wechayachai");
  static final ActorId MARIS = ActorId.of("actor:maris-sangiampongsa");
  static final ActorId SPOKESMAN = ActorId.of("actor:thai-army-spokesman");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:thailand-cambodia-2025-07");
  static final AgreementId CEASEFIRE = AgreementId.of("agreement:thailand-cambodia-ceasefire-2025");
  static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(THAILAND).kind(ActorKind.STATE).name("Thailand").addAliases("Bangkok")
                .addDemonyms("Thai").country("THA").build(),
            Actor.builder().id(CAMBODIA).kind(ActorKind.STATE).name("Cambodia").addAliases("Phnom Penh")
                .addDemonyms("Cambodian").country("KHM").build(),
            Actor.builder().id(MALAYSIA).kind(ActorKind.STATE).name("Malaysia").addDemonyms("Malaysian")
                .country("MYS").build(),
            Actor.builder().id(PHUMTHAM).kind(ActorKind.PERSON).name("Phumtham Wechayachai").affiliation(THAILAND)
                .build(),
            Actor.builder().id(MARIS).kind(ActorKind.PERSON).name("Maris Sangiampongsa").affiliation(THAILAND).build(),
            Actor.builder().id(SPOKESMAN).kind(ActorKind.PERSON).name("a Thai army spokesman").anonymous(true)
                .affiliation(THAILAND).build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Thailand–Cambodia ceasefire talks, July 2025")
            .addParties(THAILAND, CAMBODIA).addHosts(MALAYSIA).build())
        .addAgreements(Agreement.builder().id(CEASEFIRE).name("Thailand–Cambodia ceasefire")
            .type(AgreementType.CEASEFIRE).negotiation(TALKS).build())
        .addSources(WIRE.source(), DAILY.source(), AGENCY.source())
        .addReports(wire(), daily(), agency())
        .build();
  }

  static Report wire() {
    return Report.builder().id(ReportId.of("report:wire-putrajaya")).source(WIRE.id()).negotiation(TALKS)
        .date(Reported.of(PartialDate.parse("2025-07-28 (Monday)"), WIRE.at("July 28 (Wire)"),
            WIRE.at("agreed on Monday")))
        .venue(Reported.of(Venue.builder().name("Putrajaya").city("Putrajaya").build(), WIRE.at("talks in Putrajaya")))
        .duration(Reported.of(DurationEstimate.about(Duration.ofHours(2)), WIRE.at("The talks lasted about two hours")))
        .addDelegations(Delegation.builder().party(THAILAND).role(DelegationRole.PARTY).head(PHUMTHAM)
            .addMembers(DelegationMember.builder().person(PHUMTHAM).title("acting Prime Minister")
                .addEvidence(WIRE.at("acting Prime Minister Phumtham Wechayachai")).build())
            .addEvidence(WIRE.at("Thailand's delegation was led by acting Prime Minister Phumtham Wechayachai")).build())
        .addDemands(Demand.builder().by(THAILAND).addressee(CAMBODIA).issue(Issue.WITHDRAWAL)
            .addRegions("Ta Muen Thom temple area")
            .response(Response.builder().kind(ResponseKind.ACCEPTED).by(CAMBODIA)
                .addEvidence(WIRE.at("and Cambodia accepted")).build())
            .addEvidence(WIRE.at("Thailand demanded that Cambodian troops withdraw from the Ta Muen Thom temple area"))
            .build())
        .addOutcomes(
            Outcome.builder().key("ceasefire").kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
                .agreement(CEASEFIRE).addParties(THAILAND, CAMBODIA).status(OutcomeStatus.AGREED).rank(OutcomeRank.ONLY)
                .addEvidence(WIRE.at("Thailand and Cambodia agreed on Monday to an immediate and unconditional"
                    + " ceasefire"), WIRE.at("the only result of the meeting")).build(),
            Outcome.builder().key("border-reopening").kind(OutcomeKind.NO_AGREEMENT)
                .issue(Issue.TRANSIT_AND_CONNECTIVITY).addParties(THAILAND, CAMBODIA).status(OutcomeStatus.NOT_REACHED)
                .blame(THAILAND)
                .addEvidence(WIRE.at("No agreement was reached on reopening the border, which Thailand blocked")).build(),
            Outcome.builder().key("border-observers").kind(OutcomeKind.COMMITMENT)
                .issue(Issue.MONITORING_AND_VERIFICATION).addParties(MALAYSIA).status(OutcomeStatus.AGREED)
                .addEvidence(WIRE.at("Malaysia will send observers to monitor the border")).build())
        .addStatements(Statement.builder().speaker(CAMBODIA).mode(StatementMode.PARAPHRASE)
            .words("the talks were a success").tone(Tone.POSITIVE)
            .addEvidence(WIRE.at("Cambodia called the talks a success")).build())
        .addDates(DateClaim.builder().role(DateRole.EFFECTIVE).agreement(CEASEFIRE).date(PartialDate.of(2025, 7, 28))
            .time(TimeOfDay.of(23, 0, BANGKOK))
            .addEvidence(WIRE.at("takes effect at 11 p.m. local time on July 28")).build())
        .addEvents(ProcessEvent.builder().key("commanders-meeting").kind(ProcessEventKind.ATTENDED)
                .addActors(THAILAND, CAMBODIA).timing(EventTiming.BEFORE)
                .addEvidence(WIRE.at("Military commanders of both sides met before the talks")).build(),
            ProcessEvent.builder().key("talks-suspended").kind(ProcessEventKind.SUSPENDED).cause("thai-walk-out")
                .addEvidence(WIRE.at("The talks were briefly suspended after the Thai delegation walked out")).build(),
            ProcessEvent.builder().key("thai-walk-out").kind(ProcessEventKind.WALKED_OUT).addActors(THAILAND)
                .addEvidence(WIRE.at("the Thai delegation walked out")).build())
        .addFacts(FactClaim.builder().key("worst-fighting").description("the worst fighting since the 2011 border clashes")
                .sinceEvent("border-clashes-2011")
                .addEvidence(WIRE.at("It was the worst fighting since the 2011 border clashes")).build(),
            FactClaim.builder().key("displaced").description("the fighting has displaced more than 260,000 people")
                .quantity(Quantity.builder().amount(260_000).qualifier(QuantityQualifier.MORE_THAN)
                    .unit("people displaced").build())
                .addEvidence(WIRE.at("The fighting has displaced more than 260,000 people")).build())
        .build();
  }

  static Report daily() {
    return Report.builder().id(ReportId.of("report:daily-phnom-penh")).source(DAILY.id()).negotiation(TALKS)
        .date(Reported.of(PartialDate.parse("2025-07-29 (Tuesday)"), DAILY.at("on Tuesday, July 29")))
        .venue(Reported.of(Venue.builder().name("Kuala Lumpur").city("Kuala Lumpur").build(),
            DAILY.at("met in Kuala Lumpur")))
        .duration(Reported.of(DurationEstimate.exact(Duration.ofHours(4)), DAILY.at("The meeting lasted four hours")))
        .addDelegations(Delegation.builder().party(THAILAND).role(DelegationRole.PARTY).head(MARIS)
            .addMembers(DelegationMember.builder().person(MARIS).title("Foreign Minister")
                .addEvidence(DAILY.at("Foreign Minister Maris Sangiampongsa")).build())
            .addEvidence(DAILY.at("Foreign Minister Maris Sangiampongsa led the Thai side")).build())
        .addDemands(Demand.builder().by(THAILAND).addressee(CAMBODIA).issue(Issue.WITHDRAWAL)
            .addRegions("Preah Vihear area")
            .response(Response.builder().kind(ResponseKind.REJECTED).by(CAMBODIA)
                .addEvidence(DAILY.at("which Phnom Penh rejected")).build())
            .addEvidence(DAILY.at("Bangkok demanded a Cambodian withdrawal from the Preah Vihear area")).build())
        .addOutcomes(
            Outcome.builder().key("ceasefire").kind(OutcomeKind.AGREEMENT).issue(Issue.CEASEFIRE)
                .agreement(CEASEFIRE).addParties(THAILAND, CAMBODIA).status(OutcomeStatus.DISCUSSED)
                .rank(OutcomeRank.AMONG_FEW)
                .addEvidence(DAILY.at("discussed a ceasefire, one of several results of the meeting")).build(),
            Outcome.builder().key("border-reopening").kind(OutcomeKind.NO_AGREEMENT)
                .issue(Issue.TRANSIT_AND_CONNECTIVITY).addParties(THAILAND, CAMBODIA).status(OutcomeStatus.NOT_REACHED)
                .blame(CAMBODIA)
                .addEvidence(DAILY.at("Cambodia blocked any agreement on reopening the border")).build())
        .addStatements(Statement.builder().speaker(CAMBODIA).mode(StatementMode.PARAPHRASE)
            .words("disappointed by the talks").tone(Tone.NEGATIVE)
            .addEvidence(DAILY.at("Phnom Penh said it was disappointed by the talks")).build())
        .addDates(DateClaim.builder().role(DateRole.EFFECTIVE).agreement(CEASEFIRE)
            .date(PartialDate.parse("2025-07-30 (Wednesday)")).time(TimeOfDay.of(6, 0, BANGKOK))
            .addEvidence(DAILY.at("due to begin at 6 a.m. local time on Wednesday, July 30")).build())
        .addEvents(ProcessEvent.builder().key("commanders-meeting").kind(ProcessEventKind.ATTENDED)
                .addActors(THAILAND, CAMBODIA).timing(EventTiming.AFTER)
                .addEvidence(DAILY.at("The two armies' commanders met after the talks")).build(),
            ProcessEvent.builder().key("thai-walk-out").kind(ProcessEventKind.WALKED_OUT).addActors(THAILAND)
                .cause("talks-suspended")
                .addEvidence(DAILY.at("The Thai delegation walked out after the talks were briefly suspended")).build(),
            ProcessEvent.builder().key("talks-suspended").kind(ProcessEventKind.SUSPENDED)
                .addEvidence(DAILY.at("the talks were briefly suspended")).build())
        .addFacts(FactClaim.builder().key("worst-fighting").description("the worst fighting since the 2008 temple dispute")
                .sinceEvent("temple-dispute-2008")
                .addEvidence(DAILY.at("It was the worst fighting since the 2008 temple dispute")).build(),
            FactClaim.builder().key("displaced").description("about 140,000 people have fled the fighting")
                .quantity(Quantity.builder().amount(140_000).qualifier(QuantityQualifier.ABOUT)
                    .unit("people displaced").build())
                .addEvidence(DAILY.at("About 140,000 people have fled the fighting")).build())
        .build();
  }

  static Report agency() {
    return Report.builder().id(ReportId.of("report:agency-kuala-lumpur")).source(AGENCY.id()).negotiation(TALKS)
        .addTitles(PersonTitle.builder().person(PHUMTHAM).title("Interior Minister")
            .addEvidence(AGENCY.at("Interior Minister Phumtham Wechayachai")).build())
        .addStatements(Statement.builder().speaker(SPOKESMAN).mode(StatementMode.PARAPHRASE)
            .words("no ceasefire had been agreed").about(About.of(ClaimKind.OUTCOME, "ceasefire")).stance(Stance.DENIES)
            .addEvidence(AGENCY.at("A Thai army spokesman denied that any ceasefire had been agreed")).build())
        .addOutcomes(Outcome.builder().key("border-observers").kind(OutcomeKind.COMMITMENT).issue(Issue.WITHDRAWAL)
            .addParties(MALAYSIA).status(OutcomeStatus.AGREED)
            .addEvidence(AGENCY.at("Malaysia will oversee the pullback of troops from the border")).build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  private static Conflict conflict(String code, String message) {
    return Conflict.of(code, message);
  }

  @Test
  void encodesTheThreeStoriesWithEveryPassageFoundInTheirText() {
    assertThat(Article.violations(dataset(), WIRE, DAILY, AGENCY))
        .isEmpty();
  }

  @Test
  void findsEachDisagreementUnderItsOwnCode() {
    assertThat(item("date/held").conflicts()).containsExactly(
        conflict(ConflictCodes.WEEKDAY, "the sources name different weekdays"));
    assertThat(item("date/effective/agreement:thailand-cambodia-ceasefire-2025").conflicts()).containsExactly(
        conflict(ConflictCodes.DATE, "no single day fits 2025-07-28, 2025-07-30 (Wednesday)"),
        conflict(ConflictCodes.TIME, "the times 23:00+07:00, 06:00+07:00 are different moments"));
    assertThat(item("venue").conflicts()).containsExactly(
        conflict(ConflictCodes.VENUE, "\"Putrajaya\" and \"Kuala Lumpur\" name different places"));
    assertThat(item("duration").conflicts()).containsExactly(
        conflict(ConflictCodes.DURATION, "no length fits about 2 hours, 4 hours"));
    assertThat(item("head/actor:thailand").conflicts()).containsExactly(conflict(ConflictCodes.PERSON,
        "sources name different people or sides: Phumtham Wechayachai, Maris Sangiampongsa"));
    assertThat(item("title/actor:phumtham-wechayachai").conflicts()).containsExactly(conflict(ConflictCodes.TITLE,
        "\"acting Prime Minister\" and \"Interior Minister\" are different offices"));
    assertThat(item("demand/actor:thailand/actor:cambodia/withdrawal").conflicts()).containsExactly(
        conflict(ConflictCodes.RESPONSE, "one source says the demand was accepted, another that it was rejected"),
        conflict(ConflictCodes.REGIONS, "the sources name different regions: [Ta Muen Thom temple area] and"
            + " [Preah Vihear area]"));
    assertThat(item("outcome/key:ceasefire").conflicts()).containsExactly(
        conflict(ConflictCodes.RANK, "one source calls it the only outcome of the talks, another one among a few"),
        conflict(ConflictCodes.STATUS, "status agreed vs discussed"),
        conflict(ConflictCodes.STANCE, "denies: a Thai army spokesman (\"no ceasefire had been agreed\"), against what"
            + " is reported"));
    assertThat(item("event/key:commanders-meeting").conflicts()).containsExactly(conflict(ConflictCodes.TIMING,
        "the sources place the event at different times against the talks: before, after"));
    assertThat(item("fact/key:displaced").conflicts()).containsExactly(conflict(ConflictCodes.QUANTITY,
        "no total of people fits all of more than 260000 people displaced, about 140000 people displaced"));
    assertThat(item("outcome/key:border-observers").conflicts()).containsExactly(conflict(ConflictCodes.UNCLEAR_ISSUE,
        "the sources file claims on different issues under one item: monitoring and verification; withdrawal"));
    assertThat(item("outcome/key:border-reopening").conflicts()).containsExactly(conflict(ConflictCodes.BLAME,
        "the sources hold different actors responsible: Thailand, Cambodia"));
    assertThat(item("fact/key:worst-fighting").conflicts()).containsExactly(conflict(ConflictCodes.UNCLEAR_SINCE,
        "the sources count it from different events: border-clashes-2011, temple-dispute-2008"));
    assertThat(item("reaction/actor:cambodia").conflicts()).containsExactly(conflict(ConflictCodes.UNCLEAR_TONE,
        "the sources report different reactions: positive, negative"));
    assertThat(item("cause/key:talks-suspended+key:thai-walk-out").conflicts()).containsExactly(
        conflict(ConflictCodes.DIRECTION, "the sources give the cause the other way round: talks-suspended because of"
            + " thai-walk-out; thai-walk-out because of talks-suspended"));
  }

  @Test
  void agreesOnlyThatTheTalksWereSuspendedAndTheThaiDelegationWalkedOut() {
    assertThat(reconciliation.items()).filteredOn(i -> i.classification() == Classification.AGREED)
        .extracting(Item::key).containsExactly("event/key:talks-suspended", "event/key:thai-walk-out");
    assertThat(org.parley.reconcile.ReconciliationTable.render(reconciliation)).startsWith(
        "Reconciliation of negotiation:thailand-cambodia-2025-07: 3 sources, 20 items (12 in conflict, 3 unclear,"
            + " 3 from one source only, 2 agreed)\n");
  }
}
