package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one walk over a report's claims, and its inverse. The walk goes in document order — the
 * order of {@link ClaimType}, which is the order of the report's JSON members — and hands on each
 * nested claim right after the claim it is in (a delegation, then its members; a demand, then its
 * response). {@link #at} finds the claim a pointer names. Validation, reconciliation, the tables,
 * the PLOVER and PA-X exports and the HTML report all go over claims through this class, so a new
 * kind of claim is added in {@link ClaimType} and reaches all of them.
 */
public final class Claims {

  private Claims() {}

  /** Hands {@code visitor} every claim of {@code report}, typed, with pointers under {@code at}. */
  public static void walk(Report report, JsonPointer at, ClaimVisitor visitor) {
    for (ClaimType type : ClaimType.topLevel()) {
      walk(type, report, null, at, visitor);
    }
  }

  /** Hands {@code visitor} every claim of {@code report}, typed, with pointers relative to the report. */
  public static void walk(Report report, ClaimVisitor visitor) {
    walk(report, JsonPointer.root(), visitor);
  }

  /** Hands {@code each} every claim of {@code report} with its place under {@code at}, in document order. */
  public static void each(Report report, JsonPointer at, Consumer<Located> each) {
    walk(report, at, new ClaimVisitor() {
      @Override
      public void claim(Located located) {
        each.accept(located);
      }
    });
  }

  /** Every claim of {@code report} with its place relative to the report, in document order. */
  public static List<Located> of(Report report) {
    List<Located> all = new ArrayList<>();
    each(report, JsonPointer.root(), all::add);
    return all;
  }

  /** Hands the claim {@code at} to the method of {@code visitor} for its type, as {@link #walk} would. */
  public static void hand(Located at, ClaimVisitor visitor) {
    at.type().visit(visitor, at.claim(), at.parent() == null ? null : at.parent().claim(), at);
  }

  private static void walk(ClaimType type, Object holder, Located parent, JsonPointer at, ClaimVisitor visitor) {
    List<? extends Claim> claims = type.in(holder);
    JsonPointer field = at.child(type.field());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      Located located = new Located(type, type.many() ? field.child(i) : field, claim, parent);
      type.visit(visitor, claim, parent == null ? null : parent.claim(), located);
      for (ClaimType nested : type.nested()) {
        walk(nested, claim, located, located.pointer(), visitor);
      }
    }
  }

  /**
   * The claim {@code pointer} names in {@code report}, relative to the report ({@code /demands/0},
   * {@code /delegations/1/members/0}, {@code /date}); empty when it names no claim (a field inside
   * a claim, an index past the end, a member a report does not have).
   */
  public static Optional<Located> at(Report report, JsonPointer pointer) {
    List<String> tokens = pointer.tokens();
    List<ClaimType> types = ClaimType.topLevel();
    Object holder = report;
    Located found = null;
    int i = 0;
    while (i < tokens.size()) {
      ClaimType type = named(types, tokens.get(i));
      if (type == null) {
        return Optional.empty();
      }
      List<? extends Claim> claims = type.in(holder);
      JsonPointer place = (found == null ? JsonPointer.root() : found.pointer()).child(type.field());
      int index = 0;
      if (type.many()) {
        if (i + 1 >= tokens.size()) {
          return Optional.empty();
        }
        index = index(tokens.get(i + 1));
        place = index < 0 ? place : place.child(index);
        i++;
      }
      if (index < 0 || index >= claims.size()) {
        return Optional.empty();
      }
      found = new Located(type, place, claims.get(index), found);
      holder = found.claim();
      types = type.nested();
      i++;
    }
    return Optional.ofNullable(found);
  }

  private static ClaimType named(List<ClaimType> types, String field) {
    for (ClaimType type : types) {
      if (type.field().equals(field)) {
        return type;
      }
    }
    return null;
  }

  private static int index(String token) {
    return token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
  }
}
