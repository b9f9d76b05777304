package org.parley.examples;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;

/**
 * Everyone the five articles mention in connection with the talks, each once, with every spelling
 * the articles use as an alias. Wikidata ids are given only where they are certain.
 */
public final class Actors {

  private Actors() {}

  public static final ActorId RUSSIA = ActorId.of("actor:russia");
  public static final ActorId UKRAINE = ActorId.of("actor:ukraine");
  public static final ActorId TURKIYE = ActorId.of("actor:turkiye");
  public static final ActorId UNITED_STATES = ActorId.of("actor:united-states");
  public static final ActorId WESTERN_ALLIES = ActorId.of("actor:western-allies");
  public static final ActorId EUROPEAN_LEADERS = ActorId.of("actor:european-leaders");
  /** The one leader of the four whom seed 001 quotes without naming. */
  public static final ActorId ONE_EUROPEAN_LEADER = ActorId.of("actor:one-of-the-european-leaders");
  public static final ActorId PUTIN = ActorId.of("actor:vladimir-putin");
  public static final ActorId ZELENSKY = ActorId.of("actor:volodymyr-zelensky");
  public static final ActorId TRUMP = ActorId.of("actor:donald-trump");
  public static final ActorId BIDEN = ActorId.of("actor:joe-biden");
  public static final ActorId MEDINSKY = ActorId.of("actor:vladimir-medinsky");
  public static final ActorId UMEROV = ActorId.of("actor:rustem-umerov");
  public static final ActorId FIDAN = ActorId.of("actor:hakan-fidan");
  public static final ActorId ERDOGAN = ActorId.of("actor:recep-tayyip-erdogan");
  public static final ActorId RUBIO = ActorId.of("actor:marco-rubio");
  public static final ActorId PETROVA = ActorId.of("actor:anna-petrova");
  public static final ActorId BEKISH = ActorId.of("actor:vladimir-bekish");
  public static final ActorId REUTERS = ActorId.of("actor:reuters");
  public static final ActorId TASS = ActorId.of("actor:tass");
  public static final ActorId NEWSCENTRAL = ActorId.of("actor:newscentral");
  public static final ActorId UNITED_NATIONS = ActorId.of("actor:united-nations");
  public static final ActorId NATO = ActorId.of("actor:nato");
  public static final ActorId TRT_WORLD = ActorId.of("actor:trt-world");
  public static final ActorId BELOUSOV = ActorId.of("actor:andrei-belousov");
  /** The analysis in seed 004 names no author: its own claims are this unnamed author's. */
  public static final ActorId TRT_ANALYST = ActorId.of("actor:trt-world-analyst");
  // People the articles leave unnamed: one actor per article and description, never merged.
  public static final ActorId OBSERVERS_000 = ActorId.of("actor:observers-newsaz");
  /** Seed 001 names no author: its own commentary is this unnamed reporter's. */
  public static final ActorId REPORTER_001 = ActorId.of("actor:reporter-prisoner-exchange-no-breakthrough");
  public static final ActorId UKRAINIAN_DELEGATION_SOURCES = ActorId.of("actor:ukrainian-delegation-sources");
  /** Seed 002 names no author: its own outlook is this unnamed reporter's. */
  public static final ActorId REPORTER_002 = ActorId.of("actor:reporter-peace-hopes-fizzle");
  public static final ActorId INSIDERS_002 = ActorId.of("actor:insiders-peace-hopes-fizzle");
  public static final ActorId ANALYSTS_002 = ActorId.of("actor:analysts-peace-hopes-fizzle");
  public static final ActorId OBSERVERS_003 = ActorId.of("actor:observers-face-to-face-friday");
  public static final ActorId EXPERTS_003 = ActorId.of("actor:diplomatic-experts-face-to-face-friday");

  /** All actors, states first. */
  public static List<Actor> all() {
    return List.of(
        state(RUSSIA, "Russia", "RUS", "Q159", List.of("Russian"), "Russian Federation", "Moscow", "the Kremlin"),
        state(UKRAINE, "Ukraine", "UKR", "Q212", List.of("Ukrainian"), "Kyiv", "Kiev"),
        state(TURKIYE, "Türkiye", "TUR", "Q43", List.of("Turkish"), "Turkey", "Ankara"),
        state(UNITED_STATES, "United States", "USA", "Q30", List.of("American", "U.S."), "U.S.", "US", "Washington"),
        Actor.builder().id(WESTERN_ALLIES).kind(ActorKind.GROUP).name("Ukraine's Western allies")
            .addAliases("Ukraine’s allies", "European allies").build(),
        Actor.builder().id(EUROPEAN_LEADERS).kind(ActorKind.GROUP)
            .name("Leaders of the United Kingdom, France, Germany and Poland")
            .addAliases("leaders from the UK, France, Germany, and Poland").build(),
        person(PUTIN, "Vladimir Putin", RUSSIA, "Q7747", "Putin"),
        person(ZELENSKY, "Volodymyr Zelensky", UKRAINE, "Q3874799", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"),
        person(TRUMP, "Donald Trump", UNITED_STATES, "Q22686", "Trump"),
        person(BIDEN, "Joe Biden", UNITED_STATES, "Q6279", "Biden"),
        person(MEDINSKY, "Vladimir Medinsky", RUSSIA, null, "Medinsky"),
        person(UMEROV, "Rustem Umerov", UKRAINE, null, "Umerov"),
        person(FIDAN, "Hakan Fidan", TURKIYE, null, "Fidan"),
        person(ERDOGAN, "Recep Tayyip Erdoğan", TURKIYE, "Q39259", "Recep Tayyip Erdogan", "Erdogan"),
        person(RUBIO, "Marco Rubio", UNITED_STATES, "Q324546", "Rubio"),
        Actor.builder().id(PETROVA).kind(ActorKind.PERSON).name("Anna Petrova").build(),
        Actor.builder().id(BEKISH).kind(ActorKind.PERSON).name("Vladimir Bekish").build(),
        Actor.builder().id(REUTERS).kind(ActorKind.ORGANIZATION).name("Reuters").wikidataId("Q130879").build(),
        Actor.builder().id(TASS).kind(ActorKind.ORGANIZATION).name("TASS").build(),
        Actor.builder().id(NEWSCENTRAL).kind(ActorKind.ORGANIZATION).name("newscentral").build(),
        Actor.builder().id(UNITED_NATIONS).kind(ActorKind.ORGANIZATION).name("United Nations").addAliases("UN")
            .wikidataId("Q1065").build(),
        Actor.builder().id(NATO).kind(ActorKind.INTERNATIONAL_ORGANIZATION).name("NATO").wikidataId("Q7184").build(),
        Actor.builder().id(TRT_WORLD).kind(ActorKind.MEDIA).name("TRT World").build(),
        person(BELOUSOV, "Andrei Belousov", RUSSIA, null, "Belousov"),
        anonymous(TRT_ANALYST, ActorKind.PERSON, "the unnamed author of the TRT World analysis", TRT_WORLD),
        anonymous(OBSERVERS_000, ActorKind.GROUP, "observers", null),
        anonymous(ONE_EUROPEAN_LEADER, ActorKind.PERSON, "one of the leaders of the United Kingdom, France, Germany"
            + " and Poland", EUROPEAN_LEADERS),
        anonymous(REPORTER_001, ActorKind.PERSON, "the unnamed author of seed article 001, which has no byline", null),
        anonymous(UKRAINIAN_DELEGATION_SOURCES, ActorKind.GROUP, "unnamed sources from the Ukrainian delegation", UKRAINE),
        anonymous(REPORTER_002, ActorKind.PERSON, "the unnamed author of \"Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul\"", null),
        anonymous(INSIDERS_002, ActorKind.GROUP, "insiders", null),
        anonymous(ANALYSTS_002, ActorKind.GROUP, "some analysts", null),
        anonymous(OBSERVERS_003, ActorKind.GROUP, "observers", null),
        anonymous(EXPERTS_003, ActorKind.GROUP, "diplomatic experts", null));
  }

  private static Actor anonymous(ActorId id, ActorKind kind, String description, ActorId affiliation) {
    Actor.Builder b = Actor.builder().id(id).kind(kind).name(description).anonymous(true);
    if (affiliation != null) {
      b.affiliation(affiliation);
    }
    return b.build();
  }

  private static Actor state(ActorId id, String name, String country, String wikidata, List<String> demonyms,
      String... aliases) {
    return Actor.builder().id(id).kind(ActorKind.STATE).name(name).country(country).wikidataId(wikidata)
        .addAliases(aliases).demonyms(demonyms).build();
  }

  private static Actor person(ActorId id, String name, ActorId affiliation, String wikidata, String... aliases) {
    Actor.Builder b = Actor.builder().id(id).kind(ActorKind.PERSON).name(name).affiliation(affiliation)
        .addAliases(aliases);
    if (wikidata != null) {
      b.wikidataId(wikidata);
    }
    return b.build();
  }
}
