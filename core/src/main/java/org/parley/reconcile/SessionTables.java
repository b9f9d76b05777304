package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.model.Assessment;
import org.parley.model.Evidence;
import org.parley.model.JsonPointer;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceId;

/**
 * What the filings of one reconciliation session share: the reports filed, each with its source,
 * and the pointers and assessments their claims have, each kept once and named by its number.
 */
final class SessionTables {

  /** A claim being filed: its report's number, its pointer's, its assessment's (-1 for none), its evidence. */
  record Ref(int report, int pointer, int assessment, List<Evidence> evidence) {}

  final List<ReportId> reports = new ArrayList<>();
  private int[] reportSource = new int[64];
  final Interned<SourceId> sources = new Interned<>();
  final Interned<JsonPointer> pointers = new Interned<>();
  final Interned<Assessment> assessments = new Interned<>();

  /** Numbers {@code report}. */
  int report(Report report) {
    int index = reports.size();
    reports.add(report.id());
    if (index == reportSource.length) {
      reportSource = Arrays.copyOf(reportSource, index * 2);
    }
    reportSource[index] = sources.of(report.source());
    return index;
  }

  /** The source of report number {@code report}. */
  SourceId source(int report) {
    return sources.get(reportSource[report]);
  }
}
