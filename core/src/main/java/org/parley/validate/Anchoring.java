package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementParticipant;
import org.parley.model.DateClaim;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.FactClaim;
import org.parley.model.Outcome;
import org.parley.model.PersonTitle;
import org.parley.model.ProcessEvent;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.RoleClaim;
import org.parley.model.Statement;

/**
 * Fills in evidence offsets from the source's text, so that an encoder can write the passages and
 * leave the counting of code points to Parley: each passage that is not already at its offset is
 * moved to where it occurs, when it occurs exactly once. A passage that occurs several times or
 * nowhere is left as it was and listed with where it occurs, for a person to decide.
 */
public final class Anchoring {

  /** A passage that could not be anchored: where it is in the report, and why. */
  public record Unanchored(JsonPointer path, Evidence evidence, List<Integer> occurrences) {

    /** One line for people: the pointer, the passage and the offsets where it occurs, if any. */
    @Override
    public String toString() {
      String passage = evidence.text().length() > 60 ? evidence.text().substring(0, 60) + "…" : evidence.text();
      return path + ": \"" + passage + "\" " + (occurrences.isEmpty() ? "occurs nowhere in the text"
          : "occurs " + occurrences.size() + " times, at code point offsets " + occurrences)
          + "; left at offset " + evidence.start();
    }
  }

  /** The report with its passages anchored, how many moved, and those that could not be. */
  public record Result(Report report, int moved, int inPlace, List<Unanchored> unanchored) {}

  private final SourceText text;
  private final List<Unanchored> unanchored = new ArrayList<>();
  private int moved;
  private int inPlace;

  private Anchoring(SourceText text) {
    this.text = text;
  }

  /** Anchors every evidence passage of {@code report}, found at {@code at}, in {@code text}. */
  public static Result anchor(Report report, JsonPointer at, SourceText text) {
    Anchoring a = new Anchoring(text);
    Report anchored = a.report(report, at);
    return new Result(anchored, a.moved, a.inPlace, List.copyOf(a.unanchored));
  }

  private List<Evidence> evidence(List<Evidence> passages, JsonPointer at) {
    List<Evidence> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Evidence e = passages.get(i);
      if (e.end() <= text.codePointLength() && text.matches(e.start(), e.end(), e.text())) {
        inPlace++;
        out.add(e);
        continue;
      }
      List<Integer> found = text.findAll(e.text());
      if (found.size() == 1) {
        moved++;
        out.add(Evidence.builder().from(e).start(found.get(0)).build());
      } else {
        unanchored.add(new Unanchored(at.child("evidence").child(i), e, found));
        out.add(e);
      }
    }
    return out;
  }

  private <T> Optional<Reported<T>> reported(Optional<Reported<T>> value, JsonPointer at) {
    return value.map(r -> Reported.<T>builder().from(r).evidence(evidence(r.evidence(), at)).build());
  }

  private static <T> List<T> each(List<T> items, JsonPointer at, java.util.function.BiFunction<T, JsonPointer, T> map) {
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(map.apply(items.get(i), at.child(i)));
    }
    return out;
  }

  private Report report(Report r, JsonPointer at) {
    return Report.builder().from(r)
        .date(reported(r.date(), at.child("date")))
        .venue(reported(r.venue(), at.child("venue")))
        .duration(reported(r.duration(), at.child("duration")))
        .delegations(each(r.delegations(), at.child("delegations"), (d, p) -> Delegation.builder().from(d)
            .members(each(d.members(), p.child("members"), (m, mp) -> DelegationMember.builder().from(m)
                .evidence(evidence(m.evidence(), mp)).build()))
            .evidence(evidence(d.evidence(), p)).build()))
        .demands(each(r.demands(), at.child("demands"), (d, p) -> Demand.builder().from(d)
            .response(d.response().map(x -> Response.builder().from(x)
                .evidence(evidence(x.evidence(), p.child("response"))).build()))
            .evidence(evidence(d.evidence(), p)).build()))
        .outcomes(each(r.outcomes(), at.child("outcomes"), (o, p) -> Outcome.builder().from(o)
            .evidence(evidence(o.evidence(), p)).build()))
        .statements(each(r.statements(), at.child("statements"), (s, p) -> Statement.builder().from(s)
            .evidence(evidence(s.evidence(), p)).build()))
        .titles(each(r.titles(), at.child("titles"), (t, p) -> PersonTitle.builder().from(t)
            .evidence(evidence(t.evidence(), p)).build()))
        .dates(each(r.dates(), at.child("dates"), (d, p) -> DateClaim.builder().from(d)
            .evidence(evidence(d.evidence(), p)).build()))
        .agreements(each(r.agreements(), at.child("agreements"), (a, p) -> AgreementClaim.builder().from(a)
            .provisions(each(a.provisions(), p.child("provisions"), (v, vp) -> Provision.builder().from(v)
                .evidence(evidence(v.evidence(), vp)).build()))
            .participants(each(a.participants(), p.child("participants"), (x, xp) -> x.evidence().isEmpty() ? x
                : AgreementParticipant.of(x.actor(), x.role(), evidence(x.evidence(), xp))))
            .evidence(evidence(a.evidence(), p)).build()))
        .roles(each(r.roles(), at.child("roles"), (x, p) -> RoleClaim.builder().from(x)
            .evidence(evidence(x.evidence(), p)).build()))
        .events(each(r.events(), at.child("events"), (e, p) -> ProcessEvent.builder().from(e)
            .evidence(evidence(e.evidence(), p)).build()))
        .facts(each(r.facts(), at.child("facts"), (f, p) -> FactClaim.builder().from(f)
            .evidence(evidence(f.evidence(), p)).build()))
        .acts(each(r.acts(), at.child("acts"), (x, p) -> org.parley.model.Act.builder().from(x)
            .evidence(evidence(x.evidence(), p)).build()))
        .build();
  }
}
