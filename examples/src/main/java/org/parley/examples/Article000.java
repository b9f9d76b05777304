package org.parley.examples;

import static org.parley.examples.Actors.BIDEN;
import static org.parley.examples.Actors.FIDAN;
import static org.parley.examples.Actors.NEWSCENTRAL;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TASS;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.TURKIYE;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.TRUMP_IS_PRESIDENT;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.falseBecause;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.title;

import org.parley.model.Assessment;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Venue;
import org.parley.model.Verdict;

/**
 * Seed 000: an opinion piece by Vladimir Bekish for News.Az, crediting TASS and newscentral. It
 * dates the talks to May 16, says they lasted "just two hours", reports the 1,000-for-1,000 prisoner
 * agreement and no ceasefire, and calls Joe Biden the American President and Donald Trump a former
 * one, both wrong in May 2025.
 */
final class Article000 {

  static final SourceId SOURCE = SourceId.of("source:newsaz-bekish-opinion");

  private Article000() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.OPINION)
        .outlet("News.Az")
        .author("Vladimir Bekish")
        .language("en")
        .addCites(TASS, NEWSCENTRAL)
        .document(Document.of("seeds/000_996755ad325e6c74.txt",
            "5887a73accedf2d448c220ca948b84715fd9ba130c723223ec1ba769e7809b53"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:newsaz-bekish-opinion"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        .date(Reported.<PartialDate>builder().value(PartialDate.of(2025, 5, 16))
            .addEvidence(ev(718, "only on May 16 did both delegations finally sit down at the table"))
            .assessment(Assessment.of(Verdict.ACCURATE,
                "The talks were held on Friday 16 May 2025; seed 004 dates them to May 15."))
            .build())
        .venue(Reported.of(Venue.of("Dolmabahçe Palace", "Istanbul"),
            ev(501, "Held in the historic Dolmabahçe Palace"),
            ev(440, "the Russia–Ukraine negotiations that concluded in Istanbul")))
        .duration(Reported.<DurationEstimate>builder().value(DurationEstimate.of(120, DurationQualifier.EXACT))
            .addEvidence(ev(541, "the talks lasted just two hours"), ev(2230, "lasting two full hours"))
            .assessment(disputedBecause("Seeds 001, 003 and 004 say the talks lasted under two hours, seed 002"
                + " says 90 minutes."))
            .build())
        .addDelegations(Delegation.builder().party(TURKIYE).role(DelegationRole.HOST)
            .addMembers(DelegationMember.builder().person(FIDAN).title("Türkiye’s Foreign Minister")
                .addEvidence(ev(574, "Türkiye’s Foreign Minister Hakan Fidan also attended")).build())
            .addEvidence(ev(574, "Türkiye’s Foreign Minister Hakan Fidan also attended"))
            .build())
        .addOutcomes(
            Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("a large-scale prisoner exchange, 1,000 prisoners each")
                .addQuantities(Quantity.perParty(1000, "prisoners"))
                .addEvidence(ev(2459, "an agreement on a large-scale prisoner exchange"),
                    ev(2544, "each side agreed to release 1,000 prisoners"))
                .build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.CEASEFIRE).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("no breakthrough on a ceasefire")
                .addEvidence(ev(2701, "Yet no breakthrough on a ceasefire was reached. Neither side appeared ready to"
                    + " make that commitment."))
                .build())
        .addStatements(
            paraphrase(BIDEN, "ready to travel to Istanbul if Putin confirmed his participation",
                ev(1775, "American President Joe Biden had even stated he was ready to travel to Istanbul if Putin"
                    + " confirmed his participation"))
                .assessment(falseBecause("It was President Donald Trump, not Joe Biden, who said he could travel"
                    + " to Istanbul if Putin came; Biden left office in January 2025."))
                .build(),
            paraphrase(RUSSIA, "Russia views Zelensky’s term as expired and will not recognize his legitimacy",
                ev(3132, "Such a meeting would imply Russia’s recognition of Zelensky’s legitimacy—a step Moscow is not"
                    + " prepared to take."),
                ev(3244, "Russia views Zelensky’s term as expired, believing that any agreement signed with him could"
                    + " be dismissed later by his successor."))
                .build())
        .addTitles(
            title(PUTIN, "Russian President", ev(1402, "Russian President Vladimir Putin")),
            title(BIDEN, "American President", ev(1775, "American President Joe Biden"), Verdict.FALSE,
                "Joe Biden's term ended on 20 January 2025; in May 2025 the American President was Donald Trump."),
            title(ZELENSKY, "Ukrainian President", ev(3060, "Ukrainian President Volodymyr Zelensky")),
            title(TRUMP, "Former U.S. President", ev(3719, "Former U.S. President Donald Trump"), Verdict.FALSE,
                TRUMP_IS_PRESIDENT))
        .build();
  }
}
