package org.parley.agree;

import java.util.List;
import java.util.OptionalDouble;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * A coefficient's value, or why there is none: Krippendorff's alpha and Cohen's kappa are undefined
 * when the data give the coders no choice to agree on (one value only) or no unit with two values.
 * The values are DKPro Statistics' ({@code dkpro-statistics-agreement}, the library INCEpTION uses),
 * which reproduces the worked examples of Krippendorff's "Computing Krippendorff's Alpha-Reliability".
 *
 * @param value the coefficient, when defined
 * @param undefined why it is not, when it is not; empty otherwise
 */
public record Figure(OptionalDouble value, String undefined) {

  static Figure of(double value) {
    return Double.isNaN(value) ? none("the data give no value") : new Figure(OptionalDouble.of(value), "");
  }

  static Figure none(String why) {
    return new Figure(OptionalDouble.empty(), why);
  }

  /** The value with three decimals, or "n/a". */
  @Override
  public String toString() {
    return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }

  /**
   * Krippendorff's alpha of the units, each a row of one value per coder ({@code null} where a coder
   * gave none), at the level of measurement given.
   */
  public static Figure alpha(List<Object[]> units, Level level) {
    int coders = units.isEmpty() ? 2 : units.get(0).length;
    CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
    long paired = 0;
    for (Object[] unit : units) {
      if (java.util.Arrays.stream(unit).filter(java.util.Objects::nonNull).count() >= 2) {
        study.addItemAsArray(unit);
        paired++;
      }
    }
    if (paired == 0) {
      return none("no unit has values from two coders");
    }
    try {
      return of(new KrippendorffAlphaAgreement(study, level.distance()).calculateAgreement());
    } catch (InsufficientDataException e) {
      return none("one value only: there was no choice to disagree on");
    }
  }

  /** A stretch of the text one coder marked: where it starts, how long it is, the coder and its category. */
  public record Marked(long start, long length, int coder, String category) {}

  /**
   * Krippendorff's unitizing alpha (alpha_u) of {@code category} over a continuum of {@code length}
   * positions from {@code begin}, with the stretches each coder marked (those of other categories
   * count as not this one).
   */
  public static Figure alphaU(int coders, long begin, long length, List<Marked> marked, String category) {
    UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, begin, length);
    for (Marked m : marked) {
      study.addUnit(m.start(), m.length(), m.coder(), m.category());
    }
    try {
      return of(new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(category));
    } catch (InsufficientDataException | ArithmeticException e) {
      return none("the passages leave nothing to compare");
    }
  }

  /** Cohen's kappa of two coders over the units where both gave a value. */
  public static Figure kappa(List<Object[]> units) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
    for (Object[] unit : units) {
      if (unit.length != 2) {
        throw new IllegalArgumentException("Cohen's kappa compares two coders, not " + unit.length);
      }
      if (unit[0] != null && unit[1] != null) {
        study.addItem(unit[0], unit[1]);
      }
    }
    if (study.getItemCount() == 0) {
      return none("no unit has values from both coders");
    }
    try {
      return of(new CohenKappaAgreement(study).calculateAgreement());
    } catch (InsufficientDataException e) {
      return none("one value only: there was no choice to disagree on");
    }
  }
}
