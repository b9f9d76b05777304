package org.parley.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.parley.model.About;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Assessment;
import org.parley.model.Attribution;
import org.parley.model.Channel;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Provision;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.RoleClaim;
import org.parley.model.RoundFormat;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.model.Verdict;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * A complete, valid dataset that uses every part of the model, for tests to break in one place. Its
 * one article holds a character outside the Basic Multilingual Plane (🔗) before most passages, so
 * every offset after it differs between code points and UTF-16 units.
 */
public final class Fixtures {

  /** The article the fixture report encodes. */
  public static final String ARTICLE =
      "Istanbul 🔗 Russian and Ukrainian delegations met on Friday at Dolmabahçe Palace in Istanbul."
          + " The talks lasted 90 minutes. The Russian delegation, led by Putin aide Vladimir Medinsky,"
          + " demanded that Ukraine withdraw from Donetsk and Luhansk as a condition for a ceasefire."
          + " Defence Minister Rustem Umerov, who led Kyiv's delegation, rejected the demand, calling it"
          + " \"detached from reality,\" according to sources cited by Reuters. Turkish Foreign Minister"
          + " Hakan Fidan hosted the meeting. Both sides agreed to exchange 1,000 prisoners of war each."
          + " Ukrainian President Donald Trump was not there.";

  public static final ActorId RUSSIA = ActorId.of("actor:russia");
  public static final ActorId UKRAINE = ActorId.of("actor:ukraine");
  public static final ActorId TURKEY = ActorId.of("actor:turkey");
  public static final ActorId MEDINSKY = ActorId.of("actor:vladimir-medinsky");
  public static final ActorId UMEROV = ActorId.of("actor:rustem-umerov");
  public static final ActorId FIDAN = ActorId.of("actor:hakan-fidan");
  public static final ActorId TRUMP = ActorId.of("actor:donald-trump");
  public static final ActorId REUTERS = ActorId.of("actor:reuters");
  public static final NegotiationId TALKS = NegotiationId.of("negotiation:istanbul-2025");
  public static final NegotiationId TALKS_2022 = NegotiationId.of("negotiation:istanbul-2022");
  public static final SourceId SOURCE = SourceId.of("source:fixture-article");
  public static final ReportId REPORT = ReportId.of("report:fixture-article");

  private Fixtures() {}

  /** The evidence for {@code passage}, which must occur exactly once in {@link #ARTICLE}. */
  public static Evidence evidence(String passage) {
    int at = ARTICLE.indexOf(passage);
    if (at < 0 || ARTICLE.indexOf(passage, at + 1) >= 0) {
      throw new IllegalArgumentException("passage must occur exactly once in the fixture article: " + passage);
    }
    return Evidence.of(passage, ARTICLE.codePointCount(0, at));
  }

  /** The texts of the fixture's sources. */
  public static SourceTexts texts() {
    return SourceTexts.of(Map.of(SOURCE, SourceText.of(ARTICLE)));
  }

  public static List<Actor> actors() {
    return List.of(
        actor(RUSSIA, ActorKind.STATE, "Russia", "RUS").addAliases("Russian Federation", "Moscow")
            .addDemonyms("Russian").build(),
        actor(UKRAINE, ActorKind.STATE, "Ukraine", "UKR").addAliases("Kyiv", "Kiev").addDemonyms("Ukrainian")
            .build(),
        actor(TURKEY, ActorKind.STATE, "Türkiye", "TUR").addAliases("Turkey").addDemonyms("Turkish").build(),
        actor(MEDINSKY, ActorKind.PERSON, "Vladimir Medinsky", "RUS").affiliation(RUSSIA).build(),
        actor(UMEROV, ActorKind.PERSON, "Rustem Umerov", "UKR").affiliation(UKRAINE).build(),
        actor(FIDAN, ActorKind.PERSON, "Hakan Fidan", "TUR").affiliation(TURKEY).build(),
        actor(TRUMP, ActorKind.PERSON, "Donald Trump", "USA").wikidataId("Q22686").build(),
        Actor.builder().id(REUTERS).kind(ActorKind.ORGANIZATION).name("Reuters").build());
  }

  private static Actor.Builder actor(ActorId id, ActorKind kind, String name, String country) {
    return Actor.builder().id(id).kind(kind).name(name).country(country);
  }

  public static List<Negotiation> negotiations() {
    return List.of(
        Negotiation.builder().id(TALKS).title("Russia–Ukraine direct talks, Istanbul, May 2025")
            .addParties(RUSSIA, UKRAINE).addHosts(TURKEY).previousRound(TALKS_2022).build(),
        Negotiation.builder().id(TALKS_2022).title("Russia–Ukraine talks, Istanbul, March 2022")
            .addParties(RUSSIA, UKRAINE).addHosts(TURKEY).build());
  }

  public static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.NEWS)
        .outlet("Fixture News")
        .headline("Talks in Istanbul")
        .url("https://example.org/fixture")
        .publicationDate(PartialDate.of(2025, 5, 16))
        .language("en")
        .addCites(REUTERS)
        .document(Document.of("fixture.txt", SourceText.of(ARTICLE).sha256()))
        .build();
  }

  public static Report report() {
    return Report.builder()
        .id(REPORT)
        .source(SOURCE)
        .negotiation(TALKS)
        .date(Reported.of(PartialDate.builder().year(2025).month(5).dayOfWeek(DayOfWeek.FRIDAY).build(),
            evidence("on Friday")))
        .venue(Reported.of(Venue.of("Dolmabahçe Palace", "Istanbul"), evidence("at Dolmabahçe Palace in Istanbul")))
        .duration(Reported.of(DurationEstimate.exact(Duration.ofMinutes(90)), evidence("lasted 90 minutes")))
        .addDelegations(
            Delegation.builder().party(RUSSIA).role(DelegationRole.PARTY).head(MEDINSKY)
                .addMembers(member(MEDINSKY, "Putin aide", "led by Putin aide Vladimir Medinsky"))
                .addEvidence(evidence("The Russian delegation, led by Putin aide Vladimir Medinsky"))
                .build(),
            Delegation.builder().party(UKRAINE).role(DelegationRole.PARTY).head(UMEROV)
                .addMembers(member(UMEROV, "Defence Minister", "Defence Minister Rustem Umerov"))
                .addEvidence(evidence("Rustem Umerov, who led Kyiv's delegation"))
                .build(),
            Delegation.builder().party(TURKEY).role(DelegationRole.HOST)
                .addMembers(member(FIDAN, "Turkish Foreign Minister", "Turkish Foreign Minister Hakan Fidan"))
                .addEvidence(evidence("Hakan Fidan hosted the meeting"))
                .build())
        .addDemands(Demand.builder()
            .by(RUSSIA)
            .addressee(UKRAINE)
            .issue(Issue.TERRITORY)
            .description("withdraw from Donetsk and Luhansk")
            .addRegions("Donetsk", "Luhansk")
            .addConditions("as a condition for a ceasefire")
            .response(Response.builder().kind(ResponseKind.REJECTED).by(UMEROV)
                .description("calling it \"detached from reality\"")
                .addEvidence(evidence("rejected the demand")).build())
            .addEvidence(evidence("demanded that Ukraine withdraw from Donetsk and Luhansk as a condition for a ceasefire"))
            .build())
        .addOutcomes(Outcome.builder()
            .kind(OutcomeKind.AGREEMENT)
            .issue(Issue.PRISONERS)
            .addParties(RUSSIA, UKRAINE)
            .status(OutcomeStatus.AGREED)
            .description("exchange 1,000 prisoners of war each")
            .addQuantities(Quantity.perParty(1000, "prisoners of war"))
            .addEvidence(evidence("Both sides agreed to exchange 1,000 prisoners of war each"))
            .build())
        .addStatements(Statement.builder()
            .speaker(UMEROV)
            .mode(StatementMode.DIRECT_QUOTE)
            .words("detached from reality,")
            .channel(Channel.PRESS)
            .addAttribution(Attribution.of("sources cited by Reuters", REUTERS))
            .addEvidence(evidence("\"detached from reality,\""))
            .build())
        .addTitles(PersonTitle.builder()
            .person(TRUMP)
            .title("Ukrainian President")
            .addEvidence(evidence("Ukrainian President Donald Trump"))
            .assessment(Assessment.of(Verdict.FALSE, "Donald Trump is President of the United States"))
            .build())
        .build();
  }

  private static DelegationMember member(ActorId person, String title, String passage) {
    return DelegationMember.builder().person(person).title(title).addEvidence(evidence(passage)).build();
  }

  /** The complete valid dataset. */
  public static Dataset dataset() {
    return Dataset.builder()
        .addAllActors(actors())
        .addAllNegotiations(negotiations())
        .addSources(source())
        .addReports(report())
        .build();
  }

  /** The agreement the report of {@link #everyClaimType()} reports on. */
  public static final AgreementId SWAP = AgreementId.of("agreement:swap");

  /**
   * The fixture report with one claim of every type the fixture lacks, so that it holds a claim of
   * every {@link org.parley.model.ClaimType}, and with what makes reconciliation file each of them:
   * an agreement with a status, a statement about it.
   */
  public static Report everyClaimTypeReport() {
    Evidence e = evidence("Dolmabahçe Palace");
    return Report.builder().from(report())
        .venue(Reported.of(Venue.of("Dolmabahçe Palace", "Istanbul"), e))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), e))
        .format(Reported.of(RoundFormat.DIRECT, e))
        .addDates(DateClaim.builder().role(DateRole.SCHEDULED).date(PartialDate.of(2025)).addEvidence(e).build())
        .addStatements(Statement.builder().speaker(MEDINSKY).mode(StatementMode.PARAPHRASE)
            .words("the exchange was agreed").about(About.agreement(SWAP)).stance(Stance.AFFIRMS).addEvidence(e).build())
        .addAgreements(AgreementClaim.builder().agreement(SWAP).status(AgreementStatus.AGREED)
            .addProvisions(Provision.builder().addIssues(Issue.PRISONERS).addEvidence(e).build())
            .addProvisions(Provision.builder().addIssues(Issue.CEASEFIRE).addEvidence(e).build())
            .addEvidence(e).build())
        .addRoles(RoleClaim.builder().actor(TURKEY).role(NegotiationRole.HOST).addEvidence(e).build())
        .addEvents(ProcessEvent.builder().kind(ProcessEventKind.CONVENED).addEvidence(e).build())
        .addFacts(FactClaim.builder().description("a war").addEvidence(e).build())
        .addActs(Act.builder().kind(ActKind.THREATENED).by(TURKEY).description("to leave").addEvidence(e).build())
        .build();
  }

  /** The complete dataset with {@link #everyClaimTypeReport()} as its report, and the agreement it names. */
  public static Dataset everyClaimType() {
    return Dataset.builder().from(dataset())
        .addAgreements(Agreement.builder().id(SWAP).name("prisoner exchange").type(AgreementType.OTHER)
            .negotiation(TALKS).build())
        .reports(List.of(everyClaimTypeReport()))
        .build();
  }

  /** The dataset with its one report changed by {@code change}. */
  public static Dataset withReport(UnaryOperator<Report.Builder> change) {
    return Dataset.builder().from(dataset())
        .reports(List.of(change.apply(Report.builder().from(report())).build()))
        .build();
  }

  /** The dataset with its one source changed by {@code change}. */
  public static Dataset withSource(UnaryOperator<Source.Builder> change) {
    return Dataset.builder().from(dataset())
        .sources(List.of(change.apply(Source.builder().from(source())).build()))
        .build();
  }
}
