package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.parley.model.DateClaim;
import org.parley.model.AgreementLink;
import org.parley.model.AgreementRelation;
import org.parley.model.DateRole;
import org.parley.model.Dataset;
import org.parley.model.PartialDate;
import org.parley.model.Report;
import org.parley.testing.Fixtures;

class PaxExportTest {

  private static final AgreementId TRUCE = AgreementId.of("agreement:black-sea-truce");
  private static final ActorId UN = ActorId.of("actor:united-nations");

  private static Map<String, String> row(Table table, int i) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int c = 0; c < table.columns().size(); c++) {
      row.put(table.columns().get(c).name(), table.rows().get(i).get(c));
    }
    return row;
  }

  static Dataset withAgreement(AgreementStatus status, PartialDate signed) {
    AgreementClaim claim = AgreementClaim.builder().agreement(TRUCE).status(status)
        .addParticipants(AgreementParticipant.of(Fixtures.MEDINSKY, AgreementRole.SIGNATORY),
            AgreementParticipant.of(Fixtures.UKRAINE, AgreementRole.SIGNATORY),
            AgreementParticipant.of(Fixtures.TURKEY, AgreementRole.GUARANTOR),
            AgreementParticipant.of(UN, AgreementRole.WITNESS))
        .addEvidence(Fixtures.evidence("Both sides agreed to exchange 1,000 prisoners of war each")).build();
    Report report = Report.builder().from(Fixtures.report()).addAgreements(claim)
        .addDates(DateClaim.builder().role(DateRole.SIGNED).date(signed).agreement(TRUCE)
            .addEvidence(Fixtures.evidence("on Friday")).build())
        .build();
    return Dataset.builder().from(Fixtures.dataset()).reports(List.of(report))
        .addActors(Actor.builder().id(UN).kind(ActorKind.INTERNATIONAL_ORGANIZATION).name("United Nations").build())
        .addAgreements(Agreement.builder().id(TRUCE).name("Black Sea truce").type(AgreementType.CEASEFIRE)
            .negotiation(Fixtures.TALKS).build())
        .build();
  }

  @Test
  void fillsThePaxColumnsParleyCanFillAndLeavesTheOthersOut() {
    Table table = PaxExport.table(withAgreement(AgreementStatus.SIGNED, PartialDate.of(2025, 5, 16)));

    assertThat(table.header()).containsExactly("agreement", "report", "source", "status", "status_by", "links",
        "Con", "Agt", "Dat",
        "Status", "Agtp", "Stage", "Part", "ThrdPart", "Loc1ISO", "Loc2ISO");
    assertThat(table.rows()).hasSize(1);
    assertThat(row(table, 0)).containsExactly(
        Map.entry("agreement", "agreement:black-sea-truce"), Map.entry("report", "report:fixture-article"),
        Map.entry("source", "source:fixture-article"), Map.entry("status", "signed"), Map.entry("status_by", ""),
        Map.entry("links", ""), Map.entry("Con", "Russia/Ukraine"), Map.entry("Agt", "Black Sea truce"), Map.entry("Dat", "2025-05-16"),
        Map.entry("Status", "Multiparty signed/agreed"), Map.entry("Agtp", "Inter"), Map.entry("Stage", "Cea"),
        Map.entry("Part", "Vladimir Medinsky; Ukraine"),
        Map.entry("ThrdPart", "Türkiye (guarantor), United Nations (witness)"),
        Map.entry("Loc1ISO", "RUS"), Map.entry("Loc2ISO", "UKR"));
  }

  @Test
  void leavesStatusAndDateEmptyWhereTheSourceDoesNotSayThem() {
    Table table = PaxExport.table(withAgreement(AgreementStatus.PROPOSED, PartialDate.of(2025, 5)));

    assertThat(row(table, 0)).containsEntry("status", "proposed").containsEntry("Status", "")
        .containsEntry("Dat", "");
  }

  @Test
  void givesOnePartysStepAndTheLinksToOtherAgreementsAsTheSourceStatesThem() {
    Dataset dataset = withAgreement(AgreementStatus.APPROVED, PartialDate.of(2025, 5, 16));
    Report report = dataset.reports().get(0);
    AgreementClaim approved = AgreementClaim.builder().from(report.agreements().get(0)).statusBy(Fixtures.UKRAINE)
        .addLinks(AgreementLink.of(AgreementRelation.EXTENDS, AgreementId.of("agreement:grain-deal")),
            AgreementLink.of(AgreementRelation.IMPLEMENTS, AgreementId.of("agreement:framework")))
        .build();
    Table table = PaxExport.table(Dataset.builder().from(dataset)
        .reports(List.of(Report.builder().from(report).agreements(List.of(approved)).build())).build());

    assertThat(row(table, 0)).containsEntry("status", "approved").containsEntry("status_by", "actor:ukraine")
        .containsEntry("links", "extends agreement:grain-deal; implements agreement:framework")
        .containsEntry("Status", "Multiparty signed/agreed");
  }

  @Test
  void describesTheColumnsAndWhatIsLeftOutInTheCodebook() {
    assertThat(Codebook.markdown()).contains("## pax.csv", "| `ThrdPart` | text |", "Left out of PA-X's columns");
  }
}
