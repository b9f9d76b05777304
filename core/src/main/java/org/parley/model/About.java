package org.parley.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The claim a statement speaks to, named the way reconciliation names it: a kind and a key. For an
 * {@link ClaimKind#AGREEMENT agreement} the key is the agreement's id ({@code agreement:gaza-2025});
 * for the other kinds it is the encoder's key of the demand, outcome, process event or fact.
 *
 * <p>A statement may speak to one value of the claim rather than the whole claim ("it does not yet
 * constitute a full-fledged peace treaty" denies the agreement's type, not the agreement): {@link
 * #field()} names the value's field and {@link #value()} the value, as the format writes it (since
 * format 1.2). The fields each kind has are {@link #fields(ClaimKind)}.
 *
 * <p>Required to build: {@link #kind()}, {@link #key()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class About {

  /** What kind of claim is meant. */
  @Value.Parameter
  public abstract ClaimKind kind();

  /** Its key, or for an agreement its id. */
  @Value.Parameter
  public abstract String key();

  /**
   * The field of the one value the statement speaks to ({@code status}, {@code type}, ...), given with
   * {@link #value()}; empty when it speaks to the whole claim.
   */
  public abstract Optional<String> field();

  /** The value of {@link #field()} the statement speaks to, as the format writes it ({@code peace_treaty}). */
  public abstract Optional<String> value();

  /** The claim of this kind with this key. */
  public static About of(ClaimKind kind, String key) {
    return ImmutableAbout.of(kind, key);
  }

  /** One value of the claim of this kind with this key: {@code field} has {@code value}. */
  public static About of(ClaimKind kind, String key, String field, String value) {
    return of(kind, key, Optional.of(field), Optional.of(value));
  }

  /** The claim of this kind with this key, or one value of it when {@code field} and {@code value} are given. */
  public static About of(ClaimKind kind, String key, Optional<String> field, Optional<String> value) {
    return ImmutableAbout.builder().kind(kind).key(key).field(field).value(value).build();
  }

  private static final Map<ClaimKind, Map<String, Class<? extends WireEnum>>> FIELDS = new EnumMap<>(ClaimKind.class);

  static {
    FIELDS.put(ClaimKind.AGREEMENT, fields("status", AgreementStatus.class, "type", AgreementType.class));
    FIELDS.put(ClaimKind.OUTCOME, fields("status", OutcomeStatus.class, "kind", OutcomeKind.class));
    FIELDS.put(ClaimKind.DEMAND, fields("issue", Issue.class, "response", ResponseKind.class));
    FIELDS.put(ClaimKind.EVENT, fields("kind", ProcessEventKind.class));
    FIELDS.put(ClaimKind.FACT, Map.of());
    FIELDS.put(ClaimKind.ACT, fields("kind", ActKind.class));
  }

  private static Map<String, Class<? extends WireEnum>> fields(Object... pairs) {
    Map<String, Class<? extends WireEnum>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Class<? extends WireEnum> type = (Class<? extends WireEnum>) pairs[i + 1];
      map.put((String) pairs[i], type);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The fields whose values a statement about a claim of this kind may speak to, each with the
   * enumeration of its values: an agreement's status and type, an outcome's status and kind, a demand's
   * issue and response, a process event's or an act's kind; none for a fact.
   */
  public static Map<String, Class<? extends WireEnum>> fields(ClaimKind kind) {
    return FIELDS.get(kind);
  }

  /** The agreement with this id. */
  public static About agreement(AgreementId id) {
    return of(ClaimKind.AGREEMENT, id.value());
  }

  @Override
  public String toString() {
    return kind().wireName() + " " + key() + field().map(f -> " " + f + " " + value().orElse("")).orElse("");
  }

  /** "an act", "a demand". */
  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  @Value.Check
  void check() {
    if (kind() == ClaimKind.AGREEMENT) {
      AgreementId.of(key());
    } else {
      Checks.key(key(), "about key");
    }
    if (field().isPresent() != value().isPresent()) {
      throw new IllegalArgumentException("Invalid about: a field and a value go together (field "
          + field().orElse("none") + ", value " + value().orElse("none") + ")");
    }
    if (field().isPresent()) {
      Class<? extends WireEnum> type = FIELDS.get(kind()).get(field().get());
      if (type == null) {
        throw new IllegalArgumentException("Invalid value for about field: \"" + field().get() + "\" is not a field of "
            + withArticle(kind().wireName()) + " a statement may speak to (" + (FIELDS.get(kind()).isEmpty() ? "none"
            : String.join(", ", FIELDS.get(kind()).keySet())) + ")");
      }
      List<String> values = new java.util.ArrayList<>();
      for (WireEnum constant : type.getEnumConstants()) {
        values.add(constant.wireName());
      }
      if (!values.contains(value().get())) {
        throw new IllegalArgumentException("Invalid value for about value: \"" + value().get() + "\" is not "
            + withArticle(kind().wireName()) + " " + field().get() + "; expected one of " + String.join(", ", values));
      }
    }
  }
}
