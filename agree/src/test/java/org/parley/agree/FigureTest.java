package org.parley.agree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coefficients reproduce published worked examples to their published digits: the reliability
 * data of Krippendorff's "Computing Krippendorff's Alpha-Reliability" (2011), and the two-rater table
 * that textbooks use for Cohen's kappa; and they say when they are undefined.
 */
class FigureTest {

  /** Krippendorff (2011), section C: four observers, twelve units, values 1 to 5, some missing. */
  private static final Integer[][] OBSERVERS = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
      {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};

  private static List<Object[]> units(Object[][] byObserver) {
    List<Object[]> units = new ArrayList<>();
    for (int u = 0; u < byObserver[0].length; u++) {
      Object[] unit = new Object[byObserver.length];
      for (int o = 0; o < byObserver.length; o++) {
        unit[o] = byObserver[o][u];
      }
      units.add(unit);
    }
    return units;
  }

  private static String digits(Figure f) {
    return f.toString();
  }

  @Test
  void reproducesKrippendorffsExampleOfFourObserversWithMissingValuesAtEveryLevel() {
    List<Object[]> units = units(OBSERVERS);

    assertThat(digits(Figure.alpha(units, Level.NOMINAL))).isEqualTo("0.743");
    assertThat(digits(Figure.alpha(units, Level.ORDINAL))).isEqualTo("0.815");
    assertThat(digits(Figure.alpha(units, Level.INTERVAL))).isEqualTo("0.849");
    assertThat(digits(Figure.alpha(units, Level.RATIO))).isEqualTo("0.797");
  }

  @Test
  void measuresNumbersGivenAsDoublesAsNumbersNotAsNames() {
    // The reader gives days and amounts as doubles: the same figures as the published integers.
    Object[][] doubles = new Object[OBSERVERS.length][];
    for (int o = 0; o < OBSERVERS.length; o++) {
      doubles[o] = java.util.Arrays.stream(OBSERVERS[o]).map(v -> v == null ? null : v.doubleValue()).toArray();
    }

    assertThat(digits(Figure.alpha(units(doubles), Level.INTERVAL))).isEqualTo("0.849");
    assertThat(digits(Figure.alpha(units(doubles), Level.RATIO))).isEqualTo("0.797");
  }

  @Test
  void reproducesKrippendorffsBinaryExampleOfTwoObservers() {
    Object[][] data = {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}};

    assertThat(digits(Figure.alpha(units(data), Level.NOMINAL))).isEqualTo("0.095");
  }

  @Test
  void reproducesTheTextbookKappaOfTwoRatersOnFiftyItems() {
    // 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: observed 0.7, by chance 0.5, kappa 0.4.
    List<Object[]> units = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      units.add(new Object[] {"yes", "yes"});
    }
    for (int i = 0; i < 5; i++) {
      units.add(new Object[] {"yes", "no"});
    }
    for (int i = 0; i < 10; i++) {
      units.add(new Object[] {"no", "yes"});
    }
    for (int i = 0; i < 15; i++) {
      units.add(new Object[] {"no", "no"});
    }

    assertThat(digits(Figure.kappa(units))).isEqualTo("0.400");
  }

  @Test
  void reproducesKrippendorffsUnitizingExample() {
    // Krippendorff, Content Analysis (2004), p. 254: two observers, positions 150 to 450, categories c and k.
    List<Figure.Marked> marked = List.of(
        new Figure.Marked(225, 70, 0, "c"), new Figure.Marked(370, 30, 0, "c"),
        new Figure.Marked(220, 80, 1, "c"), new Figure.Marked(355, 20, 1, "c"), new Figure.Marked(400, 20, 1, "c"),
        new Figure.Marked(180, 60, 0, "k"), new Figure.Marked(300, 50, 0, "k"),
        new Figure.Marked(180, 60, 1, "k"), new Figure.Marked(300, 50, 1, "k"));

    assertThat(String.format(java.util.Locale.ROOT, "%.4f", Figure.alphaU(2, 150, 300, marked, "c").value()
        .getAsDouble())).isEqualTo("0.7286");
    assertThat(digits(Figure.alphaU(2, 150, 300, marked, "k"))).isEqualTo("1.000");
  }

  @Test
  void perfectAgreementIsOneAndASingleCategoryIsUndefinedWithItsReason() {
    List<Object[]> perfect = List.of(new Object[] {"a", "a"}, new Object[] {"b", "b"}, new Object[] {"a", "a"});
    List<Object[]> single = List.of(new Object[] {"a", "a"}, new Object[] {"a", "a"});

    assertThat(digits(Figure.alpha(perfect, Level.NOMINAL))).isEqualTo("1.000");
    assertThat(digits(Figure.kappa(perfect))).isEqualTo("1.000");
    assertThat(Figure.alpha(single, Level.NOMINAL)).isEqualTo(
        Figure.none("one value only: there was no choice to disagree on"));
    assertThat(Figure.kappa(single).value()).isEmpty();
  }

  @Test
  void unitsWithOneValueAreLeftOutAndNoPairIsUndefined() {
    List<Object[]> withMissing = List.of(new Object[] {"a", "a"}, new Object[] {"b", "b"}, new Object[] {"a", null},
        new Object[] {null, "b"});
    List<Object[]> noPair = List.of(new Object[] {"a", null}, new Object[] {null, "b"});

    assertThat(digits(Figure.alpha(withMissing, Level.NOMINAL))).isEqualTo("1.000");
    assertThat(Figure.alpha(noPair, Level.NOMINAL)).isEqualTo(Figure.none("no unit has values from two coders"));
    assertThat(Figure.kappa(noPair)).isEqualTo(Figure.none("no unit has values from both coders"));
  }
}
