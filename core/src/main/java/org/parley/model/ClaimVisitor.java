package org.parley.model;

/**
 * Receives the claims of a report, each typed, from {@link Claims#walk}. Every method falls back to
 * {@link #claim}, so a visitor overrides only the types it handles differently.
 */
public interface ClaimVisitor {

  /** A claim no more specific method below was overridden for; does nothing unless overridden. */
  default void claim(Located at) {}

  /** The report's date of the talks, {@code /date}. */
  default void talksDate(Reported<PartialDate> date, Located at) {
    claim(at);
  }

  /** The report's venue, {@code /venue}. */
  default void venue(Reported<Venue> venue, Located at) {
    claim(at);
  }

  /** The report's length of the talks, {@code /duration}. */
  default void duration(Reported<DurationEstimate> duration, Located at) {
    claim(at);
  }

  /** The report's format of the talks, {@code /format}. */
  default void talksFormat(Reported<RoundFormat> format, Located at) {
    claim(at);
  }

  default void delegation(Delegation delegation, Located at) {
    claim(at);
  }

  /** A member of {@code delegation}, handed on right after it. */
  default void member(DelegationMember member, Delegation delegation, Located at) {
    claim(at);
  }

  default void demand(Demand demand, Located at) {
    claim(at);
  }

  /** The response to {@code demand}, handed on right after it. */
  default void response(Response response, Demand demand, Located at) {
    claim(at);
  }

  default void outcome(Outcome outcome, Located at) {
    claim(at);
  }

  default void statement(Statement statement, Located at) {
    claim(at);
  }

  default void title(PersonTitle title, Located at) {
    claim(at);
  }

  default void date(DateClaim date, Located at) {
    claim(at);
  }

  default void agreement(AgreementClaim agreement, Located at) {
    claim(at);
  }

  /** A provision of {@code agreement}, handed on after it and its other provisions before. */
  default void provision(Provision provision, AgreementClaim agreement, Located at) {
    claim(at);
  }

  default void role(RoleClaim role, Located at) {
    claim(at);
  }

  default void event(ProcessEvent event, Located at) {
    claim(at);
  }

  default void fact(FactClaim fact, Located at) {
    claim(at);
  }

  /** An act of one side or a third party, {@code /acts/0}. */
  default void act(Act act, Located at) {
    claim(at);
  }
}
