package org.parley.examples;

import static org.parley.examples.Actors.BELOUSOV;
import static org.parley.examples.Actors.ERDOGAN;
import static org.parley.examples.Actors.NATO;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TRT_ANALYST;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.TURKIYE;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.UNITED_STATES;
import static org.parley.examples.Actors.WESTERN_ALLIES;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.event;
import static org.parley.examples.Encoding.fact;
import static org.parley.examples.Encoding.falseBecause;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.title;

import java.time.Duration;
import org.parley.model.Assessment;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.EventTiming;
import org.parley.model.Issue;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeRank;
import org.parley.model.OutcomeStatus;
import org.parley.model.PagePart;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.RoleClaim;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Venue;
import org.parley.model.Verdict;

/**
 * Seed 004, "Istanbul talks: Russia-Ukraine war, Türkiye’s rise, and the quest for peace", an
 * analysis from TRT World. It dates the meeting "May 15" while its own photo caption (credited to
 * Reuters) says May 16, 2025; talks "just under two hours"; an agreement to exchange 1,000 prisoners
 * of war without saying "each"; the sides' maximalist positions. It holds 🔗, a character outside the
 * Basic Multilingual Plane, so every offset after it differs from a Java string index by one.
 */
final class Article004 {

  static final SourceId SOURCE = SourceId.of("source:trt-world-istanbul-talks-analysis");

  private Article004() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.ANALYSIS)
        .outlet("TRT World")
        .headline("Istanbul talks: Russia-Ukraine war, Türkiye’s rise, and the quest for peace")
        .language("en")
        .document(Document.of("seeds/004_e89adec3750aa83b.txt",
            "6d341c298945e277a3e8872eec9480458ba03d0adcd4010ef05b3ea1728ede77"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:trt-world-istanbul-talks-analysis"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        .date(Reported.<PartialDate>builder().value(PartialDate.of(2025, 5, 15))
            .addEvidence(ev(509, "On May 15, Türkiye hosted the first direct contact between Russian and Ukrainian"
                + " officials"))
            .assessment(falseBecause("The talks were held on 16 May 2025, as this article's own photo caption"
                + " (credited to Reuters) says: \"Istanbul, May 16, 2025\". 15 May was the day first planned."))
            .build())
        .venue(Reported.of(Venue.of("Turkish Presidency’s Dolmabahce office", "Istanbul"),
            ev(337, "the Turkish Presidency’s Dolmabahce office in Istanbul"), ev(720, "The meeting, held in Istanbul")))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), ev(751, "lasted just under two hours")))
        .addDelegations(Delegation.builder().party(TURKIYE).role(DelegationRole.HOST)
            .addEvidence(ev(520, "Türkiye hosted the first direct contact")).build())
        .addDemands(
            Demand.builder().by(RUSSIA).addressee(UKRAINE).issue(Issue.RECOGNITION)
                .description("formal recognition of territorial gains")
                .addEvidence(ev(6690, "Russia demands formal recognition of territorial gains")).build(),
            Demand.builder().by(RUSSIA).addressee(WESTERN_ALLIES).issue(Issue.SANCTIONS)
                .description("the lifting of sanctions")
                .addEvidence(ev(6690, "Russia demands formal recognition of territorial gains and the lifting of"
                    + " sanctions")).build(),
            Demand.builder().by(UKRAINE).addressee(RUSSIA).issue(Issue.TERRITORY)
                .description("full withdrawal")
                .addEvidence(ev(6781, "Ukraine insists on full withdrawal and accountability")).build(),
            Demand.builder().by(UKRAINE).addressee(RUSSIA).issue(Issue.ACCOUNTABILITY)
                .description("accountability")
                .addEvidence(ev(6781, "Ukraine insists on full withdrawal and accountability")).build(),
            Demand.builder().key(Keys.PUTIN_IN_PERSON).by(ZELENSKY).addressee(PUTIN).issue(Issue.LEADERS_MEETING)
                .description("attend the talks in person")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(PUTIN)
                    .description("decided not to be present once it became clear President Trump would not attend")
                    .addEvidence(ev(3361, "Putin’s decision not to be present at the Istanbul talks once it became clear"
                        + " President Trump would not attend"))
                    .build())
                .addEvidence(ev(6989, "Zelenskyy had publicly challenged Putin to attend the talks")).build())
        .addOutcomes(
            Outcome.builder().key(Keys.PRISONER_EXCHANGE).kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("an agreement to exchange 1,000 prisoners of war")
                .addQuantities(Quantity.builder().amount(1000).unit("prisoners of war").basis(QuantityBasis.UNSPECIFIED)
                    .build())
                .rank(OutcomeRank.AMONG_FEW)
                .addEvidence(ev(5329, "Among the few tangible outcomes of the Istanbul talks was an agreement to"
                        + " exchange 1,000 prisoners of war"),
                    ev(1673, "the decision on prisoner exchange between Russia and Ukraine was the biggest outcome"))
                .build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.TERRITORY).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("territorial control remains unresolved")
                .addEvidence(ev(5589, "Fundamental political issues such as territorial control, security guarantees,"
                    + " and Ukraine’s future orientation remain unresolved.")).build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.SECURITY_GUARANTEES)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("security guarantees remain unresolved")
                .addEvidence(ev(5589, "Fundamental political issues such as territorial control, security guarantees,"
                    + " and Ukraine’s future orientation remain unresolved.")).build())
        .addDates(
            DateClaim.builder().role(DateRole.HELD).date(PartialDate.of(2025, 5, 16))
                .addEvidence(ev(304, "Ukrainian officials walk outside the Turkish Presidency’s Dolmabahce office in Istanbul, May 16, 2025", PagePart.CAPTION))
                .build())
        .addRoles(RoleClaim.builder().actor(TURKIYE).role(NegotiationRole.FACILITATOR)
            .addEvidence(ev(76, "Deft diplomacy by Ankara managed to bring the warring sides together."))
            .build())
        .addEvents(
            event(Keys.PUTIN_ABSENT, ProcessEventKind.ABSENT, ev(783, "took place without the presence of either presidents – Vladimir Putin or President Volodymyr Zelenskyy"),
                ev(7101, "Putin’s absence, along with that of other senior Russian officials"),
                ev(3361, "Putin’s decision not to be present at the Istanbul talks once it became clear President Trump would not attend"))
                .addActors(PUTIN).reason("it became clear President Trump would not attend")
                .cause(Keys.US_PRESIDENT_STAYS_AWAY).build(),
            event(Keys.ZELENSKY_ABSENT, ProcessEventKind.ABSENT, ev(783, "took place without the presence of either presidents – Vladimir Putin or President Volodymyr Zelenskyy"))
                .addActors(ZELENSKY).build(),
            event(Keys.US_PRESIDENT_STAYS_AWAY, ProcessEventKind.ABSENT, ev(887, "Trump’s surprise attendance could have changed this, but he did not show up either."))
                .addActors(TRUMP).build(),
            event(Keys.NATO_ANTALYA, ProcessEventKind.CONVENED, ev(1057, "the NATO Foreign Ministers’ summit convening in Antalya"))
                .addActors(NATO).venue(Venue.builder().name("Antalya").build())
                .description("the NATO foreign ministers’ meeting in Antalya, at the same time").build(),
            event(Keys.ANKARA_CONSULTATIONS, ProcessEventKind.ATTENDED, ev(1117, "President Zelenskyy holding consultations with President Erdogan in Ankara"))
                .addActors(ZELENSKY, ERDOGAN).venue(Venue.builder().name("Ankara").build())
                .description("Zelensky’s consultations with Erdoğan in Ankara").build(),
            event(Keys.TRILATERAL_US, ProcessEventKind.ATTENDED, ev(1195, "A simultaneous trilateral session in Istanbul between Turkish, American, and Ukrainian officials"))
                .addActors(TURKIYE, UNITED_STATES, UKRAINE).venue(Venue.builder().name("Istanbul").build())
                .timing(EventTiming.DURING)
                .description("a trilateral session of Turkish, American and Ukrainian officials, at the same time").build())
        .addFacts(
            fact(Keys.FIRST_SINCE_2022, "the first direct contact between Russian and Ukrainian officials since the collapse of peace talks in 2022",
                ev(535, "the first direct contact between Russian and Ukrainian officials since the collapse of peace talks in 2022"),
                ev(407, "during the first direct talks between Russia and Ukraine since 2022 (Reuters)", PagePart.CAPTION))
                .date(PartialDate.of(2022)).sinceEvent("collapse-of-peace-talks-2022").build(),
            fact("biggest-conflict-in-europe", "the biggest military conflict in Europe since World War II",
                ev(643, "aimed at ending the biggest military conflict in Europe since World War II")).build(),
            fact(Keys.WAR_LENGTH, "more than two years into the conflict",
                ev(5720, "More than two years into the conflict, the war has hardened into a grinding war of attrition."))
                .duration(DurationEstimate.over(Duration.ofDays(2 * 365)))
                .assessment(Assessment.of(Verdict.DISPUTED, "The full-scale invasion began on 24 February 2022: by May 2025"
                    + " the war had lasted more than three years. \"More than two years\" is true but understates it."))
                .build(),
            fact(Keys.ANNEXATION, "Russia has formally annexed four Ukrainian regions and integrated them into its constitutional order",
                ev(5815, "Russia has formally annexed four Ukrainian regions and integrated them into its constitutional order, making any concession on territory politically unthinkable for the Kremlin."))
                .actor(RUSSIA).build(),
            fact("belousov-defence-minister", "Andrei Belousov was appointed defence minister",
                ev(5995, "The appointment of Andrei Belousov as defence minister signals Moscow’s commitment to sustaining a war economy, prioritising industrial output and mobilisation capacity over short-term fiscal balance."))
                .actor(BELOUSOV).build(),
            fact("turkiye-arms-ukraine", "Türkiye arms Ukraine with Bayraktar TB2 drones and has not joined Western sanctions on Russia",
                ev(3906, "Throughout the war, Ankara has maintained open channels with both Moscow and Kiev—arming Ukraine with Bayraktar TB2 drones while declining to join Western sanctions on Russia."))
                .actor(TURKIYE).build(),
            fact("turkiye-record", "Türkiye delivered an earlier round of peace negotiations, the Black Sea Grain deal and multiple rounds of prisoner exchanges",
                ev(4084, "This careful balancing has allowed Türkiye to deliver results others could not: an earlier round of peace negotiations, the Black Sea Grain deal, multiple rounds of prisoner exchanges, and now renewed direct negotiations."))
                .actor(TURKIYE).build())
        .addStatements(
            paraphrase(TRT_ANALYST, "the onus is now on Moscow and Kiev to find common ground and end the war",
                ev(146, "The onus is now on Moscow and Kiev to find common ground and end the winding war.")).build(),
            paraphrase(TRT_ANALYST, "the setting, tones and absences revealed an international order reshaped by great power competition and assertive regional actors like Türkiye",
                ev(1433, "The setting for the talks, the tones, and the absences revealed how the international order is being reshaped by renewed great power competition, asymmetric alignments, and the growing assertiveness of regional actors like Türkiye.")).build(),
            paraphrase(TRT_ANALYST, "the real significance of the talks lay in what they exposed about the international landscape",
                ev(2233, "the real significance of the Istanbul talks lay in what they exposed about the current international landscape.")).build(),
            paraphrase(TRT_ANALYST, "the international system is in flux: the post-Cold War assumptions are eroding, replaced by a contested order of which the war is both catalyst and consequence",
                ev(2403, "The international system remains in flux. The foundational assumptions of the post-Cold War era—liberal institutionalism, US strategic dominance, NATO cohesion, and the universalisation of Western norms—are rapidly eroding."),
                ev(2629, "In their place is a contested geopolitical order marked by fragmentation, great power rivalry, and normative pluralism. The Russia–Ukraine war is both a catalyst for and a consequence of this transformation.")).build(),
            paraphrase(TRT_ANALYST, "for Putin the war is about forcing recognition of Russia as a great power and reshaping Europe’s security order on Moscow’s terms",
                ev(2839, "For Putin, the conflict is not just about Ukraine’s alignment or NATO’s expansion, but about forcing recognition of Russia as a great power, a status lost with the demise of the USSR."),
                ev(3024, "The war in Ukraine, along with Putin’s objectives, serves both as a catalyst for and a consequence of this transition. It is driven by a deeper ambition to reshape Europe’s security order around Moscow’s terms.")).build(),
            paraphrase(TRT_ANALYST, "Trump’s return opened a strategic window for Moscow, whose goals align with his transactional style and scepticism of NATO",
                ev(3237, "Trump’s return opened a strategic window for Moscow, whose goals align with his transactional style and scepticism of NATO.")).build(),
            paraphrase(TRT_ANALYST, "such encounters reassert Russia’s claim to parity with the US; the Kremlin sees Trump’s return as a window, and serious US-Russia contact resumed only after his re-election",
                ev(3499, "Encounters like these serve to reassert Russia’s claim to parity with the US, even as it endures sanctions and military losses. The Kremlin views Trump’s return to office as a strategic window. It is no coincidence that serious US-Russia contact resumed only after Trump’s re-election.")).build(),
            paraphrase(TRT_ANALYST, "hosting the talks reflects a broader shift in Türkiye’s strategic posture, as a proactive and stabilising force across regions",
                ev(3786, "For Türkiye, hosting the talks reflects not just diplomatic flexibility but a broader shift in its strategic posture."),
                ev(4308, "These efforts are part of a broader pattern in which Türkiye has positioned itself as a proactive and stabilising force across multiple regions.")).build(),
            paraphrase(TRT_ANALYST, "Türkiye has supported Libya’s UN-recognised government, engaged in Sudan and mediated between Somalia and Ethiopia, shaping outcomes where Western influence is limited",
                ev(4701, "In Libya, Türkiye has supported the UN-recognised government and helped deter a full-scale collapse of the political order."),
                ev(4827, "In Sudan, Türkiye has engaged both humanitarian and diplomatic tools to mitigate the fallout of the civil war. Its quiet diplomacy between Somalia and Ethiopia has contributed to regional dialogue at a time of rising tension."),
                ev(5054, "In each case, Ankara has demonstrated that it can shape outcomes where Western influence is limited or absent, leveraging its relationships, geography, and credibility to act as both a mediator and a regional problem-solver.")).build(),
            paraphrase(TRT_ANALYST, "the prisoner agreement shows how narrow what is diplomatically achievable remains",
                ev(5438, "While meaningful in humanitarian terms, the agreement also highlighted the narrow scope of what remains diplomatically achievable, at least for now.")).build(),
            paraphrase(TRT_ANALYST, "Ukraine relies on Western support; Russia is under strain, Ukrainian gains limited, Western resolve in doubt; both sides believe they can still win",
                ev(6197, "On the other hand, Ukraine continues to rely heavily on Western military, financial, and diplomatic support to sustain its defence and governance."),
                ev(6346, "While Russia is under mounting economic and strategic strain, Ukrainian gains have been limited and incremental, and doubts persist about long-term Western resolve."),
                ev(6512, "Both sides believe they still have plausible paths to victory, or at least to a stronger bargaining position.")).build(),
            paraphrase(TRT_ANALYST, "the positions are fundamentally incompatible; the gap is too wide to bridge for now",
                ev(6837, "These positions remain fundamentally incompatible, and for now, the gap between battlefield realities and diplomatic terms appears too wide to bridge.")).build(),
            paraphrase(TRT_ANALYST, "Putin’s absence reinforced Kiev’s perception that Moscow is stalling for time",
                ev(7101, "Putin’s absence, along with that of other senior Russian officials, reinforced Kiev’s perception that Moscow is stalling for time, hoping battlefield momentum will eventually shift in its favour.")).build(),
            paraphrase(TRT_ANALYST, "the Kremlin keeps the process alive while aiming for a direct bargain with Washington",
                ev(7403, "Meanwhile, the Kremlin seems content to keep the diplomatic process alive while aiming for a direct bargain with Washington, one that could formalise Russian influence in parts of the post-Soviet space and ease the burden of Western sanctions.")).build(),
            paraphrase(TRT_ANALYST, "the meeting achieved little by way of concrete results; the prisoner exchange may build some confidence, but the divide remains vast and peace distant",
                ev(7648, "In this light, the Istanbul meeting did not achieve much by way of concrete results but did offer a window to what could have been and what could be."),
                ev(7799, "The prisoner exchange may offer a small measure of confidence-building, but the underlying divide between the parties remains vast. Without a significant shift in the strategic calculations in Moscow and Washington, the prospects for enduring peace remain distant.")).build(),
            paraphrase(ZELENSKY, "challenged Putin to attend the talks, as a test of Russia’s seriousness",
                ev(6989, "Zelenskyy had publicly challenged Putin to attend the talks, presenting it as a test of Russia’s"
                    + " seriousness."))
                .build(),
            paraphrase(UKRAINE, "Russia obstructs negotiations with maximalist and unrealistic demands",
                ev(7299, "Ukrainian officials accuse Russia of obstructing negotiations with maximalist and unrealistic"
                    + " demands."))
                .build())
        .addTitles(
            title(ZELENSKY, "President", ev(856, "President Volodymyr Zelenskyy")),
            title(ERDOGAN, "President", ev(1164, "President Erdogan")),
            title(TRUMP, "President", ev(3439, "President Trump would not attend")))
        .build();
  }
}
