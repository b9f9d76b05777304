package org.parley.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.parley.json.JsonLinesWriter;
import org.parley.json.ParleyJson;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Assessment;
import org.parley.model.Attribution;
import org.parley.model.Channel;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.PersonTitle;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.model.Verdict;
import org.parley.validate.SourceText;
import org.parley.validate.SourceTexts;

/**
 * A deterministic synthetic JSON Lines corpus of realistic reports: 4 states, 56 negotiators, 100
 * negotiations, 500 sources, then reports until the file reaches the requested size. Every report
 * has the date, venue and length of the talks, two delegations, demands with responses, outcomes
 * with quantities, quotes and paraphrases with attribution chains and titles, all with evidence that
 * points at the right code points of {@link #ARTICLE}, the text of every source. The corpus is valid:
 * validating it against {@link #texts()} finds nothing.
 */
public final class Corpus {

  /** The one article every synthetic source was "encoded from"; it holds a character outside the BMP. */
  public static final String ARTICLE = String.join(" ",
      "ISTANBUL 🔗 Russian and Ukrainian delegations met on Friday at Dolmabahçe Palace in Istanbul.",
      "The talks lasted under two hours, officials said.",
      "The Russian delegation, led by presidential aide Vladimir Medinsky, demanded that Ukraine withdraw its"
          + " forces from Donetsk, Luhansk, Kherson and Zaporizhzhia as a condition for a ceasefire.",
      "Defence Minister Rustem Umerov, who led the Ukrainian delegation, rejected the demand as \"detached from"
          + " reality\", according to sources cited by Reuters.",
      "Ukraine demanded a full and unconditional ceasefire of at least 30 days before any further talks.",
      "Moscow dismissed the proposal and insisted on the lifting of sanctions.",
      "Both sides agreed to exchange 1,000 prisoners of war each, the largest swap of the war.",
      "\"We have agreed on a large exchange of prisoners,\" Medinsky told reporters after the meeting.",
      "\"The door remains open for diplomacy,\" Umerov said.",
      "Turkish Foreign Minister Hakan Fidan urged both sides to choose peace and said follow-up meetings could take"
          + " place soon.",
      "The delegations agreed that each side would prepare detailed ceasefire proposals.",
      "Observers said a meeting between the two presidents remained unlikely.");

  private static final String[] REGIONS = {"Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"};
  private static final int STATES = 4;
  private static final int PEOPLE = 56;
  private static final int NEGOTIATIONS = 100;
  private static final int SOURCES = 500;

  private final Random random;
  private final String sha256 = SourceText.of(ARTICLE).sha256();

  private Corpus(long seed) {
    this.random = new Random(seed);
  }

  /** The texts of every source of the corpus: {@link #ARTICLE}. */
  public static SourceTexts texts() {
    SourceText article = SourceText.of(ARTICLE);
    return source -> Optional.of(article);
  }

  /** Writes the corpus for {@code seed} to {@code file} until it holds at least {@code bytes}; returns its size. */
  public static long write(Path file, long bytes, long seed) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      new Corpus(seed).write(out, bytes, file);
    }
    return Files.size(file);
  }

  private void write(OutputStream out, long bytes, Path file) throws IOException {
    try (JsonLinesWriter lines = ParleyJson.standard().linesWriter(out)) {
      actors().forEach(lines::write);
      for (int i = 0; i < NEGOTIATIONS; i++) {
        lines.write(Negotiation.builder().id(negotiation(i)).title("Russia–Ukraine talks, round " + (i + 1))
            .addParties(state(0), state(1)).addHosts(state(2)).build());
      }
      for (int i = 0; i < SOURCES; i++) {
        lines.write(Source.builder().id(source(i)).kind(SourceKind.values()[i % SourceKind.values().length])
            .outlet("Outlet " + (i % 40)).headline("Talks in Istanbul end without a ceasefire")
            .url("https://news.example/" + i).publicationDate(PartialDate.of(2025, 5, 16)).language("en")
            .addCites(REUTERS).document(Document.of("corpus/article.txt", sha256)).build());
      }
      // A buffered stream does not tell its size; count it from the file, checking now and then.
      for (int r = 0; ; r++) {
        lines.write(report(r));
        if (r % 256 == 0) {
          out.flush();
          if (Files.size(file) >= bytes) {
            return;
          }
        }
      }
    }
  }

  /** {@code count} reports of one negotiation, as the corpus writes them, for the reconciliation benchmark. */
  public static List<Report> reportsOfOneNegotiation(int count, long seed) {
    Corpus corpus = new Corpus(seed);
    List<Report> reports = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      reports.add(Report.builder().from(corpus.report(r)).negotiation(negotiation(0)).build());
    }
    return reports;
  }

  /** The actors of the corpus. */
  public static List<Actor> actors() {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < STATES; i++) {
      actors.add(Actor.builder().id(state(i)).kind(ActorKind.STATE).name(STATE_NAMES[i])
          .addAliases(STATE_ALIASES[i]).country(STATE_CODES[i]).build());
    }
    for (int i = 0; i < PEOPLE; i++) {
      actors.add(Actor.builder().id(person(i)).kind(ActorKind.PERSON).name("Negotiator " + i)
          .affiliation(state(i % 2)).build());
    }
    actors.add(Actor.builder().id(REUTERS).kind(ActorKind.ORGANIZATION).name("Reuters").build());
    return actors;
  }

  /** The negotiation all of {@link #reportsOfOneNegotiation} are about. */
  public static Negotiation negotiationZero() {
    return Negotiation.builder().id(negotiation(0)).title("Russia–Ukraine talks, round 1")
        .addParties(state(0), state(1)).addHosts(state(2)).build();
  }

  private Report report(int r) {
    // Pairs of state ids never mix: even people act for Russia, odd people for Ukraine.
    int russian = 2 * random.nextInt(PEOPLE / 2);
    int ukrainian = 2 * random.nextInt(PEOPLE / 2) + 1;
    int secondRussian = (russian + 2) % PEOPLE;
    Report.Builder b = Report.builder()
        .id(ReportId.of("report:r" + r))
        .source(source(r % SOURCES))
        .negotiation(negotiation((r / SOURCES) % NEGOTIATIONS))
        .date(Reported.of(r % 7 == 0 ? PartialDate.of(2025, 5, 16) : PartialDate.parse("2025-05 (Friday)"),
            ev("on Friday")))
        .venue(Reported.of(Venue.of("Dolmabahçe Palace", "Istanbul"), ev("Dolmabahçe Palace in Istanbul")))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), ev("lasted under two hours")))
        .addDelegations(
            Delegation.builder().party(state(0)).role(DelegationRole.PARTY).head(person(russian))
                .addMembers(member(russian, "presidential aide", "led by presidential aide Vladimir Medinsky"),
                    member(secondRussian, "deputy", "The Russian delegation"))
                .addEvidence(ev("The Russian delegation, led by presidential aide Vladimir Medinsky")).build(),
            Delegation.builder().party(state(1)).role(DelegationRole.PARTY).head(person(ukrainian))
                .addMembers(member(ukrainian, "Defence Minister", "Defence Minister Rustem Umerov"))
                .addEvidence(ev("who led the Ukrainian delegation")).build())
        .addDemands(
            Demand.builder().by(state(0)).addressee(state(1)).issue(Issue.TERRITORY)
                .description("withdraw its forces from " + REGIONS.length + " regions")
                .addRegions(REGIONS).addConditions("as a condition for a ceasefire")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(person(ukrainian))
                    .description("detached from reality").addEvidence(ev("rejected the demand")).build())
                .addEvidence(ev("demanded that Ukraine withdraw its forces from Donetsk, Luhansk, Kherson and"
                    + " Zaporizhzhia as a condition for a ceasefire")).build(),
            Demand.builder().by(state(1)).addressee(state(0)).issue(Issue.CEASEFIRE)
                .description("a full and unconditional ceasefire of at least 30 days")
                .addConditions("before any further talks")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(state(0))
                    .addEvidence(ev("Moscow dismissed the proposal")).build())
                .addEvidence(ev("Ukraine demanded a full and unconditional ceasefire of at least 30 days")).build(),
            Demand.builder().by(state(0)).addressee(state(3)).issue(Issue.SANCTIONS)
                .description("the lifting of sanctions")
                .addEvidence(ev("insisted on the lifting of sanctions")).build())
        .addOutcomes(
            Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS).addParties(state(0), state(1))
                .status(OutcomeStatus.AGREED).description("exchange 1,000 prisoners of war each")
                .addQuantities(Quantity.perParty(1000 + 10 * random.nextInt(3), "prisoners of war"))
                .addEvidence(ev("Both sides agreed to exchange 1,000 prisoners of war each")).build(),
            Outcome.builder().kind(OutcomeKind.FOLLOW_UP).issue(Issue.CEASEFIRE).addParties(state(0), state(1))
                .status(OutcomeStatus.AGREED).description("prepare detailed ceasefire proposals")
                .addEvidence(ev("each side would prepare detailed ceasefire proposals")).build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.LEADERS_MEETING)
                .addParties(state(0), state(1)).status(OutcomeStatus.NOT_REACHED)
                .description("a meeting between the two presidents")
                .addEvidence(ev("a meeting between the two presidents remained unlikely")).build())
        .addStatements(
            quote(ukrainian, "detached from reality", "\"detached from reality\"", true),
            quote(russian, "We have agreed on a large exchange of prisoners,",
                "\"We have agreed on a large exchange of prisoners,\"", false),
            quote(ukrainian, "The door remains open for diplomacy,", "\"The door remains open for diplomacy,\"", false),
            Statement.builder().speaker(state(2)).mode(StatementMode.PARAPHRASE)
                .words("urged both sides to choose peace").channel(Channel.PRESS)
                .addEvidence(ev("urged both sides to choose peace")).build())
        .addTitles(PersonTitle.builder().person(person(russian)).title("presidential aide")
            .addEvidence(ev("presidential aide Vladimir Medinsky"))
            .assessment(Assessment.of(Verdict.ACCURATE, "as other reports say")).build());
    return b.build();
  }

  private static DelegationMember member(int person, String title, String passage) {
    return DelegationMember.builder().person(person(person)).title(title).addEvidence(ev(passage)).build();
  }

  private static Statement quote(int speaker, String words, String passage, boolean secondHand) {
    Statement.Builder b = Statement.builder().speaker(person(speaker)).mode(StatementMode.DIRECT_QUOTE).words(words)
        .channel(Channel.PRESS).addEvidence(ev(passage));
    if (secondHand) {
      b.addAttribution(Attribution.of("sources cited by Reuters", REUTERS));
    }
    return b.build();
  }

  /** The passage as evidence at its code point offset in {@link #ARTICLE}. */
  static Evidence ev(String passage) {
    int at = ARTICLE.indexOf(passage);
    if (at < 0) {
      throw new IllegalArgumentException("not in the article: " + passage);
    }
    return Evidence.of(passage, ARTICLE.codePointCount(0, at));
  }

  private static final String[] STATE_NAMES = {"Russia", "Ukraine", "Türkiye", "United States"};
  private static final String[] STATE_ALIASES = {"Moscow", "Kyiv", "Turkey", "Washington"};
  private static final String[] STATE_CODES = {"RUS", "UKR", "TUR", "USA"};
  private static final ActorId REUTERS = ActorId.of("actor:reuters");

  private static ActorId state(int i) {
    return ActorId.of("actor:" + STATE_CODES[i].toLowerCase(java.util.Locale.ROOT));
  }

  private static ActorId person(int i) {
    return ActorId.of("actor:person-" + i);
  }

  private static NegotiationId negotiation(int i) {
    return NegotiationId.of("negotiation:round-" + i);
  }

  private static SourceId source(int i) {
    return SourceId.of("source:s" + i);
  }
}
