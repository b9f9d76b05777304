package org.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every kind of claim a {@link Report} holds, in the order the report holds them, each with the
 * JSON member it lives in, the claim it is nested in (a delegation's members, a demand's response,
 * an agreement's provisions), and the noun the tables and messages call it by. This is the one list
 * of where claims are: {@link Claims} walks reports by it and finds a claim at a pointer by it, and
 * every module that goes over a report's claims goes through {@link Claims}.
 */
public enum ClaimType {
  /** When the talks took place: {@link Report#date()}, {@code /date}. */
  TALKS_DATE(null, "date", false, "date",
      report -> single(((Report) report).date()),
      (v, claim, parent, at) -> v.talksDate(reported(claim), at)),
  /** Where they took place: {@link Report#venue()}, {@code /venue}. */
  VENUE(null, "venue", false, "venue",
      report -> single(((Report) report).venue()),
      (v, claim, parent, at) -> v.venue(reported(claim), at)),
  /** How long they lasted: {@link Report#duration()}, {@code /duration}. */
  DURATION(null, "duration", false, "duration",
      report -> single(((Report) report).duration()),
      (v, claim, parent, at) -> v.duration(reported(claim), at)),
  /** How the parties met: {@link Report#format()}, {@code /format}; since format 1.2. */
  TALKS_FORMAT(null, "format", false, "format",
      report -> single(((Report) report).format()),
      (v, claim, parent, at) -> v.talksFormat(reported(claim), at)),
  /** A {@link Delegation}, {@code /delegations/0}. */
  DELEGATION(null, "delegations", true, "delegation",
      report -> ((Report) report).delegations(),
      (v, claim, parent, at) -> v.delegation((Delegation) claim, at)),
  /** A {@link DelegationMember} of a delegation, {@code /delegations/0/members/1}. */
  MEMBER(DELEGATION, "members", true, "member",
      delegation -> ((Delegation) delegation).members(),
      (v, claim, parent, at) -> v.member((DelegationMember) claim, (Delegation) parent, at)),
  /** A {@link Demand}, {@code /demands/0}. */
  DEMAND(null, "demands", true, "demand",
      report -> ((Report) report).demands(),
      (v, claim, parent, at) -> v.demand((Demand) claim, at)),
  /** The {@link Response} to a demand, {@code /demands/0/response}. */
  RESPONSE(DEMAND, "response", false, "response",
      demand -> single(((Demand) demand).response()),
      (v, claim, parent, at) -> v.response((Response) claim, (Demand) parent, at)),
  /** An {@link Outcome}, {@code /outcomes/0}. */
  OUTCOME(null, "outcomes", true, "outcome",
      report -> ((Report) report).outcomes(),
      (v, claim, parent, at) -> v.outcome((Outcome) claim, at)),
  /** A {@link Statement}, {@code /statements/0}. */
  STATEMENT(null, "statements", true, "statement",
      report -> ((Report) report).statements(),
      (v, claim, parent, at) -> v.statement((Statement) claim, at)),
  /** A {@link PersonTitle}, {@code /titles/0}. */
  TITLE(null, "titles", true, "title",
      report -> ((Report) report).titles(),
      (v, claim, parent, at) -> v.title((PersonTitle) claim, at)),
  /** A {@link DateClaim}, {@code /dates/0}. */
  DATE(null, "dates", true, "date",
      report -> ((Report) report).dates(),
      (v, claim, parent, at) -> v.date((DateClaim) claim, at)),
  /** An {@link AgreementClaim}, {@code /agreements/0}. */
  AGREEMENT(null, "agreements", true, "agreement",
      report -> ((Report) report).agreements(),
      (v, claim, parent, at) -> v.agreement((AgreementClaim) claim, at)),
  /** A {@link Provision} of an agreement claim, {@code /agreements/0/provisions/2}. */
  PROVISION(AGREEMENT, "provisions", true, "provision",
      agreement -> ((AgreementClaim) agreement).provisions(),
      (v, claim, parent, at) -> v.provision((Provision) claim, (AgreementClaim) parent, at)),
  /** A {@link RoleClaim}, {@code /roles/0}. */
  ROLE(null, "roles", true, "role",
      report -> ((Report) report).roles(),
      (v, claim, parent, at) -> v.role((RoleClaim) claim, at)),
  /** A {@link ProcessEvent}, {@code /events/0}. */
  EVENT(null, "events", true, "event",
      report -> ((Report) report).events(),
      (v, claim, parent, at) -> v.event((ProcessEvent) claim, at)),
  /** A {@link FactClaim}, {@code /facts/0}. */
  FACT(null, "facts", true, "fact",
      report -> ((Report) report).facts(),
      (v, claim, parent, at) -> v.fact((FactClaim) claim, at)),
  /** An {@link Act} of one side or a third party, {@code /acts/0}; since format 1.2. */
  ACT(null, "acts", true, "act",
      report -> ((Report) report).acts(),
      (v, claim, parent, at) -> v.act((Act) claim, at));

  private static final List<ClaimType> TOP = new ArrayList<>();
  private final ClaimType parent;
  private final String field;
  private final boolean many;
  private final String noun;
  private final List<ClaimType> nested = new ArrayList<>();
  private final Function<Object, List<? extends Claim>> in;
  private final Hand hand;

  static {
    for (ClaimType type : values()) {
      if (type.parent == null) {
        TOP.add(type);
      } else {
        type.parent.nested.add(type);
      }
    }
  }

  ClaimType(ClaimType parent, String field, boolean many, String noun, Function<Object, List<? extends Claim>> in,
      Hand hand) {
    this.parent = parent;
    this.field = field;
    this.many = many;
    this.noun = noun;
    this.in = in;
    this.hand = hand;
  }

  /** Hands a claim of one type to the visitor's method for it. */
  @FunctionalInterface
  private interface Hand {
    void hand(ClaimVisitor visitor, Claim claim, Claim parent, Located at);
  }

  /** The JSON member (and Java property) that holds claims of this type in its parent: {@code demands}, {@code members}. */
  public String field() {
    return field;
  }

  /** Whether that member is an array ({@code demands}) or holds at most one claim ({@code date}, {@code response}). */
  public boolean many() {
    return many;
  }

  /** The claim type this one is nested in; empty for the claims a report holds itself. */
  public Optional<ClaimType> parent() {
    return Optional.ofNullable(parent);
  }

  /** The claim types nested in this one, in document order. */
  public List<ClaimType> nested() {
    return Collections.unmodifiableList(nested);
  }

  /** The types of the claims a report holds itself, in document order. */
  public static List<ClaimType> topLevel() {
    return Collections.unmodifiableList(TOP);
  }

  /**
   * The noun for one claim of this type, as the tables' {@code claim_type} column and messages use it:
   * {@code demand}, {@code member}; both the talks' date and other dates are a {@code date}.
   */
  public String noun() {
    return noun;
  }

  /** The claims of this type in {@code holder}: a report for the top-level types, else a claim of {@link #parent()}. */
  List<? extends Claim> in(Object holder) {
    return in.apply(holder);
  }

  /** Hands {@code claim}, of this type, to the visitor's method for it. */
  void visit(ClaimVisitor visitor, Claim claim, Claim parent, Located at) {
    hand.hand(visitor, claim, parent, at);
  }

  private static List<? extends Claim> single(Optional<? extends Claim> claim) {
    return claim.isPresent() ? List.of(claim.get()) : List.of();
  }

  @SuppressWarnings("unchecked")
  private static <T> Reported<T> reported(Claim claim) {
    return (Reported<T>) claim;
  }
}
