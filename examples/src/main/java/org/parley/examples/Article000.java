package org.parley.examples;

import static org.parley.examples.Actors.BEKISH;
import static org.parley.examples.Actors.BIDEN;
import static org.parley.examples.Actors.FIDAN;
import static org.parley.examples.Actors.NEWSCENTRAL;
import static org.parley.examples.Actors.OBSERVERS_000;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TASS;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.TURKIYE;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.TRUMP_IS_NOT_FORMER;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.event;
import static org.parley.examples.Encoding.fact;
import static org.parley.examples.Encoding.falseBecause;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.title;

import org.parley.model.About;
import org.parley.model.Assessment;
import org.parley.model.ClaimKind;
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
import org.parley.model.PagePart;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
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
            Outcome.builder().key(Keys.PRISONER_EXCHANGE).kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("a large-scale prisoner exchange, 1,000 prisoners each")
                .addQuantities(Quantity.perParty(1000, "prisoners"))
                .addEvidence(ev(2459, "an agreement on a large-scale prisoner exchange"),
                    ev(2544, "each side agreed to release 1,000 prisoners"))
                .build(),
            Outcome.builder().key(Keys.NO_CEASEFIRE).kind(OutcomeKind.NO_AGREEMENT).issue(Issue.CEASEFIRE)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("no breakthrough on a ceasefire")
                .addEvidence(ev(2701, "Yet no breakthrough on a ceasefire was reached. Neither side appeared ready to"
                    + " make that commitment."))
                .build())
        .addEvents(
            event(Keys.START_POSTPONED, ProcessEventKind.POSTPONED, ev(628, "These negotiations almost didn’t happen—their start had been postponed several times"))
                .description("the start was postponed several times").build(),
            event(Keys.PUTIN_ABSENT, ProcessEventKind.ABSENT, ev(1364, "Of particular note was the absence of Russian President Vladimir Putin. Many had expected him to participate in these talks, believing his presence would signify Russia’s full commitment to negotiations."))
                .addActors(PUTIN).build(),
            // Absent, as seed 004 reports Trump: cancelling his plans to visit, the president stayed away.
            event(Keys.US_PRESIDENT_STAYS_AWAY, ProcessEventKind.ABSENT, ev(1893, "But when it became clear that the Russian president would not attend, the American president canceled his plans to visit."))
                .addActors(BIDEN).reason("it became clear that the Russian president would not attend")
                .cause(Keys.PUTIN_ABSENT)
                .description("the American president cancelled his plans to visit")
                .assessment(falseBecause("The article means Joe Biden, who had left office in January 2025. It was"
                    + " President Donald Trump who had offered to come if Putin did, and who did not travel."))
                .build(),
            event("ukraine-turkiye-preliminary-consultations", ProcessEventKind.ATTENDED, ev(2016, "Preliminary consultations had also taken place between Ukrainian and Turkish officials"))
                .addActors(UKRAINE, TURKIYE).description("preliminary consultations between Ukrainian and Turkish officials")
                .build(),
            event("russia-turkiye-consultations", ProcessEventKind.ATTENDED, ev(2104, "followed by similar discussions between Russia and Türkiye"))
                .addActors(RUSSIA, TURKIYE).description("discussions between Russia and Türkiye, after the Ukrainian ones")
                .build())
        .addFacts(
            fact("talks-behind-closed-doors", "the discussions took place behind closed doors",
                ev(852, "And while the discussions took place behind closed doors, their significance is already clear.")).build())
        .addStatements(
            paraphrase(BEKISH, "beneath the surface, history took a turn at the Istanbul negotiations",
                ev(345, "But sometimes, beneath the surface, history takes a turn.")).build(),
            paraphrase(BEKISH, "the prolonged anticipation fuelled public and media interest",
                ev(785, "This prolonged anticipation only fueled public and media interest.")).build(),
            paraphrase(BEKISH, "the absence of press statements was criticised, but Russia put results before spectacle: serious, methodical work that produces real outcomes",
                ev(948, "Many were quick to criticize the absence of grand press statements. However, real diplomacy is not performed in front of cameras. Russia demonstrated once again that it prioritizes results over spectacle. This was not a media performance aimed at global headlines—it was serious, methodical work. Monotonous, perhaps, to an outside observer, but it is precisely such work that produces real outcomes.")).build(),
            paraphrase(BEKISH, "Putin’s absence disappointed many, including politicians and officials who had expected a face-to-face meeting of the leaders of Russia and Ukraine",
                ev(1568, "The absence of President Putin was a disappointment to many, including international politicians and officials who had anticipated a historic face-to-face meeting between the leaders of Russia and Ukraine.")).build(),
            paraphrase(BEKISH, "exchanging information directly was in itself an achievement",
                ev(2254, "Both sides had the opportunity to exchange information directly—something that, given the scale of the conflict, is in itself an achievement.")).build(),
            paraphrase(BEKISH, "the prisoner exchange is a small but meaningful sign that dialogue is possible",
                ev(2589, "This humanitarian step is undoubtedly a small but meaningful sign that dialogue, however fragile, is possible.")).build(),
            paraphrase(OBSERVERS_000, "only direct talks between the Russian and American presidents can unlock the path to peace",
                ev(2802, "Observers now look to the possibility of direct talks between the Russian and American presidents, believing that only such high-level engagement can unlock the path to peace.")).build(),
            paraphrase(BEKISH, "the only realistic path is an agreement between Russia and the United States, which the U.S. would have to make Ukraine implement, as major powers have done for their allies",
                ev(3374, "This leaves only one realistic path forward: a potential agreement between Russia and the United States. Should such an agreement be reached, the U.S. would bear responsibility for ensuring its implementation by Ukraine. This would align with the way major powers have historically negotiated settlements on behalf of their allies or partners.")).build(),
            paraphrase(TRUMP, "he successfully pressured China, India and other countries into trade concessions during his previous term",
                ev(3840, "He claims to have successfully pressured China, India, and numerous other countries into trade concessions during his previous term.")).build(),
            paraphrase(BEKISH, "Trump presents himself as a dealmaker and the world’s most powerful leader, and will likely try to force the parties to compromise",
                ev(3973, "Trump presents himself as a dealmaker who can achieve results where others have failed."),
                ev(4062, "In short, Trump sees himself as the world’s most powerful leader. He is likely to apply the same approach to the Ukraine crisis, portraying himself as the only figure capable of forcing the parties to compromise.")).build(),
            paraphrase(BEKISH, "the Istanbul talks have shown that dialogue remains possible even amid deep hostilities",
                ev(4317, "But one thing is clear: the Istanbul talks have shown that, even amid deep hostilities, dialogue remains possible.")).build(),
            paraphrase(BIDEN, "ready to travel to Istanbul if Putin confirmed his participation",
                ev(1775, "American President Joe Biden had even stated he was ready to travel to Istanbul if Putin"
                    + " confirmed his participation"))
                .assessment(falseBecause("It was President Donald Trump, not Joe Biden, who said he could travel"
                    + " to Istanbul if Putin came; Biden left office in January 2025."))
                .build(),
            paraphrase(BEKISH, "a direct meeting between Putin and Zelensky appears more unlikely than ever",
                ev(3000, "However, the prospect of a direct meeting between Putin and Ukrainian President Volodymyr"
                    + " Zelensky appears more unlikely than ever."))
                .about(About.of(ClaimKind.OUTCOME, Keys.LEADERS_MEETING)).stance(Stance.DISPUTES).build(),
            paraphrase(RUSSIA, "Russia views Zelensky’s term as expired and will not recognize his legitimacy",
                ev(3132, "Such a meeting would imply Russia’s recognition of Zelensky’s legitimacy—a step Moscow is not"
                    + " prepared to take."),
                ev(3244, "Russia views Zelensky’s term as expired, believing that any agreement signed with him could"
                    + " be dismissed later by his successor."))
                .build())
        .addTitles(
            title(BEKISH, "Russian military-political analyst, expert in the field of strategic security, specialist in the Middle East and Africa",
                ev(0, "Editor's note: Russian military-political analyst, expert in the field of strategic security, specialist in the Middle East and Africa Vladimir Bekish.", PagePart.EDITORS_NOTE)),
            title(PUTIN, "Russian President", ev(1402, "Russian President Vladimir Putin")),
            title(BIDEN, "American President", ev(1775, "American President Joe Biden"), Verdict.FALSE,
                "Joe Biden's term ended on 20 January 2025; in May 2025 the American President was Donald Trump."),
            title(ZELENSKY, "Ukrainian President", ev(3060, "Ukrainian President Volodymyr Zelensky")),
            title(TRUMP, "Former U.S. President", ev(3719, "Former U.S. President Donald Trump"), Verdict.FALSE,
                TRUMP_IS_NOT_FORMER))
        .build();
  }
}
