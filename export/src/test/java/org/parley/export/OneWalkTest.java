package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.model.ClaimType;
import org.parley.model.Claims;
import org.parley.model.Dataset;
import org.parley.model.JsonPointer;
import org.parley.model.Located;
import org.parley.model.Report;
import org.parley.reconcile.Reconciler;
import org.parley.testing.Fixtures;
import org.parley.validate.Codes;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;
import org.parley.validate.Validator;
import org.parley.validate.Violation;

/**
 * Every place a claim can stand in a report ({@link ClaimType}) reaches validation, reconciliation,
 * {@code claims.csv} and the HTML report through the one walk, {@link Claims}: a claim type or a
 * field added to the walk is checked, compared, tabled and shown without a second list of places.
 * The fixture holds a claim of every type, so a new type fails the first assertion until it is added
 * there, and then each of the others until every output handles it.
 */
class OneWalkTest {

  private static final Dataset DATASET = Fixtures.everyClaimType();
  private static final Report REPORT = DATASET.reports().get(0);
  private static final JsonPointer AT = JsonPointer.root().child("reports", 0);

  /** Each claim of the fixture report, by its place in the dataset, in document order. */
  private static final Map<JsonPointer, Located> CLAIMS = new LinkedHashMap<>();

  static {
    Claims.each(REPORT, AT, located -> CLAIMS.put(located.pointer(), located));
  }

  private static Set<ClaimType> typesAt(Set<JsonPointer> pointers) {
    return pointers.stream().map(CLAIMS::get).filter(java.util.Objects::nonNull).map(Located::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimType.class)));
  }

  @Test
  void theFixtureHoldsAClaimOfEveryType() {
    assertThat(CLAIMS.values().stream().map(Located::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ClaimType.values());
  }

  @Test
  void validationChecksTheEvidenceOfEveryClaimAtItsPlace() {
    // A text too short for any passage: every passage of every claim ends beyond it.
    SourceTexts tooShort = SourceTexts.of(Map.of(Fixtures.SOURCE, SourceText.of("x")));
    List<Violation> found = Validator.builder().texts(tooShort).build().validate(DATASET).violations();

    Map<JsonPointer, Long> outside = found.stream().filter(v -> v.code().equals(Codes.EVIDENCE_OUTSIDE_DOCUMENT))
        .collect(Collectors.groupingBy(v -> v.path().upTo(v.path().depth() - 3), LinkedHashMap::new,
            Collectors.counting()));
    Map<JsonPointer, Long> expected = new LinkedHashMap<>();
    CLAIMS.forEach((pointer, located) -> expected.put(pointer, (long) located.claim().evidence().size()));
    assertThat(outside).containsExactlyEntriesOf(expected);
    assertThat(found).filteredOn(v -> v.code().equals(Codes.EVIDENCE_OUTSIDE_DOCUMENT))
        .allSatisfy(v -> assertThat(v.path().tokens().subList(v.path().depth() - 3, v.path().depth()))
            .containsExactly("evidence", String.valueOf(v.path().upTo(v.path().depth() - 1).index()), "start"));
  }

  @Test
  void reconciliationFilesEveryClaimButAResponseWhichItsDemandCarries() {
    List<org.parley.reconcile.Support> supports = Reconciler.reconcileAll(DATASET).stream()
        .flatMap(r -> r.items().stream()).flatMap(i -> i.positions().stream()).flatMap(p -> p.support().stream())
        .collect(Collectors.toList());
    Set<JsonPointer> supported = supports.stream().map(s -> AT.append(s.pointer())).collect(Collectors.toSet());

    assertThat(supported).allSatisfy(p -> assertThat(CLAIMS).containsKey(p));
    assertThat(typesAt(supported)).isEqualTo(EnumSet.complementOf(EnumSet.of(ClaimType.RESPONSE)));
    assertThat(supports.stream()
        .allMatch(s -> s.claimIn(REPORT).orElseThrow() == Claims.at(REPORT, s.pointer()).orElseThrow().claim()))
        .isTrue();
  }

  @Test
  void claimsCsvHasARowForEveryClaimAtItsPlace() {
    ClaimRows rows = ClaimRows.of(DATASET);
    Set<JsonPointer> tabled = rows.rows.stream().map(ClaimRows.ClaimRow::pointer).collect(Collectors.toSet());

    assertThat(tabled).containsAll(CLAIMS.keySet());
    assertThat(rows.rows).allSatisfy(row -> assertThat(row.id()).isEqualTo(REPORT.id().value() + "#" + row.part()));
    assertThat(rows.rows).filteredOn(r -> CLAIMS.containsKey(r.pointer()))
        .as("each claim's row names it by its noun")
        .allSatisfy(r -> assertThat(r.type()).isEqualTo(r.located().type().noun()));
  }

  @Test
  void claimsCsvListsEveryTypeOfClaimInTheCodebooksOrder() {
    Table claims = Tables.of(DATASET).get(0);
    int type = claims.header().indexOf("claim_type");
    int parent = claims.header().indexOf("parent");
    List<String> order = new java.util.ArrayList<>();
    for (List<String> row : claims.rows()) {
      if (row.get(parent).isEmpty() && (order.isEmpty() || !order.get(order.size() - 1).equals(row.get(type)))) {
        order.add(row.get(type));
      }
    }

    assertThat(claims.name()).isEqualTo("claims");
    assertThat(order).containsExactly("date", "venue", "duration", "format", "delegation", "demand", "outcome",
        "agreement", "statement", "title", "date", "role", "event", "fact", "act");
  }

  @Test
  void thePageHasANoteForEveryPassageOfEveryClaimButProvisions() {
    org.jsoup.nodes.Document page = Jsoup.parse(ParleyReport.html(DATASET, Fixtures.texts()));

    Map<String, Long> notes = page.select("ol.notes > li").stream()
        .collect(Collectors.groupingBy(li -> li.className(), TreeMap::new, Collectors.counting()));
    long passages = CLAIMS.values().stream().filter(c -> c.type() != ClaimType.PROVISION)
        .mapToLong(c -> c.claim().evidence().size()).sum();
    assertThat(notes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(passages);
    assertThat(notes).containsExactly(java.util.Map.entry("t-act", 1L), java.util.Map.entry("t-agreement", 1L), java.util.Map.entry("t-date", 2L),
        java.util.Map.entry("t-demand", 2L), java.util.Map.entry("t-event", 1L), java.util.Map.entry("t-fact", 1L),
        java.util.Map.entry("t-outcome", 1L), java.util.Map.entry("t-paraphrase", 1L),
        java.util.Map.entry("t-quote", 1L), java.util.Map.entry("t-setting", 10L), java.util.Map.entry("t-title", 1L));
  }
}
