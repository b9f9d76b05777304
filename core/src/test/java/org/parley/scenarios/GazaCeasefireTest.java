package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.Phase;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.RoundFormat;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.TimeOfDay;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;
import org.parley.validate.ValidationResult;
import org.parley.validate.Validator;

/**
 * A mediated, phased ceasefire-and-hostage deal reported by two sources, with a second, separate
 * truce in the same article. Each distortion the 1.0 model forced on such reporting is gone: two
 * ceasefires are two items; the effective date does not "conflict" with the date of the
 * announcement; "three on Day 1, four on Day 7 and the remaining 26" does not conflict with 33;
 * "hundreds of prisoners" is said as written; hostages are hostages; "Iranian Foreign Minister" and
 * "Iran's foreign minister" are one office.
 */
class GazaCeasefireTest {

  static final Article WIRE = Article.of("source:wire-doha", SourceKind.WIRE,
      "DOHA, Jan 15 (Wire) - Israel and Hamas agreed on Wednesday to a ceasefire in Gaza, mediators Qatar and"
          + " Egypt said. The ceasefire takes effect at 8:30 a.m. (0630 GMT) on Sunday. In the first phase, lasting"
          + " 42 days, Hamas will release 33 Israeli hostages in exchange for hundreds of Palestinian prisoners."
          + " Three hostages will be freed on Day 1, four on Day 7 and the remaining 26 over the following five"
          + " weeks. A separate humanitarian pause in northern Gaza has collapsed. Iranian Foreign Minister Abbas"
          + " Araghchi called the deal \"a victory for the resistance\".");

  static final Article AGENCY = Article.of("source:agency-cairo", SourceKind.NEWS,
      "CAIRO (Agency) - The Gaza ceasefire deal announced in Doha on January 15 is to begin on January 19."
          + " During its first phase of six weeks, 33 hostages are to be freed and Israel will release about"
          + " 1,900 Palestinian prisoners. Iran's foreign minister welcomed the agreement.");

  static final ActorId ISRAEL = ActorId.of("actor:israel");
  static final ActorId HAMAS = ActorId.of("actor:hamas");
  static final ActorId QATAR = ActorId.of("actor:qatar");
  static final ActorId EGYPT = ActorId.of("actor:egypt");
  static final ActorId IRAN = ActorId.of("actor:iran");
  static final ActorId ARAGHCHI = ActorId.of("actor:abbas-araghchi");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:gaza-ceasefire-talks");
  static final AgreementId DEAL = AgreementId.of("agreement:gaza-ceasefire-2025");
  static final AgreementId PAUSE = AgreementId.of("agreement:northern-gaza-pause");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(ISRAEL).kind(ActorKind.STATE).name("Israel").country("ISR").addDemonyms("Israeli").build(),
            Actor.builder().id(HAMAS).kind(ActorKind.ARMED_GROUP).name("Hamas").build(),
            Actor.builder().id(QATAR).kind(ActorKind.STATE).name("Qatar").country("QAT").addDemonyms("Qatari").build(),
            Actor.builder().id(EGYPT).kind(ActorKind.STATE).name("Egypt").country("EGY").addDemonyms("Egyptian").build(),
            Actor.builder().id(IRAN).kind(ActorKind.STATE).name("Iran").country("IRN").addDemonyms("Iranian").build(),
            Actor.builder().id(ARAGHCHI).kind(ActorKind.PERSON).name("Abbas Araghchi").affiliation(IRAN).build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Israel–Hamas ceasefire talks, Doha, January 2025")
            .addParties(ISRAEL, HAMAS).addMediators(QATAR, EGYPT).format(RoundFormat.INDIRECT).build())
        .addAgreements(
            Agreement.builder().id(DEAL).name("Gaza ceasefire deal").type(AgreementType.CEASEFIRE).negotiation(TALKS)
                .build(),
            Agreement.builder().id(PAUSE).name("humanitarian pause in northern Gaza").type(AgreementType.CEASEFIRE)
                .build())
        .addSources(WIRE.source(), AGENCY.source())
        .addReports(wireReport(), agencyReport())
        .build();
  }

  static Report wireReport() {
    Quantity.Builder hostages = Quantity.builder().unit("hostages").by(HAMAS).part(true);
    return Report.builder().id(ReportId.of("report:wire-doha")).source(WIRE.id()).negotiation(TALKS)
        .addDates(
            DateClaim.builder().role(DateRole.ANNOUNCED).date(PartialDate.parse("2025-01-15 (Wednesday)"))
                .addEvidence(WIRE.at("Jan 15"), WIRE.at("agreed on Wednesday")).build(),
            DateClaim.builder().role(DateRole.EFFECTIVE).agreement(DEAL).date(PartialDate.parse("2025-01 (Sunday)"))
                .time(TimeOfDay.of(8, 30, ZoneOffset.ofHours(2)))
                .addEvidence(WIRE.at("takes effect at 8:30 a.m. (0630 GMT) on Sunday"))
                .note("0630 GMT is 8:30 local time, UTC+2").build())
        .addAgreements(
            AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.AGREED)
                .addParticipants(AgreementParticipant.of(ISRAEL, AgreementRole.SIGNATORY),
                    AgreementParticipant.of(HAMAS, AgreementRole.SIGNATORY),
                    AgreementParticipant.of(QATAR, AgreementRole.MEDIATOR),
                    AgreementParticipant.of(EGYPT, AgreementRole.MEDIATOR))
                .addProvisions(Provision.builder().key("phase-1-exchange").addIssues(Issue.HOSTAGES, Issue.PRISONERS)
                    .description("Hamas will release 33 Israeli hostages in exchange for hundreds of Palestinian prisoners")
                    .phase(Phase.of(1, 42))
                    .addQuantities(
                        Quantity.builder().amount(33).unit("Israeli hostages").by(HAMAS).build(),
                        Quantity.builder().amount(200).qualifier(QuantityQualifier.AT_LEAST).words("hundreds")
                            .unit("Palestinian prisoners").by(ISRAEL).build(),
                        hostages.amount(3).build(), hostages.amount(4).build(), hostages.amount(26).build())
                    .addEvidence(WIRE.at("In the first phase, lasting 42 days, Hamas will release 33 Israeli hostages in"
                            + " exchange for hundreds of Palestinian prisoners"),
                        WIRE.at("Three hostages will be freed on Day 1, four on Day 7 and the remaining 26"))
                    .build())
                .addEvidence(WIRE.at("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza, mediators Qatar and"
                    + " Egypt said"))
                .build(),
            AgreementClaim.builder().agreement(PAUSE).status(AgreementStatus.COLLAPSED)
                .addEvidence(WIRE.at("A separate humanitarian pause in northern Gaza has collapsed")).build())
        .addRoles(
            RoleClaim.builder().actor(QATAR).role(NegotiationRole.MEDIATOR).addEvidence(WIRE.at("mediators Qatar")).build(),
            RoleClaim.builder().actor(EGYPT).role(NegotiationRole.MEDIATOR)
                .addEvidence(WIRE.at("mediators Qatar and Egypt")).build())
        .addTitles(PersonTitle.builder().person(ARAGHCHI).title("Iranian Foreign Minister")
            .addEvidence(WIRE.at("Iranian Foreign Minister Abbas Araghchi")).build())
        .addStatements(Statement.builder().speaker(ARAGHCHI).mode(StatementMode.DIRECT_QUOTE)
            .words("a victory for the resistance")
            .addEvidence(WIRE.at("called the deal \"a victory for the resistance\"")).build())
        .build();
  }

  static Report agencyReport() {
    return Report.builder().id(ReportId.of("report:agency-cairo")).source(AGENCY.id()).negotiation(TALKS)
        .addDates(
            DateClaim.builder().role(DateRole.ANNOUNCED).date(PartialDate.of(2025, 1, 15))
                .addEvidence(AGENCY.at("announced in Doha on January 15")).build(),
            DateClaim.builder().role(DateRole.EFFECTIVE).agreement(DEAL).date(PartialDate.of(2025, 1, 19))
                .addEvidence(AGENCY.at("is to begin on January 19")).build())
        .addAgreements(AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.AGREED)
            .addProvisions(Provision.builder().key("phase-1-exchange").addIssues(Issue.HOSTAGES, Issue.PRISONERS)
                .description("33 hostages are to be freed and Israel will release about 1,900 Palestinian prisoners")
                .phase(Phase.of(1, 42))
                .addQuantities(Quantity.of(33, "hostages"),
                    Quantity.builder().amount(1900).qualifier(QuantityQualifier.ABOUT).unit("Palestinian prisoners")
                        .by(ISRAEL).build())
                .addEvidence(AGENCY.at("During its first phase of six weeks, 33 hostages are to be freed and Israel will"
                    + " release about 1,900 Palestinian prisoners"))
                .note("six weeks read as 42 days").build())
            .addEvidence(AGENCY.at("The Gaza ceasefire deal announced in Doha")).build())
        .addTitles(PersonTitle.builder().person(ARAGHCHI).title("Iran's foreign minister")
            .addEvidence(AGENCY.at("Iran's foreign minister")).build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothArticlesWithEveryPassageFoundInTheirText() {
    ValidationResult result = Validator.builder().texts(Article.texts(WIRE, AGENCY)).build().validate(dataset());

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void twoCeasefiresInOneArticleAreTwoItemsNotAConflict() {
    assertThat(item("agreement/agreement:gaza-ceasefire-2025/status").classification())
        .isEqualTo(Classification.AGREED);
    assertThat(item("agreement/agreement:northern-gaza-pause/status").classification())
        .isEqualTo(Classification.SINGLE_SOURCE);
    assertThat(item("agreement/agreement:northern-gaza-pause/status").positions()).extracting(p -> p.value())
        .containsExactly("collapsed");
  }

  @Test
  void theDateADealTakesEffectIsNotTheDateItWasAnnounced() {
    assertThat(item("date/announced").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("date/effective/agreement:gaza-ceasefire-2025").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("date/effective/agreement:gaza-ceasefire-2025").positions()).extracting(p -> p.value())
        .containsExactly("2025-01 (Sunday) 08:30+02:00", "2025-01-19");
    assertThat(reconciliation.conflicts()).isEmpty();
  }

  @Test
  void partsOfATotalAddUpInsteadOfConflictingWithIt() {
    Item exchange = item("agreement/agreement:gaza-ceasefire-2025/provision/key:phase-1-exchange");

    assertThat(exchange.classification()).isEqualTo(Classification.AGREED);
    assertThat(exchange.subject()).isEqualTo("provision of Gaza ceasefire deal on hostages, prisoners, phase 1"
        + " (phase-1-exchange)");
  }

  @Test
  void partsThatExceedAnotherSourcesTotalConflictWithIt() {
    Report agency = agencyReport();
    AgreementClaim claim = agency.agreements().get(0);
    Provision thirty = Provision.builder().from(claim.provisions().get(0))
        .quantities(List.of(Quantity.of(30, "hostages"))).build();
    Report changed = Report.builder().from(agency)
        .agreements(List.of(AgreementClaim.builder().from(claim).provisions(List.of(thirty)).build())).build();

    Item exchange = Reconciler.of(dataset()).reconcile(dataset().negotiations().get(0), List.of(wireReport(), changed))
        .items().stream().filter(i -> i.key().endsWith("key:phase-1-exchange")).findFirst().orElseThrow();

    assertThat(exchange.conflicts()).containsExactly(Conflict.of(ConflictCodes.QUANTITY,
        "no total of hostages fits all of 33 Israeli hostages, 30 hostages, parts adding up to 33"));
  }

  @Test
  void hundredsOfPrisonersIsSaidAsWrittenAndFitsAbout1900() {
    Quantity hundreds = wireReport().agreements().get(0).provisions().get(0).quantities().get(1);

    assertThat(hundreds.toString()).isEqualTo("at least 200 Palestinian prisoners (\"hundreds\")");
    assertThat(item("agreement/agreement:gaza-ceasefire-2025/provision/key:phase-1-exchange").conflicts()).isEmpty();
  }

  @Test
  void hostagesAreNotPrisoners() {
    assertThat(wireReport().agreements().get(0).provisions().get(0).issues())
        .containsExactly(Issue.HOSTAGES, Issue.PRISONERS);
  }

  @Test
  void aStatesNameAndItsDemonymNameOneOffice() {
    assertThat(item("title/actor:abbas-araghchi").classification()).isEqualTo(Classification.AGREED);
    assertThat(item("title/actor:abbas-araghchi").positions()).extracting(p -> p.value())
        .containsExactly("Iranian Foreign Minister", "Iran's foreign minister");
  }
}
