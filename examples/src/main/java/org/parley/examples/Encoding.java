package org.parley.examples;

import org.parley.model.ActorId;
import org.parley.model.Assessment;
import org.parley.model.Attribution;
import org.parley.model.Channel;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.PagePart;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Verdict;

/** Small helpers that keep the hand encoding of the articles short; nothing here reads the text. */
final class Encoding {

  private Encoding() {}

  /** The passage of the article that starts at code point {@code start}. */
  static Evidence ev(int start, String text) {
    return Evidence.of(text, start);
  }

  /** The passage of the article that starts at code point {@code start}, in this part of the page. */
  static Evidence ev(int start, String text, PagePart part) {
    return Evidence.builder().text(text).start(start).part(part).build();
  }

  /** A step of the talks, or someone's attendance, under the key every article that reports it shares. */
  static ProcessEvent.Builder event(String key, ProcessEventKind kind, Evidence... evidence) {
    return ProcessEvent.builder().key(key).kind(kind).addEvidence(evidence);
  }

  /** A background assertion, under the key every article that makes it shares. */
  static FactClaim.Builder fact(String key, String description, Evidence... evidence) {
    return FactClaim.builder().key(key).description(description).addEvidence(evidence);
  }

  /** The speaker's own words in quotation marks; the evidence holds the marks too. */
  static Statement.Builder quote(ActorId speaker, String words, Evidence evidence) {
    return Statement.builder().speaker(speaker).mode(StatementMode.DIRECT_QUOTE).words(words).addEvidence(evidence);
  }

  /** What the speaker said, in the article's words. */
  static Statement.Builder paraphrase(ActorId speaker, String words, Evidence... evidence) {
    return Statement.builder().speaker(speaker).mode(StatementMode.PARAPHRASE).words(words).addEvidence(evidence);
  }

  static Statement viaReuters(Statement.Builder statement) {
    return statement.addAttribution(Attribution.of("sources cited by Reuters", Actors.REUTERS)).build();
  }

  static Statement onSocialMedia(Statement.Builder statement) {
    return statement.channel(Channel.SOCIAL_MEDIA).build();
  }

  static PersonTitle title(ActorId person, String title, Evidence evidence) {
    return PersonTitle.builder().person(person).title(title).addEvidence(evidence).build();
  }

  static PersonTitle title(ActorId person, String title, Evidence evidence, Verdict verdict, String note) {
    return PersonTitle.builder().person(person).title(title).addEvidence(evidence)
        .assessment(Assessment.of(verdict, note)).build();
  }

  static Assessment falseBecause(String note) {
    return Assessment.of(Verdict.FALSE, note);
  }

  static Assessment disputedBecause(String note) {
    return Assessment.of(Verdict.DISPUTED, note);
  }

  /** For titles that call Donald Trump a former president. */
  static final String TRUMP_IS_NOT_FORMER =
      "Donald Trump has been President of the United States again since 20 January 2025; in May 2025 he was not"
          + " a former president.";

  /** For the title that calls Donald Trump Ukraine's president. */
  static final String TRUMP_IS_US_PRESIDENT =
      "Donald Trump is President of the United States (since 20 January 2025), not of Ukraine, whose president"
          + " is Volodymyr Zelensky.";
}
