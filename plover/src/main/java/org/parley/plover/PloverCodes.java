package org.parley.plover;

/**
 * The stable codes of problems in PLOVER records, beside the reading codes they share with Parley's
 * own format ({@link org.parley.json.ReadCodes}: {@code json.syntax}, {@code json.invalid-utf8},
 * {@code json.empty}, {@code json.limit-exceeded}, {@code json.duplicate-key}, {@code json.wrong-type},
 * {@code json.missing-field}, {@code json.unknown-value}, {@code json.invalid-value}).
 */
public final class PloverCodes {

  private PloverCodes() {}

  /** {@code date}, {@code enddate} or {@code coded_date} is not a real day written YYYY-MM-DD. */
  public static final String DATE = "plover.date";

  /** {@code time}, {@code endtime} or {@code coded_time} is not an ISO 8601 time. */
  public static final String TIME = "plover.time";

  /** {@code enddate} is before {@code date}. */
  public static final String DATE_ORDER = "plover.date-order";

  /** An event category is a CAMEO code ({@code 13y}, {@code 042}), not one of PLOVER's. */
  public static final String CAMEO_CODE = "plover.cameo-code";

  /** A mode that PLOVER defines, but for other event categories than the record's. */
  public static final String MODE_FOR_EVENT = "plover.mode-for-event";

  /** An auxiliary mode (historical, future, hypothetical, negation) in {@code mode}; the manual puts it in {@code context}. */
  public static final String AUXILIARY_IN_MODE = "plover.auxiliary-in-mode";

  /** An event category that requires a recipient (COOPERATE, AID, SANCTION) has none. */
  public static final String RECIPIENT_REQUIRED = "plover.recipient-required";

  /** An entity's {@code code} is not ISO 3166-1 alpha-3, KOS, or one of the manual's group codes. */
  public static final String ENTITY_CODE = "plover.entity-code";

  /** An entity's {@code sector} is not one of the manual's sector codes (or two of them run together). */
  public static final String SECTOR = "plover.sector";

  /** An entity's {@code identifier_id} is not a Wikidata id ({@code Q} and digits). */
  public static final String IDENTIFIER = "plover.identifier";

  /** An entity gives none of code, entity_text, identifier_id, identifier_text: it names no one. */
  public static final String EMPTY_ENTITY = "plover.empty-entity";

  /** {@code quad_code} is not the quad category of the record's event. */
  public static final String QUAD_CODE = "plover.quad-code";

  /** {@code event_scale} lies outside the manual's −10 to +10. */
  public static final String EVENT_SCALE = "plover.event-scale";

  /** {@code text_info} offsets that cannot be: negative, start after end, or past the end of {@code text}. */
  public static final String TEXT_OFFSETS = "plover.text-offsets";

  /** An {@code event_text} passage that is not in the record's {@code text}. */
  public static final String EVENT_TEXT_NOT_IN_TEXT = "plover.event-text-not-in-text";

  /** Two records of a file have the same {@code id}. */
  public static final String DUPLICATE_ID = "plover.duplicate-id";

  /** A field spelled as an earlier draft of the manual spelled it ({@code eventText}, {@code source}, {@code actor_text}). */
  public static final String OLDER_FIELD = "plover.older-field";

  /** A value given twice in one list ({@code ["AGREE", "AGREE"]}). */
  public static final String REPEATED_VALUE = "plover.repeated-value";

  /** {@code cite_info.language} is not an ISO 639-1 two-letter code. */
  public static final String LANGUAGE = "plover.language";

  /** An {@code event_loc} coordinate, resolution or country code outside what it can be. */
  public static final String LOCATION = "plover.location";

  /** A trailing comma before {@code ]} or {@code }}, accepted with {@code --lenient} (a warning). */
  public static final String TRAILING_COMMA = "plover.trailing-comma";

  /** A record the import cannot turn into a claim, with the reason (no passage, no placed passage). */
  public static final String NOT_IMPORTABLE = "plover.not-importable";
}
