package org.parley.validate;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Act;
import org.parley.model.ClaimType;
import org.parley.model.JsonPointer;
import org.parley.model.Outcome;
import org.parley.model.ProcessEvent;
import org.parley.model.Report;
import org.parley.model.WireEnum;

/**
 * The claims of a report that an encoder's key files under one reconciliation item and that have a
 * kind — outcomes, process events and acts — so that a key shared by claims of different kinds is found
 * ({@link Codes#KEY_JOINS_UNLIKE_KINDS}): reconciliation compares every claim under one key as one
 * thing, and an absence filed under an attendance's key would otherwise be compared as one with it.
 * The single-process validator and the Flink job both use it, so their messages are the same.
 */
public final class KeyedKinds {

  private KeyedKinds() {}

  /**
   * A keyed claim: {@code item} names what it is filed under (its negotiation, claim type and key),
   * {@code kind} is its kind's wire name, {@code pointer} its place in the report.
   */
  public record Keyed(String item, String key, String kind, JsonPointer pointer) {}

  /** The report's keyed outcomes, then its keyed events, then its keyed acts, each in list order. */
  public static List<Keyed> of(Report report) {
    List<Keyed> keyed = new ArrayList<>();
    String negotiation = report.negotiation().value();
    List<Outcome> outcomes = report.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      int at = i;
      o.key().ifPresent(k -> keyed.add(keyed(negotiation, ClaimType.OUTCOME, k, o.kind(), at)));
    }
    List<ProcessEvent> events = report.events();
    for (int i = 0; i < events.size(); i++) {
      ProcessEvent e = events.get(i);
      int at = i;
      e.key().ifPresent(k -> keyed.add(keyed(negotiation, ClaimType.EVENT, k, e.kind(), at)));
    }
    List<Act> acts = report.acts();
    for (int i = 0; i < acts.size(); i++) {
      Act a = acts.get(i);
      int at = i;
      a.key().ifPresent(k -> keyed.add(keyed(negotiation, ClaimType.ACT, k, a.kind(), at)));
    }
    return keyed;
  }

  private static Keyed keyed(String negotiation, ClaimType type, String key, WireEnum kind, int index) {
    return new Keyed(negotiation + "\n" + type.field() + "\n" + key, key, kind.wireName(),
        JsonPointer.root().child(type.field(), index));
  }

  /**
   * Where a claim is, for a later claim's message: its pointer under the report's own ({@code
   * /reports/3/events/0}), or after the report's place in a JSON Lines file ("line 43 at
   * /report/events/0").
   */
  public static String place(String reportPlace, JsonPointer report, JsonPointer claim) {
    JsonPointer whole = report.append(claim);
    return reportPlace == null || reportPlace.equals(report.toString()) ? whole.toString()
        : reportPlace + " at " + whole;
  }

  /** The message for a claim of {@code kind} under {@code key}, which the claim at {@code first} filed as {@code firstKind}. */
  public static String message(String key, String kind, String firstKind, String first) {
    return "the key \"" + key + "\" files this " + kind.replace('_', ' ') + " claim under the item of the "
        + firstKind.replace('_', ' ') + " claim at " + first + "; claims under one key are compared as one thing,"
        + " so give each its own key unless they tell the same thing";
  }
}
