package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's account of one negotiation: the date, venue and length of the talks AS THAT SOURCE
 * STATES THEM, and the delegations, demands, outcomes, statements, titles, dates, agreements, roles,
 * process events and background facts it reports. Five
 * articles about one meeting are five reports; where they disagree, each keeps its own version.
 *
 * <p>Required to build: {@link #id()}, {@link #source()}, {@link #negotiation()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Report {

  /** The report's id. */
  public abstract ReportId id();

  /** The source whose account this is. */
  public abstract SourceId source();

  /** The negotiation it is about. */
  public abstract NegotiationId negotiation();

  /** When the source says the talks took place: the date of role {@link DateRole#HELD held}. */
  public abstract Optional<Reported<PartialDate>> date();

  /** Where the source says they took place. */
  public abstract Optional<Reported<Venue>> venue();

  /** How long the source says they lasted. */
  public abstract Optional<Reported<DurationEstimate>> duration();

  /**
   * How the source says the parties met ("indirect talks", "direct and indirect sessions"), with its
   * evidence; since format 1.2. The negotiation record's {@code format} is the encoder's; this is the
   * source's, so that two sources that disagree on it can be compared.
   */
  public abstract Optional<Reported<RoundFormat>> format();

  /** The delegations the source describes. */
  public abstract List<Delegation> delegations();

  /** The demands the source reports. */
  public abstract List<Demand> demands();

  /** The outcomes the source reports. */
  public abstract List<Outcome> outcomes();

  /** The statements the source reports. */
  public abstract List<Statement> statements();

  /** Titles the source gives people, beyond those of delegation members. */
  public abstract List<PersonTitle> titles();

  /**
   * Every other date the source gives, each with its role: when a deal was announced or signed, when
   * a ceasefire takes effect, when the next round is scheduled, a deadline.
   */
  public abstract List<DateClaim> dates();

  /** What the source says of agreements: their status, signatories and provisions. */
  public abstract List<AgreementClaim> agreements();

  /** The parts the source says actors play in the talks: party, mediator, host, guarantor. */
  public abstract List<RoleClaim> roles();

  /** The course of the talks and attendance, as the source reports them. */
  public abstract List<ProcessEvent> events();

  /** Background facts the source asserts. */
  public abstract List<FactClaim> facts();

  /** What one side or a third party did or threatened, as the source reports it; since format 1.2. */
  public abstract List<Act> acts();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {}
}
