package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

class ClaimsTest {

  static Report everyType() {
    return Fixtures.everyClaimTypeReport();
  }

  @Test
  void walksEveryClaimInDocumentOrderWithNestedClaimsAfterTheirParent() {
    List<String> seen = new ArrayList<>();
    Claims.each(everyType(), JsonPointer.root().child("reports", 4),
        at -> seen.add(at.type() + " " + at.pointer() + (at.parent() == null ? "" : " in " + at.parent().pointer())));
    assertThat(seen).containsExactly(
        "TALKS_DATE /reports/4/date",
        "VENUE /reports/4/venue",
        "DURATION /reports/4/duration",
        "TALKS_FORMAT /reports/4/format",
        "DELEGATION /reports/4/delegations/0",
        "MEMBER /reports/4/delegations/0/members/0 in /reports/4/delegations/0",
        "DELEGATION /reports/4/delegations/1",
        "MEMBER /reports/4/delegations/1/members/0 in /reports/4/delegations/1",
        "DELEGATION /reports/4/delegations/2",
        "MEMBER /reports/4/delegations/2/members/0 in /reports/4/delegations/2",
        "DEMAND /reports/4/demands/0",
        "RESPONSE /reports/4/demands/0/response in /reports/4/demands/0",
        "OUTCOME /reports/4/outcomes/0",
        "STATEMENT /reports/4/statements/0",
        "STATEMENT /reports/4/statements/1",
        "TITLE /reports/4/titles/0",
        "DATE /reports/4/dates/0",
        "AGREEMENT /reports/4/agreements/0",
        "PROVISION /reports/4/agreements/0/provisions/0 in /reports/4/agreements/0",
        "PROVISION /reports/4/agreements/0/provisions/1 in /reports/4/agreements/0",
        "ROLE /reports/4/roles/0",
        "EVENT /reports/4/events/0",
        "FACT /reports/4/facts/0",
        "ACT /reports/4/acts/0");
  }

  @Test
  void everyTypeOfClaimIsHandedToItsOwnTypedMethod() {
    List<String> seen = new ArrayList<>();
    Claims.walk(everyType(), new ClaimVisitor() {
      @Override
      public void claim(Located at) {
        seen.add("claim " + at.type());
      }

      @Override
      public void member(DelegationMember member, Delegation delegation, Located at) {
        seen.add("member " + member.person() + " of " + delegation.party());
      }

      @Override
      public void response(Response response, Demand demand, Located at) {
        seen.add("response " + response.kind().wireName() + " to " + demand.by());
      }

      @Override
      public void provision(Provision provision, AgreementClaim agreement, Located at) {
        seen.add("provision " + provision.issues() + " of " + agreement.agreement());
      }

      @Override
      public void venue(Reported<Venue> venue, Located at) {
        seen.add("venue " + venue.value().name());
      }
    });
    assertThat(seen).containsExactly("claim TALKS_DATE", "venue Dolmabahçe Palace", "claim DURATION", "claim TALKS_FORMAT",
        "claim DELEGATION", "member actor:vladimir-medinsky of actor:russia", "claim DELEGATION",
        "member actor:rustem-umerov of actor:ukraine", "claim DELEGATION", "member actor:hakan-fidan of actor:turkey",
        "claim DEMAND", "response rejected to actor:russia", "claim OUTCOME", "claim STATEMENT", "claim STATEMENT", "claim TITLE",
        "claim DATE", "claim AGREEMENT", "provision [PRISONERS] of agreement:swap",
        "provision [CEASEFIRE] of agreement:swap", "claim ROLE", "claim EVENT", "claim FACT", "claim ACT");
  }

  @Test
  void theClaimAtEachPointerIsTheOneTheWalkHandedOn() {
    int checked = 0;
    List<Report> reports = new ArrayList<>(List.of(everyType()));
    for (long seed = 0; seed < 100; seed++) {
      reports.addAll(RandomDatasets.of(seed).reports());
    }
    for (Report report : reports) {
      for (Located located : Claims.of(report)) {
        Located found = Claims.at(report, located.pointer()).orElseThrow();
        assertThat(found.claim()).as("%s", located.pointer()).isSameAs(located.claim());
        assertThat(found.type()).isEqualTo(located.type());
        assertThat(found.pointer()).isEqualTo(located.pointer());
        assertThat(Claims.at(report, JsonPointer.parse(located.pointer().toString())).map(Located::claim))
            .containsSame(located.claim());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }

  @Test
  void aPointerThatNamesNoClaimOfTheReportFindsNothing() {
    Report report = everyType();
    assertThat(Claims.at(report, JsonPointer.parse("/demands/0/response")).map(Located::type))
        .contains(ClaimType.RESPONSE);
    for (String nothing : List.of("", "/", "/demands", "/demands/9", "/demands/01", "/demands/x", "/demands/0/by",
        "/delegations/0/members/9", "/delegations/0/heads/0", "/sources/0", "/id", "/date/0", "/venue/value",
        "/agreements/0/provisions", "/agreements/0/participants/0", "/members/0")) {
      assertThat(Claims.at(report, JsonPointer.parse(nothing))).as(nothing).isEmpty();
    }
  }

  @Test
  void everyTypeNamesTheMemberItLivesInAndItsParent() {
    assertThat(ClaimType.topLevel()).extracting(ClaimType::field).containsExactly("date", "venue", "duration", "format",
        "delegations", "demands", "outcomes", "statements", "titles", "dates", "agreements", "roles", "events",
        "facts", "acts");
    assertThat(ClaimType.DELEGATION.nested()).containsExactly(ClaimType.MEMBER);
    assertThat(ClaimType.RESPONSE.parent()).contains(ClaimType.DEMAND);
    assertThat(ClaimType.RESPONSE.many()).isFalse();
    assertThat(ClaimType.TALKS_DATE.noun()).isEqualTo(ClaimType.DATE.noun()).isEqualTo("date");
    for (ClaimKind kind : ClaimKind.values()) {
      assertThat(kind.type().noun()).isEqualTo(kind.wireName());
    }
  }
}
