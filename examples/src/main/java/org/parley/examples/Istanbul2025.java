package org.parley.examples;

import java.util.List;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Report;
import org.parley.model.Source;
import org.parley.validate.SourceTexts;

/**
 * The five seed articles about the direct Russia–Ukraine talks at Dolmabahçe Palace, Istanbul, in
 * May 2025, hand-encoded: one source and one report per article, the shared negotiation and actors.
 * Each report keeps what its article says, disagreements and errors included; assessments mark the
 * errors without changing what was said.
 */
public final class Istanbul2025 {

  /** The talks of May 2025. */
  public static final NegotiationId TALKS = NegotiationId.of("negotiation:istanbul-2025");

  /** The talks of March 2022 in Istanbul, which the articles call the previous round. */
  public static final NegotiationId TALKS_2022 = NegotiationId.of("negotiation:istanbul-2022");

  private Istanbul2025() {}

  /** The whole encoded dataset. */
  public static Dataset dataset() {
    return Dataset.builder()
        .actors(Actors.all())
        .negotiations(negotiations())
        .sources(sources())
        .reports(reports())
        .build();
  }

  /** The texts of the five articles, from this module's resources, for validating the evidence. */
  public static SourceTexts texts() {
    return SeedTexts.INSTANCE;
  }

  static List<Negotiation> negotiations() {
    return List.of(
        Negotiation.builder().id(TALKS)
            .title("Russia–Ukraine direct talks, Dolmabahçe Palace, Istanbul, May 2025")
            .addParties(Actors.RUSSIA, Actors.UKRAINE)
            .addHosts(Actors.TURKIYE)
            .addMediators(Actors.TURKIYE)
            .previousRound(TALKS_2022)
            .build(),
        Negotiation.builder().id(TALKS_2022)
            .title("Russia–Ukraine talks, Istanbul, March 2022")
            .addParties(Actors.RUSSIA, Actors.UKRAINE)
            .addHosts(Actors.TURKIYE)
            .build());
  }

  static List<Source> sources() {
    return List.of(Article000.source(), Article001.source(), Article002.source(), Article003.source(),
        Article004.source());
  }

  static List<Report> reports() {
    return List.of(Article000.report(), Article001.report(), Article002.report(), Article003.report(),
        Article004.report());
  }
}
