package org.parley.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Statement;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

/**
 * A reconciliation keeps each claim as a compact reference: every support points to the claim it
 * came from, with that claim's evidence offsets and assessment; a session reconciles reports added
 * one by one.
 */
class ReconcilerSessionTest {

  /** Where in a report the claims of each kind of item come from (a statement may speak to several). */
  private static final Map<ItemKind, String> POINTERS = Map.ofEntries(
      Map.entry(ItemKind.DATE, "/date|/dates/\\d+"),
      Map.entry(ItemKind.VENUE, "/venue"),
      Map.entry(ItemKind.FORMAT, "/format"),
      Map.entry(ItemKind.DURATION, "/duration"),
      Map.entry(ItemKind.HEAD, "/delegations/\\d+"),
      Map.entry(ItemKind.PARTICIPANT, "/delegations/\\d+/members/\\d+"),
      Map.entry(ItemKind.TITLE, "/delegations/\\d+/members/\\d+|/titles/\\d+"),
      Map.entry(ItemKind.DEMAND, "/demands/\\d+|/statements/\\d+"),
      Map.entry(ItemKind.OUTCOME, "/outcomes/\\d+|/statements/\\d+"),
      Map.entry(ItemKind.AGREEMENT_STATUS, "/agreements/\\d+|/statements/\\d+"),
      Map.entry(ItemKind.AGREEMENT_ROLE, "/agreements/\\d+"),
      Map.entry(ItemKind.AGREEMENT_LINK, "/agreements/\\d+"),
      Map.entry(ItemKind.AGREEMENT_NAMED, "/agreements/\\d+"),
      Map.entry(ItemKind.ACT, "/acts/\\d+|/statements/\\d+"),
      Map.entry(ItemKind.PROVISION, "/agreements/\\d+/provisions/\\d+"),
      Map.entry(ItemKind.ROLE, "/roles/\\d+|/agreements/\\d+"),
      Map.entry(ItemKind.EVENT, "/events/\\d+|/statements/\\d+"),
      Map.entry(ItemKind.CAUSE, "/events/\\d+"),
      Map.entry(ItemKind.REACTION, "/statements/\\d+"),
      Map.entry(ItemKind.QUOTE, "/statements/\\d+"),
      Map.entry(ItemKind.FACT, "/facts/\\d+|/statements/\\d+"));

  private static int assertSupportsPointToTheirClaims(Dataset dataset) {
    Map<ReportId, Report> reports = dataset.reports().stream()
        .collect(Collectors.toMap(Report::id, Function.identity(), (a, b) -> a));
    int supports = 0;
    for (Reconciliation r : Reconciler.reconcileAll(dataset)) {
      for (Item item : r.items()) {
        for (Position position : item.positions()) {
          for (Support support : position.support()) {
            Report report = reports.get(support.report());
            assertThat(support.source()).isEqualTo(report.source());
            assertThat(support.pointer().toString()).as(item.key()).matches(POINTERS.get(item.kind()));
            Claim claim = support.claimIn(report).orElseThrow();
            // The claim's passages, or (format 1.2) an agreement participant's own.
            List<List<TextPosition>> passages = new java.util.ArrayList<>();
            passages.add(claim.evidence().stream().map(TextPosition::of).toList());
            if (claim instanceof org.parley.model.AgreementClaim a) {
              a.participants().stream().filter(p -> !p.evidence().isEmpty())
                  .forEach(p -> passages.add(p.evidence().stream().map(TextPosition::of).toList()));
            }
            assertThat(passages).as(item.key()).contains(support.evidence());
            assertThat(support.assessment()).isEqualTo(claim.assessment());
            assertThat(claim instanceof Statement).isEqualTo(support.pointer().toString().startsWith("/statements/"));
            supports++;
          }
        }
      }
    }
    return supports;
  }

  /**
   * A random dataset whose reports all report on its negotiations (its references are random, so
   * few would otherwise be reconciled): each report is given the negotiation of its position, in turn.
   */
  static Dataset reconcilable(long seed) {
    Dataset dataset = RandomDatasets.of(seed);
    List<Negotiation> negotiations = dataset.negotiations();
    if (negotiations.isEmpty()) {
      return dataset;
    }
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < dataset.reports().size(); i++) {
      reports.add(Report.builder().from(dataset.reports().get(i))
          .negotiation(negotiations.get(i % negotiations.size()).id()).build());
    }
    return Dataset.builder().from(dataset).reports(reports).build();
  }

  @Test
  void everySupportPointsToTheClaimItCameFromWithItsEvidenceOffsetsAndAssessment() {
    int supports = assertSupportsPointToTheirClaims(Fixtures.dataset());
    for (long seed = 0; seed < 200; seed++) {
      supports += assertSupportsPointToTheirClaims(reconcilable(seed));
    }
    assertThat(supports).isGreaterThan(3_000);
  }

  @Test
  void aSessionFilesReportsOneByOneAndGivesTheReconciliationsInNegotiationOrder() {
    // the first seed whose dataset has two negotiations (distinct) and three reports
    Dataset dataset = java.util.stream.LongStream.range(0, 1_000).mapToObj(ReconcilerSessionTest::reconcilable)
        .filter(d -> d.negotiations().stream().map(Negotiation::id).distinct().count() == 2 && d.reports().size() == 3)
        .findFirst().orElseThrow();
    List<Negotiation> negotiations = new ArrayList<>(dataset.negotiations());
    java.util.Collections.reverse(negotiations);
    Reconciler.Session session = Reconciler.of(dataset).session(negotiations);
    for (Report report : dataset.reports()) {
      assertThat(session.add(report)).isTrue();
    }
    Report stray = Report.builder().from(dataset.reports().get(0)).negotiation(NegotiationId.of("negotiation:elsewhere"))
        .build();
    assertThat(session.add(stray)).isFalse();

    List<Reconciliation> handed = new ArrayList<>();
    session.finish(handed::add);

    List<Reconciliation> whole = Reconciler.reconcileAll(dataset);
    assertThat(handed).hasSize(whole.size()).isNotEmpty();
    java.util.Collections.reverse(handed);
    assertThat(handed).isEqualTo(whole);
    assertThatThrownBy(() -> session.add(dataset.reports().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This reconciliation session is finished; start a new one to add reports");
  }

  @Test
  void aSessionHandsOnItemByItemWithTheHeadingsFirstAndTheTableWritesThemAsItRenders() {
    Dataset dataset = Fixtures.dataset();
    Reconciliation whole = Reconciler.reconcileAll(dataset).get(0);
    List<String> calls = new ArrayList<>();
    List<ReconciliationSink.Heading> headings = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    Reconciler.Session session = Reconciler.of(dataset).session(dataset.negotiations());
    dataset.reports().forEach(session::add);

    session.finish(new ReconciliationSink() {
      @Override
      public void begin(NegotiationId negotiation, List<org.parley.model.SourceId> sources, List<Heading> items) {
        calls.add("begin " + negotiation + " " + sources);
        headings.addAll(items);
      }

      @Override
      public void item(Item item) {
        items.add(item);
      }

      @Override
      public void end() {
        calls.add("end after " + items.size());
      }
    });
    Reconciler.Session again = Reconciler.of(dataset).session(dataset.negotiations());
    dataset.reports().forEach(again::add);
    StringBuilder table = new StringBuilder();
    again.finish(ReconciliationTable.sink(table::append));

    assertThat(calls).containsExactly("begin negotiation:istanbul-2025 [source:fixture-article]",
        "end after " + whole.items().size());
    assertThat(items).isEqualTo(whole.items());
    assertThat(headings).isEqualTo(whole.items().stream().map(ReconciliationSink.Heading::of).toList());
    assertThat(table.toString()).isEqualTo(ReconciliationTable.render(whole));
  }

  @Test
  void aNegotiationWithoutReportsGivesNoReconciliationAndARepeatedOneCountsOnce() {
    Dataset dataset = Fixtures.dataset();
    Negotiation negotiation = dataset.negotiations().get(0);
    Negotiation quiet = Negotiation.builder().from(negotiation).id(NegotiationId.of("negotiation:quiet")).build();
    Reconciler.Session session = Reconciler.of(dataset).session(List.of(quiet, negotiation, negotiation));
    dataset.reports().forEach(session::add);

    assertThat(session.finish()).extracting(Reconciliation::negotiation).containsExactly(negotiation.id());
  }
}
