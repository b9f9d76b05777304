package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementRelation;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.model.Weekday;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Two short reports written for this test about a phased Gaza ceasefire deal, which tell the steps of
 * the deal's life apart (format 1.2): two announcements of one deal told apart by a date's key, one
 * party's approval with its own date, a finalized text, a hoped-for permanent ceasefire, a framework
 * only named, and how the deal stands to that framework.
 */
class AgreementStepsTest {

  static final Article WIRE = Article.of("source:wire-doha", SourceKind.WIRE,
      "DOHA (Wire) - Israel and Hamas agreed on a ceasefire deal, which was announced on Wednesday. Israel's cabinet"
          + " approved the deal on Friday. The deal implements the framework presented in May. The two sides are to"
          + " negotiate a permanent ceasefire in its second phase.");

  static final Article PAPER = Article.of("source:paper-jerusalem", SourceKind.NEWS,
      "The start time of the ceasefire was announced on Saturday. Israel's cabinet voted to approve the agreement on"
          + " Thursday, after the text was finalized on Tuesday. The agreement supersedes the framework presented in"
          + " May. Both sides say they seek a permanent ceasefire.");

  static final ActorId ISRAEL = ActorId.of("actor:israel");
  static final ActorId HAMAS = ActorId.of("actor:hamas");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:gaza-ceasefire-talks");
  static final AgreementId DEAL = AgreementId.of("agreement:gaza-deal");
  static final AgreementId FRAMEWORK = AgreementId.of("agreement:may-framework");
  static final AgreementId PERMANENT = AgreementId.of("agreement:permanent-ceasefire");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(Actor.builder().id(ISRAEL).kind(ActorKind.STATE).name("Israel").country("ISR").build(),
            Actor.builder().id(HAMAS).kind(ActorKind.ARMED_GROUP).name("Hamas").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Gaza ceasefire talks").addParties(ISRAEL, HAMAS).build())
        .addAgreements(
            Agreement.builder().id(DEAL).name("Gaza ceasefire deal").type(AgreementType.CEASEFIRE).negotiation(TALKS)
                .build(),
            Agreement.builder().id(FRAMEWORK).name("May framework").type(AgreementType.FRAMEWORK).negotiation(TALKS)
                .build(),
            Agreement.builder().id(PERMANENT).name("permanent ceasefire").type(AgreementType.CEASEFIRE)
                .negotiation(TALKS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-doha")).source(WIRE.id()).negotiation(TALKS)
                .addDates(DateClaim.builder().role(DateRole.ANNOUNCED).agreement(DEAL).weekday(Weekday.WEDNESDAY)
                        .addEvidence(WIRE.at("a ceasefire deal, which was announced on Wednesday")).build(),
                    DateClaim.builder().role(DateRole.APPROVED).agreement(DEAL).actor(ISRAEL).weekday(Weekday.FRIDAY)
                        .addEvidence(WIRE.at("Israel's cabinet approved the deal on Friday")).build())
                .addAgreements(
                    AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.AGREED)
                        .addLinks(AgreementLink.of(AgreementRelation.IMPLEMENTS, FRAMEWORK))
                        .addEvidence(WIRE.at("Israel and Hamas agreed on a ceasefire deal"),
                            WIRE.at("The deal implements the framework presented in May")).build(),
                    AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.APPROVED).statusBy(ISRAEL)
                        .addEvidence(WIRE.at("Israel's cabinet approved the deal")).build(),
                    AgreementClaim.builder().agreement(PERMANENT).status(AgreementStatus.SOUGHT)
                        .addEvidence(WIRE.at("The two sides are to negotiate a permanent ceasefire")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-jerusalem")).source(PAPER.id()).negotiation(TALKS)
                .addDates(DateClaim.builder().role(DateRole.ANNOUNCED).agreement(DEAL).key("start-time")
                        .weekday(Weekday.SATURDAY)
                        .addEvidence(PAPER.at("The start time of the ceasefire was announced on Saturday")).build(),
                    DateClaim.builder().role(DateRole.APPROVED).agreement(DEAL).actor(ISRAEL).weekday(Weekday.THURSDAY)
                        .addEvidence(PAPER.at("Israel's cabinet voted to approve the agreement on Thursday")).build(),
                    DateClaim.builder().role(DateRole.FINALIZED).agreement(DEAL).weekday(Weekday.TUESDAY)
                        .addEvidence(PAPER.at("the text was finalized on Tuesday")).build())
                .addAgreements(
                    AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.FINALIZED)
                        .addLinks(AgreementLink.of(AgreementRelation.SUPERSEDES, FRAMEWORK))
                        .addEvidence(PAPER.at("the text was finalized"),
                            PAPER.at("The agreement supersedes the framework presented in May")).build(),
                    AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.APPROVED).statusBy(ISRAEL)
                        .addEvidence(PAPER.at("Israel's cabinet voted to approve the agreement")).build(),
                    AgreementClaim.builder().agreement(FRAMEWORK)
                        .addEvidence(PAPER.at("the framework presented in May")).build(),
                    AgreementClaim.builder().agreement(PERMANENT).status(AgreementStatus.SOUGHT)
                        .addEvidence(PAPER.at("Both sides say they seek a permanent ceasefire")).build())
                .build())
        .build();
  }

  private static Map<String, Item> items(Dataset dataset) {
    return Article.items(dataset);
  }

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).isEmpty();
  }

  @Test
  void reconcilesEveryItemAsTheTwoStoriesTellIt() {
    Map<String, Item> items = items(dataset());

    assertThat(items.values()).extracting(i -> i.key() + " " + i.classification().wireName())
        .containsExactlyInAnyOrder(
            "date/announced/agreement:gaza-deal single_source",
            "date/announced/agreement:gaza-deal/key:start-time single_source",
            "date/approved/agreement:gaza-deal/by:actor:israel conflict",
            "date/finalized/agreement:gaza-deal single_source",
            "agreement/agreement:gaza-deal/status agreed",
            "agreement/agreement:gaza-deal/status/by:actor:israel agreed",
            "agreement/agreement:permanent-ceasefire/status agreed",
            "agreement/agreement:may-framework/named single_source",
            "link/agreement:gaza-deal+agreement:may-framework unclear");
    assertThat(org.parley.testing.AgreedItems.unlike(dataset())).isEmpty();
  }

  @Test
  void aDateKeyTellsTheDealsAnnouncementFromThatOfItsStartTime() {
    Map<String, Item> items = items(dataset());
    // Without the key, the start time's announcement is one more date of the deal's announcement.
    Dataset withoutKey = Dataset.builder().from(dataset()).reports(dataset().reports().stream()
        .map(r -> Report.builder().from(r).dates(r.dates().stream()
            .map(d -> DateClaim.builder().from(d).key(java.util.Optional.empty()).build()).toList()).build())
        .toList()).build();

    assertThat(items.get("date/announced/agreement:gaza-deal/key:start-time").subject())
        .isEqualTo("date announced of Gaza ceasefire deal (start-time)");
    assertThat(items(withoutKey).get("date/announced/agreement:gaza-deal").conflicts())
        .extracting(Conflict::code).containsExactly(ConflictCodes.WEEKDAY);
  }

  @Test
  void onePartysApprovalIsComparedWithThatPartysApprovalOnly() {
    Map<String, Item> items = items(dataset());
    Item approval = items.get("agreement/agreement:gaza-deal/status/by:actor:israel");
    Item approvedOn = items.get("date/approved/agreement:gaza-deal/by:actor:israel");

    assertThat(approval.subject()).isEqualTo("status of Gaza ceasefire deal, by Israel");
    assertThat(approval.positions()).extracting(p -> p.value()).containsExactly("approved");
    assertThat(approvedOn.subject()).isEqualTo("date approved of Gaza ceasefire deal by Israel");
    assertThat(approvedOn.conflicts()).containsExactly(Conflict.of(ConflictCodes.WEEKDAY,
        "the sources name different weekdays"));
    // The deal as a whole: agreed by one source, its text finalized by the other; both say it was concluded.
    assertThat(items.get("agreement/agreement:gaza-deal/status").positions()).extracting(p -> p.value())
        .containsExactly("agreed", "finalized");
  }

  @Test
  void aHopedForAgreementAndOneOnlyNamedEachGiveAnItem() {
    Map<String, Item> items = items(dataset());

    assertThat(items.get("agreement/agreement:permanent-ceasefire/status").positions()).extracting(p -> p.value())
        .containsExactly("sought");
    Item named = items.get("agreement/agreement:may-framework/named");
    assertThat(named.subject()).isEqualTo("May framework spoken of");
    assertThat(named.positions()).extracting(p -> p.value()).containsExactly("spoken of, no status given");
  }

  @Test
  void differentRelationsBetweenTwoAgreementsAreUnclearAndOneSaidTheOtherWayRoundConflicts() {
    Item link = items(dataset()).get("link/agreement:gaza-deal+agreement:may-framework");
    // A variant: the paper's encoder turns the relation round, making the framework implement the deal.
    Dataset turned = Dataset.builder().from(dataset()).reports(dataset().reports().stream()
        .map(r -> Report.builder().from(r).agreements(r.agreements().stream()
            .map(a -> a.links().stream().anyMatch(l -> l.relation() == AgreementRelation.SUPERSEDES)
                ? AgreementClaim.builder().from(a).agreement(FRAMEWORK)
                    .links(List.of(AgreementLink.of(AgreementRelation.IMPLEMENTS, DEAL))).build()
                : a).toList()).build())
        .toList()).build();

    assertThat(link.subject()).isEqualTo("how Gaza ceasefire deal and May framework relate");
    assertThat(link.positions()).extracting(p -> p.value()).containsExactly(
        "Gaza ceasefire deal implements May framework", "Gaza ceasefire deal supersedes May framework");
    assertThat(link.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_LINK,
        "the sources relate the agreements differently: agreement:gaza-deal implements agreement:may-framework;"
            + " agreement:gaza-deal supersedes agreement:may-framework"));
    assertThat(items(turned).get("link/agreement:gaza-deal+agreement:may-framework").conflicts())
        .containsExactly(Conflict.of(ConflictCodes.DIRECTION, "the sources relate the agreements the other way"
            + " round: agreement:gaza-deal implements agreement:may-framework; agreement:may-framework implements"
            + " agreement:gaza-deal"));
  }
}
